package th.ita.reporting.job;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.platform.common.job.ClaimLostException;
import th.ita.platform.common.job.JobTable;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.document.DashboardBuilder;
import th.ita.reporting.document.DocumentNames;
import th.ita.reporting.document.Labels;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.ReportDataService;

/**
 * Renders queued report jobs: a scheduled poller claims the oldest queued job ({@link JobTable}:
 * several instances never run the same one) and renders it, recording its progress and at the end
 * the file or the error. An attempt that fails is retried, and a job left RUNNING by an instance
 * that died (its heartbeat, moved with the progress, stood still for {@code ita.report-jobs.stale})
 * is taken over; after {@code ita.jobs.max-attempts} attempts the job ends FAILED with the reason.
 * Finished jobs and their files are deleted after {@code ita.report-jobs.keep}.
 */
@ApplicationScoped
public class ReportJobRunner {

  /** A dashboard export lists every measure of the year, not the first 200 the JSON shows. */
  static final int EXPORT_MEASURES = 100_000;

  private static final Logger LOG = Logger.getLogger(ReportJobRunner.class);

  private final ReportDataService data;
  private final ReportRenderers renderers;
  private final JobTable jobs;
  private final Duration keep;
  private final Clock clock;

  public ReportJobRunner(
      ReportDataService data,
      ReportRenderers renderers,
      AgroalDataSource dataSource,
      Clock clock,
      @ConfigProperty(name = "ita.jobs.max-attempts", defaultValue = "3") int maxAttempts,
      @ConfigProperty(name = "ita.jobs.retry-delay", defaultValue = "PT30S") Duration retryDelay,
      @ConfigProperty(name = "ita.report-jobs.stale", defaultValue = "PT30M") Duration stale,
      @ConfigProperty(name = "ita.report-jobs.keep", defaultValue = "P7D") Duration keep) {
    this.data = data;
    this.renderers = renderers;
    this.jobs =
        new JobTable(
            dataSource,
            "report_job",
            "error",
            new JobTable.Settings(maxAttempts, stale, retryDelay));
    this.keep = keep;
    this.clock = clock;
  }

  @Scheduled(
      identity = "report-jobs",
      every = "${ita.report-jobs.poll:2s}",
      delayed = "${ita.report-jobs.initial-delay:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                jobs.giveUpAbandoned()
                    .forEach(
                        id ->
                            LOG.errorf(
                                "Report job %s gave up: its last attempt stopped without finishing",
                                id)));
    Optional<JobTable.Claim> claim;
    while ((claim = claim()).isPresent()) {
      run(claim.get());
    }
    QuarkusTransaction.requiringNew()
        .run(() -> ReportJob.delete("finishedAt < ?1", Stamps.now(clock).minus(keep)));
  }

  /** Takes the oldest job that may run (see {@link JobTable#claim}) and counts the attempt. */
  Optional<JobTable.Claim> claim() {
    return QuarkusTransaction.requiringNew().call(jobs::claim);
  }

  void run(JobTable.Claim claim) {
    UUID id = claim.jobId();
    try {
      progress(claim, 5);
      ReportJob job =
          QuarkusTransaction.requiringNew().call(() -> ReportJob.<ReportJob>findById(id));
      Labels labels = Labels.of(job.lang);
      Format format = Format.fromRequest(job.format, List.of());
      DashboardData dashboard =
          QuarkusTransaction.requiringNew()
              .call(() -> data.dashboard(job.fiscalYear, job.ministry, EXPORT_MEASURES));
      progress(claim, 40);
      ReportDocument doc = new DashboardBuilder().build(dashboard, labels);
      progress(claim, 60);
      byte[] file = renderers.render(doc, format);
      String name =
          DocumentNames.dashboard(job.fiscalYear, job.ministry) + "." + format.extension();
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
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
                done.finishedAt = Stamps.now(clock);
              });
    } catch (ClaimLostException e) {
      LOG.warnf("Report job %s: %s; this instance stops working on it", id, e.getMessage());
    } catch (RuntimeException | Error e) {
      LOG.errorf(e, "Report job %s: attempt %d failed", id, claim.attempt());
      QuarkusTransaction.requiringNew()
          .call(() -> jobs.fail(claim, String.valueOf(e.getMessage())));
    }
  }

  /**
   * Records progress, which also shows the job is still at work, as long as the job is still this
   * attempt's.
   */
  private void progress(JobTable.Claim claim, int percent) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (!jobs.heartbeat(claim)) {
                throw new ClaimLostException(claim);
              }
              ReportJob.update("progress = ?1 WHERE id = ?2", percent, claim.jobId());
            });
  }
}
