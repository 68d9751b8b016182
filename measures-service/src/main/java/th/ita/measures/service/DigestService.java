package th.ita.measures.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import th.ita.measures.domain.DigestSchedule;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MinistryContact;
import th.ita.measures.repository.DigestLedger;
import th.ita.measures.repository.DigestLedger.Pending;
import th.ita.measures.repository.MilestoneRepository;
import th.ita.measures.repository.MinistryContactRepository;
import th.ita.measures.service.LedgerMailer.Letter;
import th.ita.platform.common.time.Stamps;

/**
 * Sends each ministry's coordinators one digest a week (ISO week, Thai time) of the overdue
 * milestones of the ministry's agencies. From the configured day and time of each week on, a run
 * claims the week's digest in the ledger for every coordinator of a ministry with something overdue
 * (nothing overdue: nothing claimed, nothing sent), then sends what is pending, as the reminders do
 * ({@link LedgerMailer}). The digest lists what is overdue when it goes out.
 */
@ApplicationScoped
public class DigestService {

  /** What one run did; {@code week} is the ISO week it claimed for, e.g. {@code 2026-W49}. */
  public record Run(String week, int claimed, int sent, int dropped, long stillPending) {}

  private final MilestoneRepository milestones;
  private final MinistryContactRepository coordinators;
  private final DigestLedger ledger;
  private final DigestMessages messages;
  private final ReminderSettings settings;
  private final LedgerMailer mailer;
  private final Clock clock;

  public DigestService(
      MilestoneRepository milestones,
      MinistryContactRepository coordinators,
      DigestLedger ledger,
      DigestMessages messages,
      ReminderSettings settings,
      LedgerMailer mailer,
      Clock clock) {
    this.milestones = milestones;
    this.coordinators = coordinators;
    this.ledger = ledger;
    this.messages = messages;
    this.settings = settings;
    this.mailer = mailer;
    this.clock = clock;
  }

  public Run run() {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    String week = DigestSchedule.week(today);
    DigestSchedule schedule = new DigestSchedule(settings.digest().day(), settings.digest().time());
    int claimed =
        schedule.isDue(now) ? QuarkusTransaction.requiringNew().call(() -> claim(week)) : 0;
    LedgerMailer.Outcome sending =
        mailer.sendAll(
            ledger.queue(), settings.batchSize(), p -> letter(p, week, today), "ministry digests");
    return new Run(week, claimed, sending.sent(), sending.dropped(), sending.stillPending());
  }

  private int claim(String week) {
    int claimed = 0;
    for (String ministry : coordinators.withSubscribers()) {
      if (milestones.overdueInMinistry(ministry).isEmpty()) {
        continue;
      }
      for (MinistryContact c : coordinators.subscribed(ministry)) {
        if (ledger.claim(ministry, week, c.email, Stamps.now(clock))) {
          claimed++;
        }
      }
    }
    return claimed;
  }

  /** The digest to send for a pending row, or why it should no longer go out. */
  private Letter letter(Pending p, String week, LocalDate today) {
    if (!p.week().equals(week)) {
      return Letter.stale("the digest of week " + week + " replaces it");
    }
    Optional<MinistryContact> contact = coordinators.byEmail(p.ministryCode(), p.email());
    if (contact.isEmpty()) {
      return Letter.stale("the coordinator was removed from the ministry's list");
    }
    if (!contact.get().subscribed()) {
      return Letter.stale("the coordinator unsubscribed");
    }
    List<Milestone> overdue = milestones.overdueInMinistry(p.ministryCode());
    if (overdue.isEmpty()) {
      return Letter.stale("no milestone of the ministry's agencies is overdue any more");
    }
    return Letter.of(() -> messages.mail(contact.get(), overdue, today));
  }
}
