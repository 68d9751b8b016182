package th.ita.assessment.job;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.ImportJob;
import th.ita.assessment.domain.ImportJob.State;
import th.ita.assessment.repository.ImportRowRepository;
import th.ita.assessment.service.FrameworkService;
import th.ita.platform.common.job.ClaimLostException;
import th.ita.platform.common.job.JobTable.Claim;
import th.ita.platform.common.problem.DatabaseUnavailable;
import th.ita.platform.common.time.Stamps;

/**
 * Runs queued imports. Several replicas share the queue through {@link ImportAttempts}: a job is
 * claimed by one replica at a time, and a job whose heartbeat stood still (its replica died) is
 * claimed again and resumes with the agencies still staged. A job is tried at most {@code
 * ita.jobs.max-attempts} times; then it ends FAILED with the reason.
 */
@ApplicationScoped
public class ImportWorker {

  private static final Logger LOG = Logger.getLogger(ImportWorker.class);

  private final ImportAttempts attempts;
  private final ImportLoader loader;
  private final ImportRowRepository staging;
  private final FrameworkService frameworks;
  private final int agenciesPerTransaction;
  private final int maxRowsPerAgency;
  private final int workers;
  private final Clock clock;

  public ImportWorker(
      ImportAttempts attempts,
      ImportLoader loader,
      ImportRowRepository staging,
      FrameworkService frameworks,
      Clock clock,
      @ConfigProperty(name = "ita.imports.agencies-per-transaction", defaultValue = "50")
          int agenciesPerTransaction,
      @ConfigProperty(name = "ita.imports.max-rows-per-agency", defaultValue = "1000")
          int maxRowsPerAgency,
      @ConfigProperty(name = "ita.imports.workers") Optional<Integer> workers) {
    this.attempts = attempts;
    this.loader = loader;
    this.staging = staging;
    this.frameworks = frameworks;
    this.agenciesPerTransaction = agenciesPerTransaction;
    this.maxRowsPerAgency = maxRowsPerAgency;
    // By default one group per core: a group alternates between scoring here and waiting for the
    // database, so as many groups as cores keep both busy.
    this.workers = Math.max(1, workers.orElse(Runtime.getRuntime().availableProcessors()));
    this.clock = clock;
  }

  @Scheduled(
      every = "${ita.imports.poll:1s}",
      delayed = "1s",
      concurrentExecution = ConcurrentExecution.SKIP)
  void poll() {
    attempts.giveUpAbandoned();
    Optional<Claim> claim;
    while ((claim = attempts.claim()).isPresent()) {
      run(claim.get());
    }
  }

  void run(Claim claim) {
    UUID jobId = claim.jobId();
    try {
      ImportJob job =
          QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
      // Parsed once per job: the framework is the same for every agency in the file.
      Framework framework = frameworks.get(job.fiscalYear);
      Map<String, Integer> pending = staging.pendingAgencies(jobId);
      // An agency's rows are read into memory together; one with far too many is refused unread.
      for (var agency : List.copyOf(pending.entrySet())) {
        if (agency.getValue() > maxRowsPerAgency) {
          loader.rejectOversized(claim, agency.getKey(), agency.getValue(), maxRowsPerAgency);
          pending.remove(agency.getKey());
        }
      }
      ImportAttempts.Heartbeat heartbeat = attempts.heartbeat(claim);
      inParallel(groups(pending), group -> loadGroup(claim, framework, group, heartbeat));
      done(claim);
    } catch (ClaimLostException e) {
      LOG.warnf("Import %s: %s; this replica stops working on it", jobId, e.getMessage());
    } catch (RuntimeException | Error e) {
      LOG.errorf(e, "Import %s: attempt %d failed", jobId, claim.attempt());
      attempts.fail(claim, rootMessage(e));
    }
  }

  /**
   * Loads one group in its own transaction. Should the group fail for something an agency in it
   * did, its agencies are loaded one by one, so that only the one at fault is rejected.
   */
  private void loadGroup(
      Claim claim, Framework framework, List<String> group, ImportAttempts.Heartbeat heartbeat) {
    String from = group.get(0);
    String to = group.get(group.size() - 1);
    try {
      loader.load(claim, framework, from, to, heartbeat);
    } catch (ClaimLostException e) {
      throw e;
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causedBy(e)) {
        throw e; // the database's fault, not the agencies': this attempt fails and is retried
      }
      LOG.warnf(
          e,
          "Import %s: agencies %s to %s failed together; retrying one by one",
          claim.jobId(),
          from,
          to);
      for (String agency : group) {
        loadAlone(claim, framework, agency, heartbeat);
      }
    }
  }

  /**
   * Runs the groups on {@code ita.imports.workers} threads. Groups hold different agencies, so they
   * never wait for each other's rows; each is a transaction of its own, as it is alone. The first
   * group to fail stops the others from starting and fails the attempt, which is then resumed with
   * the agencies still staged.
   */
  private void inParallel(List<List<String>> groups, Consumer<List<String>> load) {
    if (workers == 1 || groups.size() < 2) {
      groups.forEach(load);
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.min(workers, groups.size()), r -> new Thread(r, "import-worker"));
    AtomicBoolean failed = new AtomicBoolean();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (List<String> group : groups) {
        running.add(
            pool.submit(
                () -> {
                  if (failed.get()) {
                    return; // a group failed: the attempt ends, these stay staged for the next
                  }
                  try {
                    inRequestContext(() -> load.accept(group));
                  } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                  }
                }));
      }
      for (Future<?> group : running) {
        try {
          group.get();
        } catch (ExecutionException e) {
          running.forEach(other -> other.cancel(false));
          throw e.getCause() instanceof RuntimeException r
              ? r
              : new IllegalStateException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while importing", e);
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
  }

  /** As on the scheduler's own thread, which runs each job in a request context. */
  private static void inRequestContext(Runnable work) {
    ManagedContext context = Arc.container().requestContext();
    context.activate();
    try {
      work.run();
    } finally {
      context.terminate();
    }
  }

  /** The groups already running finish (commit or roll back) before the attempt ends. */
  private static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(10, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void loadAlone(
      Claim claim, Framework framework, String agency, ImportAttempts.Heartbeat heartbeat) {
    try {
      loader.load(claim, framework, agency, agency, heartbeat);
    } catch (ClaimLostException e) {
      throw e;
    } catch (RuntimeException e) {
      if (DatabaseUnavailable.causedBy(e)) {
        throw e; // never reject an agency for an outage: the attempt is retried instead
      }
      loader.reject(claim, agency, agency, rootMessage(e));
    }
  }

  private void done(Claim claim) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              attempts.hold(claim);
              ImportJob job = ImportJob.findById(claim.jobId());
              staging.deleteAll(claim.jobId());
              job.state = State.DONE;
              job.failure = null;
              job.finishedAt = Stamps.now(clock);
            });
  }

  private List<List<String>> groups(Map<String, Integer> pending) {
    List<List<String>> groups = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String agency : pending.keySet()) {
      current.add(agency);
      if (current.size() == agenciesPerTransaction) {
        groups.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }
    return groups;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
