package th.ita.measures.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.ReminderContact;
import th.ita.measures.domain.ReminderKind;
import th.ita.measures.repository.MilestoneRepository;
import th.ita.measures.repository.ReminderContactRepository;
import th.ita.measures.repository.ReminderLedger;
import th.ita.measures.repository.ReminderLedger.Pending;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.time.Stamps;

/**
 * Sends each reminder once. A run first claims what is due on the clock's day (Thai time) in the
 * ledger, then sends what is pending, its own claims and any a failed run left behind. Claiming and
 * sending are separate so that a message that could not go out (the SMTP server down) is not lost:
 * it stays pending until a later run sends it.
 */
@ApplicationScoped
public class ReminderService {

  private static final Logger LOG = Logger.getLogger(ReminderService.class);

  /** What one run did. */
  public record Run(int claimed, int sent, int dropped, long stillPending) {}

  private final MilestoneRepository milestones;
  private final ReminderContactRepository contacts;
  private final ReminderLedger ledger;
  private final ReminderMessages messages;
  private final ReminderSettings settings;
  private final Mailer mailer;
  private final Clock clock;

  public ReminderService(
      MilestoneRepository milestones,
      ReminderContactRepository contacts,
      ReminderLedger ledger,
      ReminderMessages messages,
      ReminderSettings settings,
      Mailer mailer,
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
    int sent = 0;
    int dropped = 0;
    while (true) {
      Batch batch = QuarkusTransaction.requiringNew().call(() -> sendBatch(today));
      sent += batch.sent;
      dropped += batch.dropped;
      if (batch.failure != null) {
        // One line per run however many wait: the cause is the same for all of them.
        long pending = QuarkusTransaction.requiringNew().call(ledger::pendingCount);
        LOG.warnf(
            "Could not send reminders (%s); %d stay pending for the next run",
            batch.failure, pending);
        return new Run(claimed, sent, dropped, pending);
      }
      if (batch.handled < settings.batchSize()) {
        break;
      }
    }
    if (sent > 0) {
      LOG.infof("%d reminders sent", sent);
    }
    return new Run(claimed, sent, dropped, 0);
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

  private record Batch(int handled, int sent, int dropped, String failure) {}

  /**
   * Sends up to a batch of pending reminders, locked so that no other replica sends them too. The
   * row is marked sent in the same transaction after the SMTP server accepted the message; should
   * the process die between the two, the next run sends it again (at least once, never silently
   * lost). On the first failure the batch stops: the rest would most likely fail the same way. The
   * failed one has one attempt more, and reminders are taken fewest attempts first, so one address
   * the server refuses for good never holds up the others.
   */
  private Batch sendBatch(LocalDate today) {
    List<Pending> pending = ledger.lockPending(settings.batchSize());
    int sent = 0;
    int dropped = 0;
    for (Pending p : pending) {
      Milestone m = Milestone.findById(p.milestoneId());
      Optional<ReminderContact> contact = contacts.byEmail(p.agencyCode(), p.email());
      String stale = staleBecause(m, contact, p.kind());
      if (stale != null) {
        ledger.dropped(p, stale);
        dropped++;
        continue;
      }
      ReminderKind kind = kindByCode(p.kind());
      long daysLeft = ChronoUnit.DAYS.between(today, m.dueDate);
      try {
        // Rendered inside the try: a message that cannot be rendered is recorded as failed like
        // one that cannot be sent, so it moves behind the others instead of blocking them.
        sendTwice(
            messages.mail(
                kind, m, DirectoryAgency.findById(p.agencyCode()), contact.get(), daysLeft));
      } catch (RuntimeException e) {
        String why = rootMessage(e);
        ledger.failed(p, why);
        return new Batch(pending.size(), sent, dropped, why);
      }
      ledger.sent(p, Stamps.now(clock));
      sent++;
    }
    return new Batch(pending.size(), sent, dropped, null);
  }

  /**
   * A message that fails is tried once more straight away, on a new connection (keep-alive is off):
   * in the full test run a fresh connection once stalled until its timeout, cause not found, and
   * the second try went through. When the server is down, both fail at once.
   */
  private void sendTwice(Mail mail) {
    try {
      mailer.send(mail);
    } catch (RuntimeException first) {
      LOG.debugf("Sending a reminder failed once, trying again: %s", rootMessage(first));
      mailer.send(mail);
    }
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

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
