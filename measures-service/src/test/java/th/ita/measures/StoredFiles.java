package th.ita.measures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import th.ita.measures.domain.EvidenceFileContent;

/**
 * What the configured evidence file store holds, seen from outside the service: rows of {@code
 * evidence_file_content} in PostgreSQL, or objects in the S3 bucket (through a client of the test's
 * own).
 */
final class StoredFiles {

  private static S3Client client;
  private static String clientEndpoint;

  private StoredFiles() {}

  /** How many files' bytes the store holds. */
  static long count() {
    if (!s3()) {
      return QuarkusTransaction.requiringNew().call(() -> EvidenceFileContent.count());
    }
    return s3Client()
        .listObjectsV2Paginator(
            b ->
                b.bucket(S3ProxyTestResource.BUCKET)
                    .prefix(S3ProxyTestResource.PREFIX + "evidence/"))
        .contents()
        .stream()
        .count();
  }

  static boolean s3() {
    return "s3"
        .equals(
            ConfigProvider.getConfig()
                .getOptionalValue("ita.evidence.files.store", String.class)
                .orElse("postgres"));
  }

  static String key(String fileId) {
    return S3ProxyTestResource.PREFIX + "evidence/" + fileId;
  }

  /** The object of a file, with its metadata, or empty when the bucket has none. */
  static Optional<ResponseBytes<GetObjectResponse>> object(String fileId) {
    try {
      return Optional.of(
          s3Client().getObjectAsBytes(b -> b.bucket(S3ProxyTestResource.BUCKET).key(key(fileId))));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  /** Replaces a file's object behind the service's back, keeping the SHA-256 it was stored with. */
  static void overwrite(String fileId, byte[] bytes, String sha256) {
    s3Client()
        .putObject(
            b ->
                b.bucket(S3ProxyTestResource.BUCKET)
                    .key(key(fileId))
                    .metadata(Map.of("sha256", sha256)),
            RequestBody.fromBytes(bytes));
  }

  private static synchronized S3Client s3Client() {
    String endpoint =
        ConfigProvider.getConfig().getValue("ita.evidence.files.s3.endpoint", String.class);
    if (client == null || !endpoint.equals(clientEndpoint)) {
      client =
          S3Client.builder()
              .endpointOverride(URI.create(endpoint))
              .region(Region.US_EAST_1)
              .forcePathStyle(true)
              .credentialsProvider(
                  StaticCredentialsProvider.create(
                      AwsBasicCredentials.create(
                          S3ProxyTestResource.ACCESS_KEY, S3ProxyTestResource.SECRET_KEY)))
              .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
              .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
              .httpClient(UrlConnectionHttpClient.create())
              .build();
      clientEndpoint = endpoint;
    }
    return client;
  }
}
