package th.ita.reporting.document;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.ReportDataService;

/**
 * Report exports as jobs, kept in {@code report_job}: a request queues one, a scheduled poller
 * claims the oldest queued job ({@code FOR UPDATE SKIP LOCKED}, so several instances never run the
 * same one) and renders it, recording its progress and at the end the file or the error. A job
 * left RUNNING by an instance that died is queued again after {@code ita.report-jobs.stale}.
 * Finished jobs and their files are deleted after {@code ita.report-jobs.keep}.
 */
@ApplicationScoped
public class ReportJobService {

  public static final String DASHBOARD = "DASHBOARD";

  /** A dashboard export lists every measure of the year, not the first 200 the JSON shows. */
  static final int EXPORT_MEASURES = 100_000;

  private static final Logger LOG = Logger.getLogger(ReportJobService.class);

  private final ReportDataService data;
  private final ReportRenderers renderers;
  private final Duration stale;
  private final Duration keep;

  public ReportJobService(ReportDataService data, ReportRenderers renderers,
      @ConfigProperty(name = "ita.report-jobs.stale", defaultValue = "PT30M") Duration stale,
      @ConfigProperty(name = "ita.report-jobs.keep", defaultValue = "P7D") Duration keep) {
    this.data = data;
    this.renderers = renderers;
    this.stale = stale;
    this.keep = keep;
  }

  @Transactional
  public ReportJob queueDashboard(int fiscalYear, String ministry, Format format, Labels labels, String user) {
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
    job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
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
    UUID id;
    while ((id = claim()) != null) {
      run(id);
    }
    QuarkusTransaction.requiringNew().run(() -> ReportJob.delete("finishedAt < ?1",
        OffsetDateTime.now(ZoneOffset.UTC).minus(keep)));
  }

  /** Takes the oldest queued job (or one stuck RUNNING past {@code stale}) and marks it RUNNING. */
  UUID claim() {
    return QuarkusTransaction.requiringNew().call(() -> {
      @SuppressWarnings("unchecked")
      List<Object> ids = ReportJob.getEntityManager().createNativeQuery("""
          UPDATE report_job SET state = 'RUNNING', progress = 5, started_at = now(), error = NULL
          WHERE id = (SELECT id FROM report_job
                      WHERE state = 'QUEUED' OR (state = 'RUNNING' AND started_at < :stale)
                      ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
          RETURNING id""").setParameter("stale", OffsetDateTime.now(ZoneOffset.UTC).minus(stale)).getResultList();
      return ids.isEmpty() ? null : (UUID) ids.get(0);
    });
  }

  void run(UUID id) {
    try {
      ReportJob job = QuarkusTransaction.requiringNew().call(() -> ReportJob.<ReportJob>findById(id));
      Labels labels = Labels.of(job.lang);
      Format format = Format.fromRequest(job.format, List.of());
      DashboardData dashboard = QuarkusTransaction.requiringNew().call(() ->
          data.dashboard(job.fiscalYear, job.ministry, EXPORT_MEASURES));
      progress(id, 40);
      ReportDocument doc = new DashboardBuilder().build(dashboard, labels);
      progress(id, 60);
      byte[] file = renderers.render(doc, format);
      String name = DocumentNames.dashboard(job.fiscalYear, job.ministry) + "." + format.extension();
      QuarkusTransaction.requiringNew().run(() -> {
        ReportJob done = ReportJob.findById(id);
        done.file = file;
        done.fileSize = (long) file.length;
        done.fileName = name;
        done.contentType = format.contentType();
        done.state = ReportJob.State.DONE;
        done.progress = 100;
        done.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
      });
    } catch (RuntimeException | Error e) {
      LOG.errorf(e, "Report job %s failed", id);
      QuarkusTransaction.requiringNew().run(() -> {
        ReportJob failed = ReportJob.findById(id);
        if (failed != null) {
          failed.state = ReportJob.State.FAILED;
          failed.error = String.valueOf(e.getMessage());
          failed.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        }
      });
    }
  }

  private static void progress(UUID id, int percent) {
    QuarkusTransaction.requiringNew().run(() -> ReportJob.update("progress = ?1 WHERE id = ?2", percent, id));
  }
}
