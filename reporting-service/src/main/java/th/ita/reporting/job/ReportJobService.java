package th.ita.reporting.job;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.platform.common.fairuse.TooManyRequestsException;
import th.ita.platform.common.job.ClaimLostException;
import th.ita.platform.common.job.JobTable;
import th.ita.reporting.document.DashboardBuilder;
import th.ita.reporting.document.DocumentNames;
import th.ita.reporting.document.Labels;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.ReportDataService;

/**
 * Report exports as jobs, kept in {@code report_job}: a request queues one, a scheduled poller
 * claims the oldest queued job ({@link JobTable}: several instances never run the same one) and
 * renders it, recording its progress and at the end the file or the error. An attempt that fails
 * is retried, and a job left RUNNING by an instance that died (its heartbeat, moved with the
 * progress, stood still for {@code ita.report-jobs.stale}) is taken over; after
 * {@code ita.jobs.max-attempts} attempts the job ends FAILED with the reason. Finished jobs and
 * their files are deleted after {@code ita.report-jobs.keep}.
 */
@ApplicationScoped
public class ReportJobService {

  public static final String DASHBOARD = "DASHBOARD";

  /** A dashboard export lists every measure of the year, not the first 200 the JSON shows. */
  static final int EXPORT_MEASURES = 100_000;

  private static final Logger LOG = Logger.getLogger(ReportJobService.class);

  private final ReportDataService data;
  private final ReportRenderers renderers;
  private final JobTable jobs;
  private final Duration keep;
  private final int maxOpenPerCaller;
  private final int maxPerDay;
  private final Clock clock;

  public ReportJobService(ReportDataService data, ReportRenderers renderers, AgroalDataSource dataSource, Clock clock,
      @ConfigProperty(name = "ita.jobs.max-attempts", defaultValue = "3") int maxAttempts,
      @ConfigProperty(name = "ita.jobs.retry-delay", defaultValue = "PT30S") Duration retryDelay,
      @ConfigProperty(name = "ita.report-jobs.stale", defaultValue = "PT30M") Duration stale,
      @ConfigProperty(name = "ita.report-jobs.keep", defaultValue = "P7D") Duration keep,
      @ConfigProperty(name = "ita.exports.max-open-per-caller", defaultValue = "2") int maxOpenPerCaller,
      @ConfigProperty(name = "ita.exports.max-per-day", defaultValue = "20") int maxPerDay) {
    this.data = data;
    this.renderers = renderers;
    this.jobs = new JobTable(dataSource, "report_job", "error", new JobTable.Settings(maxAttempts, stale, retryDelay));
    this.keep = keep;
    this.maxOpenPerCaller = maxOpenPerCaller;
    this.maxPerDay = maxPerDay;
    this.clock = clock;
  }

  /**
   * Queues a dashboard export for {@code user}, within a fair share: a national export is minutes
   * of the service's time and a file kept for days, so each caller has at most
   * {@code ita.exports.max-open-per-caller} waiting or running and {@code ita.exports.max-per-day}
   * in any 24 hours.
   *
   * @throws TooManyRequestsException beyond either, with when to try again
   */
  @Transactional
  public ReportJob queueDashboard(int fiscalYear, String ministry, Format format, Labels labels, String user) {
    // One caller's requests queue here, on every replica, so parallel ones cannot all pass the count.
    ReportJob.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "report-export:" + user).getSingleResult();
    OffsetDateTime now = now();
    long open = ReportJob.count("requestedBy = ?1 and state in ?2", user,
        List.of(ReportJob.State.QUEUED, ReportJob.State.RUNNING));
    if (open >= maxOpenPerCaller) {
      throw new TooManyRequestsException("You have " + open + " exports waiting or running, the most one caller may"
          + " have (ita.exports.max-open-per-caller); wait for one to finish", Duration.ofSeconds(30));
    }
    List<ReportJob> today = ReportJob.list("requestedBy = ?1 and createdAt > ?2 order by createdAt", user, now.minusDays(1));
    if (today.size() >= maxPerDay) {
      Duration wait = Duration.between(now, today.get(0).createdAt.plusDays(1));
      throw new TooManyRequestsException("You have asked for " + today.size() + " exports in the last 24 hours, the"
          + " most one caller may (ita.exports.max-per-day); finished files stay available for " + keep.toDays()
          + " days", wait);
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
    return (byte[]) ReportJob.getEntityManager().createNativeQuery("SELECT file FROM report_job WHERE id = :id")
        .setParameter("id", id).getSingleResult();
  }

  @Scheduled(identity = "report-jobs", every = "${ita.report-jobs.poll:2s}", delayed = "${ita.report-jobs.initial-delay:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    QuarkusTransaction.requiringNew().run(() -> jobs.giveUpAbandoned()
        .forEach(id -> LOG.errorf("Report job %s gave up: its last attempt stopped without finishing", id)));
    Optional<JobTable.Claim> claim;
    while ((claim = claim()).isPresent()) {
      run(claim.get());
    }
    QuarkusTransaction.requiringNew().run(() -> ReportJob.delete("finishedAt < ?1",
        now().minus(keep)));
  }

  /** Takes the oldest job that may run (see {@link JobTable#claim}) and counts the attempt. */
  Optional<JobTable.Claim> claim() {
    return QuarkusTransaction.requiringNew().call(jobs::claim);
  }

  void run(JobTable.Claim claim) {
    UUID id = claim.jobId();
    try {
      progress(claim, 5);
      ReportJob job = QuarkusTransaction.requiringNew().call(() -> ReportJob.<ReportJob>findById(id));
      Labels labels = Labels.of(job.lang);
      Format format = Format.fromRequest(job.format, List.of());
      DashboardData dashboard = QuarkusTransaction.requiringNew().call(() ->
          data.dashboard(job.fiscalYear, job.ministry, EXPORT_MEASURES));
      progress(claim, 40);
      ReportDocument doc = new DashboardBuilder().build(dashboard, labels);
      progress(claim, 60);
      byte[] file = renderers.render(doc, format);
      String name = DocumentNames.dashboard(job.fiscalYear, job.ministry) + "." + format.extension();
      QuarkusTransaction.requiringNew().run(() -> {
        if (!jobs.lock(claim)) {
          throw new ClaimLostException(claim);
        }
        ReportJob done = ReportJob.findById(id);
        done.file = file;
        done.fileSize = (long) file.length;
        done.fileName = name;
        done.contentType = format.contentType();
        done.state = ReportJob.State.DONE;
        done.progress = 100;
        done.error = null;
        done.finishedAt = now();
      });
    } catch (ClaimLostException e) {
      LOG.warnf("Report job %s: %s; this instance stops working on it", id, e.getMessage());
    } catch (RuntimeException | Error e) {
      LOG.errorf(e, "Report job %s: attempt %d failed", id, claim.attempt());
      QuarkusTransaction.requiringNew().call(() -> jobs.fail(claim, String.valueOf(e.getMessage())));
    }
  }

  /** Records progress, which also shows the job is still at work, as long as the job is still this attempt's. */
  private void progress(JobTable.Claim claim, int percent) {
    QuarkusTransaction.requiringNew().run(() -> {
      if (!jobs.heartbeat(claim)) {
        throw new ClaimLostException(claim);
      }
      ReportJob.update("progress = ?1 WHERE id = ?2", percent, claim.jobId());
    });
  }

  /** The clock's instant in UTC, as the job's times have always been shown. */
  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
