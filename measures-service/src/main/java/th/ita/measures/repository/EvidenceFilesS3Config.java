package th.ita.measures.repository;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * Where {@link S3EvidenceFileStore} keeps evidence files ({@code ITA_EVIDENCE_FILES_S3_*}). Only
 * read when {@code ita.evidence.files.store=s3}.
 */
@ConfigMapping(prefix = "ita.evidence.files.s3")
public interface EvidenceFilesS3Config {

  /** The store's address, e.g. {@code http://minio:9000}; AWS S3 itself when absent. */
  Optional<String> endpoint();

  /** The bucket, which must exist; required with the S3 store. */
  Optional<String> bucket();

  @WithDefault("us-east-1")
  String region();

  /**
   * Both keys, or neither: then the AWS SDK's default credentials (environment, profile, container
   * or instance role).
   */
  Optional<String> accessKey();

  Optional<String> secretKey();

  /** {@code http://host/bucket/key} addresses, which MinIO and most S3-compatible stores need. */
  @WithDefault("true")
  boolean pathStyleAccess();

  /** Put before every key ({@code ita/} gives {@code ita/evidence/<fileId>}), to share a bucket. */
  Optional<String> prefix();
}
