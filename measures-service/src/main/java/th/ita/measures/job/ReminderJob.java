package th.ita.measures.job;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import th.ita.measures.service.ReminderService;

/**
 * E-mails reminders before milestones' quarters end and notices when they are overdue (see {@link
 * ReminderService}). Every replica runs it; the ledger's unique key and row locks see that each
 * reminder goes out once.
 */
@ApplicationScoped
public class ReminderJob {

  private final ReminderService reminders;

  public ReminderJob(ReminderService reminders) {
    this.reminders = reminders;
  }

  /**
   * Hourly, after the overdue job has had its chance at start-up, so an overdue notice follows
   * within the hour the milestone became overdue and a failed send is retried within the hour.
   * Tests turn it off ({@code off}) and call {@link #remind()}.
   */
  @Scheduled(
      identity = "milestone-reminders",
      every = "${ita.reminders.every:1h}",
      delayed = "${ita.reminders.initial-delay:60s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    remind();
  }

  public ReminderService.Run remind() {
    return reminders.run();
  }
}
