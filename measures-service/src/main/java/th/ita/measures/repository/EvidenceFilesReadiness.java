package th.ita.measures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import th.ita.measures.repository.EvidenceFileStores.Kind;

/**
 * Readiness {@code evidence-files}: with the S3 store, that its bucket exists and takes writes, so
 * an instance that could not keep an upload gets no traffic. With PostgreSQL the database's own
 * check says it.
 */
@Readiness
@ApplicationScoped
public class EvidenceFilesReadiness implements HealthCheck {

  private final EvidenceFileStores stores;
  private final Instance<S3EvidenceFileStore> s3;

  public EvidenceFilesReadiness(EvidenceFileStores stores, Instance<S3EvidenceFileStore> s3) {
    this.stores = stores;
    this.s3 = s3;
  }

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder check =
        HealthCheckResponse.named("evidence-files")
            .withData("store", stores.kind().name().toLowerCase(Locale.ROOT));
    if (stores.kind() != Kind.S3) {
      return check.up().build();
    }
    S3EvidenceFileStore store = s3.get();
    check.withData("bucket", store.bucket());
    Optional<String> why = store.unready();
    if (why.isPresent()) {
      return check.down().withData("reason", why.get()).build();
    }
    return check.up().build();
  }
}
