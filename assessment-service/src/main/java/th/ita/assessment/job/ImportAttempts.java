package th.ita.assessment.job;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.assessment.repository.ImportRowRepository;
import th.ita.platform.common.job.ClaimLostException;
import th.ita.platform.common.job.JobTable;
import th.ita.platform.common.job.JobTable.Claim;

/**
 * The attempts at import jobs, through platform-common's {@link JobTable} on {@code import_job}: a
 * job is tried at most {@code ita.jobs.max-attempts} times, taken over when its heartbeat stood
 * still for {@code ita.imports.stale-after-seconds}, and a job that ends FAILED leaves no staged
 * rows behind.
 */
@ApplicationScoped
public class ImportAttempts {

  private static final Logger LOG = Logger.getLogger(ImportAttempts.class);

  /** A heartbeat per agency, but no more than one write a second. */
  private static final Duration BEAT_AT_MOST_EVERY = Duration.ofSeconds(1);

  private final JobTable jobs;
  private final ImportRowRepository staging;

  public ImportAttempts(
      AgroalDataSource dataSource,
      ImportRowRepository staging,
      @ConfigProperty(name = "ita.jobs.max-attempts", defaultValue = "3") int maxAttempts,
      @ConfigProperty(name = "ita.jobs.retry-delay", defaultValue = "PT30S") Duration retryDelay,
      @ConfigProperty(name = "ita.imports.stale-after-seconds", defaultValue = "120")
          int staleSeconds) {
    this.jobs =
        new JobTable(
            dataSource,
            "import_job",
            "failure",
            new JobTable.Settings(maxAttempts, Duration.ofSeconds(staleSeconds), retryDelay));
    this.staging = staging;
  }

  /** Ends the imports whose last attempt's worker stopped, and removes their staged rows. */
  void giveUpAbandoned() {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                jobs.giveUpAbandoned()
                    .forEach(
                        id -> {
                          LOG.errorf(
                              "Import %s gave up: its last attempt stopped without finishing", id);
                          staging.deleteAll(id);
                        }));
  }

  Optional<Claim> claim() {
    return QuarkusTransaction.requiringNew().call(jobs::claim);
  }

  /** A heartbeat for the attempt, to move after each agency. */
  Heartbeat heartbeat(Claim claim) {
    return new Heartbeat(claim);
  }

  /**
   * In the caller's transaction: makes sure the job is still this attempt's and keeps it so until
   * the transaction ends, or throws {@link ClaimLostException}, which rolls the transaction back.
   */
  void hold(Claim claim) {
    if (!jobs.lock(claim)) {
      throw new ClaimLostException(claim);
    }
  }

  /** The attempt failed: tried again later, or given up with the staged rows removed. */
  void fail(Claim claim, String reason) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (jobs.fail(claim, reason).filter("FAILED"::equals).isPresent()) {
                staging.deleteAll(claim.jobId());
              }
            });
  }

  /**
   * Moves the job's heartbeat, in a transaction of its own so that other replicas see it at once.
   */
  final class Heartbeat {
    private final Claim claim;
    // Groups loading in parallel beat the same heartbeat; a beat more or less does no harm.
    private volatile long last = System.nanoTime();

    private Heartbeat(Claim claim) {
      this.claim = claim;
    }

    /**
     * After each agency; throws {@link ClaimLostException} when another replica took the job over.
     */
    void beat() {
      if (System.nanoTime() - last < BEAT_AT_MOST_EVERY.toNanos()) {
        return;
      }
      if (!QuarkusTransaction.requiringNew().call(() -> jobs.heartbeat(claim))) {
        throw new ClaimLostException(claim);
      }
      last = System.nanoTime();
    }
  }
}
