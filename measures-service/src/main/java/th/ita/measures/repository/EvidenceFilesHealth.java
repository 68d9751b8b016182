package th.ita.measures.repository;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import th.ita.measures.repository.EvidenceFileStores.Kind;

/**
 * The health group {@code evidence-files} ({@code /q/health/group/evidence-files}): with the S3
 * store, that its bucket can be reached and exists. It is not part of readiness: with the store
 * down, only file uploads and downloads fail (503 with Retry-After), and the plans, measures and
 * milestones an instance serves must not go offline with them. With PostgreSQL the database's own
 * check says it.
 */
@HealthGroup("evidence-files")
@ApplicationScoped
public class EvidenceFilesHealth implements HealthCheck {

  private final EvidenceFileStores stores;
  private final Instance<S3EvidenceFileStore> s3;

  public EvidenceFilesHealth(EvidenceFileStores stores, Instance<S3EvidenceFileStore> s3) {
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
