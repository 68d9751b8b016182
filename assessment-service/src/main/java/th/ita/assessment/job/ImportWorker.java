package th.ita.assessment.job;

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
          int maxRowsPerAgency) {
    this.attempts = attempts;
    this.loader = loader;
    this.staging = staging;
    this.frameworks = frameworks;
    this.agenciesPerTransaction = agenciesPerTransaction;
    this.maxRowsPerAgency = maxRowsPerAgency;
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
      for (List<String> group : groups(pending)) {
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
          // Something in the group could not be stored; load its agencies one by one, so that only
          // the one at fault is rejected.
          LOG.warnf(
              e,
              "Import %s: agencies %s to %s failed together; retrying one by one",
              jobId,
              from,
              to);
          for (String agency : group) {
            loadAlone(claim, framework, agency, heartbeat);
          }
        }
      }
      done(claim);
    } catch (ClaimLostException e) {
      LOG.warnf("Import %s: %s; this replica stops working on it", jobId, e.getMessage());
    } catch (RuntimeException | Error e) {
      LOG.errorf(e, "Import %s: attempt %d failed", jobId, claim.attempt());
      attempts.fail(claim, rootMessage(e));
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
