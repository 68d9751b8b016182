package th.ita.reporting.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.fairuse.TooManyRequestsException;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.document.Labels;
import th.ita.reporting.render.Format;

/**
 * Report exports as jobs, kept in {@code report_job}: a request queues one here, within the
 * caller's fair share, and reads it back; {@link ReportJobRunner} renders it in the background.
 */
@ApplicationScoped
public class ReportJobService {

  public static final String DASHBOARD = "DASHBOARD";

  private final Duration keep;
  private final int maxOpenPerCaller;
  private final int maxPerDay;
  private final Clock clock;

  public ReportJobService(
      Clock clock,
      @ConfigProperty(name = "ita.report-jobs.keep", defaultValue = "P7D") Duration keep,
      @ConfigProperty(name = "ita.exports.max-open-per-caller", defaultValue = "2")
          int maxOpenPerCaller,
      @ConfigProperty(name = "ita.exports.max-per-day", defaultValue = "20") int maxPerDay) {
    this.clock = clock;
    this.keep = keep;
    this.maxOpenPerCaller = maxOpenPerCaller;
    this.maxPerDay = maxPerDay;
  }

  /**
   * Queues a dashboard export for {@code user}, within a fair share: a national export is minutes
   * of the service's time and a file kept for days, so each caller has at most {@code
   * ita.exports.max-open-per-caller} waiting or running and {@code ita.exports.max-per-day} in any
   * 24 hours.
   *
   * @throws TooManyRequestsException beyond either, with when to try again
   */
  @Transactional
  public ReportJob queueDashboard(
      int fiscalYear, String ministry, Format format, Labels labels, String user) {
    // One caller's requests queue here, on every replica, so parallel ones cannot all pass the
    // count.
    ReportJob.getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "report-export:" + user)
        .getSingleResult();
    OffsetDateTime now = Stamps.now(clock);
    long open =
        ReportJob.count(
            "requestedBy = ?1 and state in ?2",
            user,
            List.of(ReportJob.State.QUEUED, ReportJob.State.RUNNING));
    if (open >= maxOpenPerCaller) {
      throw new TooManyRequestsException(
          "You have "
              + open
              + " exports waiting or running, the most one caller may"
              + " have (ita.exports.max-open-per-caller); wait for one to finish",
          Duration.ofSeconds(30));
    }
    List<ReportJob> today =
        ReportJob.list(
            "requestedBy = ?1 and createdAt > ?2 order by createdAt", user, now.minusDays(1));
    if (today.size() >= maxPerDay) {
      Duration wait = Duration.between(now, today.get(0).createdAt.plusDays(1));
      throw new TooManyRequestsException(
          "You have asked for "
              + today.size()
              + " exports in the last 24 hours, the"
              + " most one caller may (ita.exports.max-per-day); finished files stay available for "
              + keep.toDays()
              + " days",
          wait);
    }
    ReportJob job = new ReportJob();
    job.id = UUID.randomUUID();
    job.kind = DASHBOARD;
    job.fiscalYear = fiscalYear;
    job.ministry = ministry;
    job.format = format.extension();
    job.lang = labels.lang();
    job.state = ReportJob.State.QUEUED;
    job.progress = 0;
    job.requestedBy = user;
    job.createdAt = now;
    job.persist();
    return job;
  }

  @Transactional
  public Optional<ReportJob> find(UUID id) {
    return Optional.ofNullable(ReportJob.findById(id));
  }

  /** The finished file, read on its own so that job views never load it. */
  @Transactional
  public byte[] file(UUID id) {
    return (byte[])
        ReportJob.getEntityManager()
            .createNativeQuery("SELECT file FROM report_job WHERE id = :id")
            .setParameter("id", id)
            .getSingleResult();
  }
}
