package th.ita.measures.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderKind;
import th.ita.measures.repository.MilestoneRepository;
import th.ita.measures.repository.ReminderContactRepository;
import th.ita.measures.repository.ReminderLedger;
import th.ita.measures.repository.ReminderLedger.Pending;
import th.ita.measures.service.LedgerMailer.Letter;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.time.Stamps;

/**
 * Sends each reminder once. A run first claims what is due on the clock's day (Thai time) in the
 * ledger, then sends what is pending, its own claims and any a failed run left behind ({@link
 * LedgerMailer}).
 */
@ApplicationScoped
public class ReminderService {

  /** What one run did. */
  public record Run(int claimed, int sent, int dropped, long stillPending) {}

  private final MilestoneRepository milestones;
  private final ReminderContactRepository contacts;
  private final ReminderLedger ledger;
  private final ReminderMessages messages;
  private final ReminderSettings settings;
  private final LedgerMailer mailer;
  private final Clock clock;

  public ReminderService(
      MilestoneRepository milestones,
      ReminderContactRepository contacts,
      ReminderLedger ledger,
      ReminderMessages messages,
      ReminderSettings settings,
      LedgerMailer mailer,
      Clock clock) {
    this.milestones = milestones;
    this.contacts = contacts;
    this.ledger = ledger;
    this.messages = messages;
    this.settings = settings;
    this.mailer = mailer;
    this.clock = clock;
  }

  public Run run() {
    LocalDate today = LocalDate.now(clock);
    int claimed = QuarkusTransaction.requiringNew().call(() -> claimDue(today));
    LedgerMailer.Outcome sending =
        mailer.sendAll(ledger.queue(), settings.batchSize(), p -> letter(p, today), "reminders");
    return new Run(claimed, sending.sent(), sending.dropped(), sending.stillPending());
  }

  /** Records in the ledger every reminder due today that is not recorded yet. */
  int claimDue(LocalDate today) {
    int longest = settings.daysBefore().stream().max(Integer::compare).orElse(0);
    List<Milestone> due =
        milestones.remindable(
            today, today.plusDays(longest), today.minusDays(settings.overdueNoticeDays()));
    int claimed = 0;
    for (Milestone m : due) {
      Optional<ReminderKind> kind = kindOf(m, today);
      if (kind.isEmpty()) {
        continue;
      }
      String agency = m.measure.plan.agencyCode;
      for (ReminderContact c : contacts.subscribed(agency)) {
        if (c.hearsAbout(m.measure.responsibleUnits)
            && ledger.claim(m.id, kind.get().code(), c.email, agency, today, Stamps.now(clock))) {
          claimed++;
        }
      }
    }
    return claimed;
  }

  /**
   * The reminder a milestone is due for today: the overdue notice once it is overdue, else the
   * nearest of the configured days before its quarter ends that it has reached (a milestone 10 days
   * from its end gets the 14-day reminder, one 2 days from it the 3-day one and no 14-day one).
   */
  Optional<ReminderKind> kindOf(Milestone m, LocalDate today) {
    if (m.status == MilestoneStatus.OVERDUE) {
      return Optional.of(ReminderKind.OVERDUE);
    }
    long daysLeft = ChronoUnit.DAYS.between(today, m.dueDate);
    return settings.daysBefore().stream()
        .filter(d -> daysLeft >= 0 && daysLeft <= d)
        .min(Comparator.naturalOrder())
        .map(ReminderKind::dueIn);
  }

  /** The reminder to send for a pending row, or why it should no longer go out. */
  private Letter letter(Pending p, LocalDate today) {
    Milestone m = Milestone.findById(p.milestoneId());
    Optional<ReminderContact> contact = contacts.byEmail(p.agencyCode(), p.email());
    String stale = staleBecause(m, contact, p.kind());
    if (stale != null) {
      return Letter.stale(stale);
    }
    ReminderKind kind = kindByCode(p.kind());
    long daysLeft = ChronoUnit.DAYS.between(today, m.dueDate);
    return Letter.of(
        () ->
            messages.mail(
                kind, m, DirectoryAgency.findById(p.agencyCode()), contact.get(), daysLeft));
  }

  /** Why a pending reminder should no longer go out, or null when it should. */
  private static String staleBecause(Milestone m, Optional<ReminderContact> contact, String kind) {
    if (m == null) {
      return "the milestone was removed";
    }
    if (m.status == MilestoneStatus.DONE) {
      return "the milestone was done";
    }
    if (contact.isEmpty()) {
      return "the contact was removed from the agency's list";
    }
    if (!contact.get().subscribed()) {
      return "the contact unsubscribed";
    }
    if (!ReminderKind.OVERDUE.code().equals(kind) && m.status == MilestoneStatus.OVERDUE) {
      return "the milestone became overdue; its overdue notice replaces the reminder";
    }
    return null;
  }

  private static ReminderKind kindByCode(String code) {
    return code.equals(ReminderKind.OVERDUE.code())
        ? ReminderKind.OVERDUE
        : ReminderKind.dueIn(Integer.parseInt(code.substring("DUE_IN_".length())));
  }
}
