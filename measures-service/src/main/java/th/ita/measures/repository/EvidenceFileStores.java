package th.ita.measures.repository;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Chooses where evidence files' bytes are kept when the service starts, from {@code
 * ita.evidence.files.store} ({@code ITA_EVIDENCE_FILES_STORE}): {@code postgres} (the default,
 * needing nothing else) or {@code s3} (S3-compatible object storage, configured under {@code
 * ita.evidence.files.s3}). Switching stores does not move the files already kept.
 */
@ApplicationScoped
public class EvidenceFileStores {

  private static final Logger LOG = Logger.getLogger(EvidenceFileStores.class);

  /** The stores a deployment can choose. */
  public enum Kind {
    POSTGRES,
    S3
  }

  private final Kind kind;

  public EvidenceFileStores(
      @ConfigProperty(name = "ita.evidence.files.store", defaultValue = "postgres") Kind kind) {
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  @Produces
  @ApplicationScoped
  EvidenceFileStore store(
      Instance<PostgresEvidenceFileStore> postgres, Instance<S3EvidenceFileStore> s3) {
    return switch (kind) {
      case POSTGRES -> postgres.get();
      case S3 -> s3.get();
    };
  }

  /**
   * Names the store in the log, and creates the S3 client now, so that a deployment missing its
   * bucket's name fails at start-up rather than at its first upload. An unreachable store does not
   * stop the start: readiness ({@code evidence-files}) reports it.
   */
  void started(@Observes StartupEvent started, Instance<S3EvidenceFileStore> s3) {
    if (kind == Kind.S3) {
      S3EvidenceFileStore store = s3.get();
      LOG.infof("Evidence files are kept in S3-compatible object storage: %s", store.describe());
    } else {
      LOG.info("Evidence files are kept in PostgreSQL");
    }
  }
}
