package th.ita.measures.job;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import th.ita.measures.service.DigestService;

/**
 * E-mails each ministry's coordinators the weekly digest of their agencies' overdue milestones (see
 * {@link DigestService}). Every replica runs it; the ledger's unique key and row locks see that
 * each coordinator gets one digest a week.
 */
@ApplicationScoped
public class DigestJob {

  private final DigestService digests;

  public DigestJob(DigestService digests) {
    this.digests = digests;
  }

  /**
   * Hourly rather than once on the configured day and time ({@code ita.reminders.digest.day} and
   * {@code .time}): a service that was down then, or a mail server that refused, still gets the
   * week's digest out within the hour it is back. Tests turn it off ({@code off}) and call {@link
   * #send()}.
   */
  @Scheduled(
      identity = "ministry-digest",
      every = "${ita.reminders.digest.every:1h}",
      delayed = "${ita.reminders.digest.initial-delay:90s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    send();
  }

  public DigestService.Run send() {
    return digests.run();
  }
}
