package th.ita.assessment.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * Runs queued imports. A job is claimed with {@code FOR UPDATE SKIP LOCKED}, so several replicas
 * never run the same one; a job whose heartbeat stopped (its replica died) is claimed again and
 * resumes with the agencies still staged.
 */
@ApplicationScoped
public class ImportWorker {

  private static final Logger LOG = Logger.getLogger(ImportWorker.class);

  private static final String CLAIM = """
      UPDATE import_job SET state = 'RUNNING', started_at = coalesce(started_at, now()), heartbeat_at = now(),
             version = version + 1
       WHERE id = (SELECT id FROM import_job
                    WHERE state = 'QUEUED' OR (state = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?))
                    ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING id""";

  private final AgroalDataSource dataSource;
  private final ImportLoader loader;
  private final ImportRowRepository staging;
  private final FrameworkService frameworks;
  private final int agenciesPerTransaction;
  private final int staleSeconds;

  public ImportWorker(AgroalDataSource dataSource, ImportLoader loader, ImportRowRepository staging,
      FrameworkService frameworks,
      @ConfigProperty(name = "ita.imports.agencies-per-transaction", defaultValue = "50") int agenciesPerTransaction,
      @ConfigProperty(name = "ita.imports.stale-after-seconds", defaultValue = "120") int staleSeconds) {
    this.dataSource = dataSource;
    this.loader = loader;
    this.staging = staging;
    this.frameworks = frameworks;
    this.agenciesPerTransaction = agenciesPerTransaction;
    this.staleSeconds = staleSeconds;
  }

  @Scheduled(every = "${ita.imports.poll:1s}", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    Optional<UUID> job;
    while ((job = claim()).isPresent()) {
      run(job.get());
    }
  }

  void run(UUID jobId) {
    try {
      ImportJob job = QuarkusTransaction.requiringNew().call(() -> ImportJob.<ImportJob>findById(jobId));
      // Parsed once per job: the framework is the same for every agency in the file.
      Framework framework = frameworks.get(job.fiscalYear);
      for (List<String> group : groups(staging.pendingAgencies(jobId))) {
        String from = group.get(0);
        String to = group.get(group.size() - 1);
        try {
          loader.load(jobId, framework, from, to);
        } catch (RuntimeException e) {
          // Something in the group could not be stored; load its agencies one by one, so that only
          // the one at fault is rejected.
          LOG.warnf(e, "Import %s: agencies %s to %s failed together; retrying one by one", jobId, from, to);
          for (String agency : group) {
            loadAlone(jobId, framework, agency);
          }
        }
      }
      finish(jobId, State.DONE, null);
    } catch (RuntimeException e) {
      LOG.errorf(e, "Import %s failed", jobId);
      finish(jobId, State.FAILED, "the import stopped: " + e.getMessage() + "; agencies loaded before stay loaded");
    }
  }

  private void loadAlone(UUID jobId, Framework framework, String agency) {
    try {
      loader.load(jobId, framework, agency, agency);
    } catch (RuntimeException e) {
      loader.reject(jobId, agency, agency, rootMessage(e));
    }
  }

  private void finish(UUID jobId, State state, String failure) {
    QuarkusTransaction.requiringNew().run(() -> {
      ImportJob job = ImportJob.findById(jobId);
      staging.deleteAll(jobId);
      job.state = state;
      job.failure = failure;
      job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
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

  private Optional<UUID> claim() {
    return QuarkusTransaction.requiringNew().call(() -> {
      try (Connection connection = dataSource.getConnection(); PreparedStatement claim = connection.prepareStatement(CLAIM)) {
        claim.setInt(1, staleSeconds);
        try (ResultSet rs = claim.executeQuery()) {
          return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
        }
      } catch (SQLException e) {
        throw new IllegalStateException("Cannot claim an import job", e);
      }
    });
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
