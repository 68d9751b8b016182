package th.ita.measures.repository;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import th.ita.measures.domain.EvidenceFilesUnavailableException;

/**
 * Evidence files' bytes as objects in an S3-compatible store (MinIO, AWS S3, …), under {@code
 * [prefix]evidence/<fileId>}, each with its SHA-256 as object metadata ({@code x-amz-meta-sha256}),
 * checked on every read.
 *
 * <p>The store cannot join the database transaction, so an object is written before the metadata
 * commits and deleted again when the transaction rolls back; a file's object is deleted only after
 * the deletion of its metadata committed. A store that cannot be reached is an {@link
 * EvidenceFilesUnavailableException} (503), which rolls the request back. An object no file refers
 * to is left when the store fails between a commit and the deletion that follows it (named in a
 * warning), or when the process dies between writing an object and the commit or rollback (named
 * nowhere); nothing sweeps such objects yet.
 */
@ApplicationScoped
@Typed(S3EvidenceFileStore.class)
public class S3EvidenceFileStore implements EvidenceFileStore {

  /** The object metadata that carries the bytes' SHA-256 (lower-case hex). */
  public static final String SHA256 = "sha256";

  private static final Logger LOG = Logger.getLogger(S3EvidenceFileStore.class);
  private static final String UNAVAILABLE =
      "The evidence file store cannot be reached just now, and nothing was changed. Try again"
          + " shortly";

  private final S3Client s3;
  private final String bucket;
  private final String prefix;
  private final String endpoint;
  private final TransactionSynchronizationRegistry transactions;

  public S3EvidenceFileStore(
      EvidenceFilesS3Config config, TransactionSynchronizationRegistry transactions) {
    this.bucket =
        config
            .bucket()
            .filter(b -> !b.isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "ita.evidence.files.s3.bucket (ITA_EVIDENCE_FILES_S3_BUCKET) must name the"
                            + " bucket when ita.evidence.files.store=s3"));
    this.prefix = config.prefix().map(S3EvidenceFileStore::folder).orElse("");
    this.endpoint = config.endpoint().orElse("AWS S3 (" + config.region() + ")");
    this.transactions = transactions;
    this.s3 = client(config);
  }

  private static S3Client client(EvidenceFilesS3Config config) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClientBuilder(
                UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(3))
                    .socketTimeout(Duration.ofSeconds(30)))
            .region(Region.of(config.region()))
            .credentialsProvider(credentials(config))
            .forcePathStyle(config.pathStyleAccess())
            // S3-compatible stores differ in the newer checksums; the SHA-256 is checked here.
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            // A request holds its measure's lock while it waits: a hung store must not hold it.
            .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(60)));
    config
        .endpoint()
        .filter(e -> !e.isBlank())
        .map(URI::create)
        .ifPresent(builder::endpointOverride);
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(EvidenceFilesS3Config config) {
    if (config.accessKey().isPresent() != config.secretKey().isPresent()) {
      throw new IllegalStateException(
          "Set both ita.evidence.files.s3.access-key and .secret-key, or neither (then the AWS"
              + " SDK's default credentials are used)");
    }
    if (config.accessKey().isPresent()) {
      return StaticCredentialsProvider.create(
          AwsBasicCredentials.create(config.accessKey().get(), config.secretKey().get()));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  private static String folder(String prefix) {
    String p = prefix.strip();
    return p.isEmpty() || p.endsWith("/") ? p : p + "/";
  }

  /** Where the files go, for the log. */
  public String describe() {
    return "bucket "
        + bucket
        + " at "
        + endpoint
        + (prefix.isEmpty() ? "" : ", keys under " + prefix);
  }

  /** The object key of a file's bytes. */
  public String key(UUID fileId) {
    return prefix + "evidence/" + fileId;
  }

  @Override
  public void put(UUID fileId, byte[] content) {
    String key = key(fileId);
    try {
      s3.putObject(
          b ->
              b.bucket(bucket)
                  .key(key)
                  .contentLength((long) content.length)
                  .metadata(Map.of(SHA256, sha256(content))),
          RequestBody.fromBytes(content));
    } catch (SdkException e) {
      throw unavailable("keep " + key, e);
    }
    afterRollback(() -> remove(key, "its upload was rolled back"));
  }

  @Override
  public Optional<byte[]> get(UUID fileId) {
    String key = key(fileId);
    ResponseBytes<GetObjectResponse> object;
    try {
      object = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    } catch (SdkException e) {
      throw unavailable("read " + key, e);
    }
    byte[] bytes = object.asByteArrayUnsafe();
    String stored = object.response().metadata().get(SHA256);
    String actual = sha256(bytes);
    if (!actual.equals(stored)) {
      // Not a 503: asking again does not mend a changed object. The platform's mapper logs this
      // as an error with an id the reader is given (500); an operator restores the object.
      throw new IllegalStateException(
          String.format(
              "Evidence file %s in bucket %s (key %s) has SHA-256 %s, not the %s it was stored"
                  + " with: the object was changed or damaged outside the platform",
              fileId, bucket, key, actual, stored == null ? "(none recorded)" : stored));
    }
    return Optional.of(bytes);
  }

  /**
   * Asks the store first, so a store that cannot be reached refuses the deletion (503) instead of
   * leaving the object behind; the object goes once the metadata's deletion has committed.
   */
  @Override
  public void delete(UUID fileId) {
    String key = key(fileId);
    try {
      s3.headObject(b -> b.bucket(bucket).key(key));
    } catch (NoSuchKeyException e) {
      return;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return;
      }
      throw unavailable("delete " + key, e);
    } catch (SdkException e) {
      throw unavailable("delete " + key, e);
    }
    if (!afterCommit(() -> remove(key, "its file was removed"))) {
      remove(key, "its file was removed");
    }
  }

  /**
   * Whether the bucket can be reached and is there for this service's keys (a HEAD of the bucket:
   * it writes nothing, so a versioned bucket gains no versions from being checked). Answers why
   * not, or empty when it is.
   */
  public Optional<String> unready() {
    try {
      s3.headBucket(b -> b.bucket(bucket));
      return Optional.empty();
    } catch (S3Exception e) {
      return Optional.of(
          "bucket "
              + bucket
              + " at "
              + endpoint
              + (e.statusCode() == 404 ? " does not exist" : " refused access")
              + " ("
              + e.statusCode()
              + ")");
    } catch (SdkException e) {
      return Optional.of(
          "bucket " + bucket + " at " + endpoint + " cannot be reached: " + e.getMessage());
    }
  }

  public String bucket() {
    return bucket;
  }

  private void remove(String key, String why) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key));
    } catch (SdkException e) {
      LOG.warnf(
          "Object %s in bucket %s is kept though %s (%s): no file refers to it, delete it by hand",
          key, bucket, why, e.getMessage());
    }
  }

  private void afterRollback(Runnable action) {
    onCompletion(
        committed -> {
          if (!committed) {
            action.run();
          }
        });
  }

  private boolean afterCommit(Runnable action) {
    return onCompletion(
        committed -> {
          if (committed) {
            action.run();
          }
        });
  }

  /** Runs after the caller's transaction ends; false when there is none. */
  private boolean onCompletion(Consumer<Boolean> action) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return false;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            action.accept(status == Status.STATUS_COMMITTED);
          }
        });
    return true;
  }

  private EvidenceFilesUnavailableException unavailable(String what, SdkException e) {
    LOG.warnf("Evidence file store (%s) could not %s: %s", describe(), what, e.getMessage());
    return new EvidenceFilesUnavailableException(UNAVAILABLE);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  @PreDestroy
  public void close() {
    s3.close();
  }
}
