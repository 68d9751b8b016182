package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import th.ita.measures.domain.EvidenceFile;
import th.ita.measures.repository.EvidenceFilesS3Config;
import th.ita.measures.repository.S3EvidenceFileStore;
import th.ita.platform.testing.TestTokens;

/**
 * Evidence files in S3-compatible object storage (S3Proxy): every test of {@link EvidenceFileTest}
 * again, and what only an outside store can get wrong: the object and its SHA-256, its deletion
 * after the file's, a rolled-back upload, an object changed behind the platform's back, a bucket
 * that does not exist, and a store out of reach.
 */
@QuarkusTest
@TestProfile(S3EvidenceStore.class)
class S3EvidenceFileTest extends EvidenceFileTest {

  @Inject S3EvidenceFileStore store;
  @Inject EvidenceFilesS3Config config;
  @Inject TransactionSynchronizationRegistry transactions;

  /** This test's S3 settings with another bucket. */
  private EvidenceFilesS3Config bucket(String name) {
    return new EvidenceFilesS3Config() {
      @Override
      public Optional<String> endpoint() {
        return config.endpoint();
      }

      @Override
      public Optional<String> bucket() {
        return Optional.of(name);
      }

      @Override
      public String region() {
        return config.region();
      }

      @Override
      public Optional<String> accessKey() {
        return config.accessKey();
      }

      @Override
      public Optional<String> secretKey() {
        return config.secretKey();
      }

      @Override
      public boolean pathStyleAccess() {
        return config.pathStyleAccess();
      }

      @Override
      public Optional<String> prefix() {
        return config.prefix();
      }
    };
  }

  @Test
  void aFileIsAnObjectWithItsSha256UntilTheFileIsRemoved() throws Exception {
    String agency = MeasuresFixtures.agency("S3-OWN");
    String evidence = evidence(agency, draftMeasure(agency));
    String fileId =
        Uploads.uploaded(
            TestTokens.officer(agency), evidence, Uploads.part("รายงาน.pdf", null, Uploads.PDF));

    ResponseBytes<GetObjectResponse> object = StoredFiles.object(fileId).orElseThrow();
    assertThat(object.asByteArray()).isEqualTo(Uploads.PDF);
    assertThat(object.response().metadata()).containsEntry("sha256", sha256(Uploads.PDF));
    assertThat(store.key(UUID.fromString(fileId))).isEqualTo("test/evidence/" + fileId);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .delete("/api/v1/evidence/{e}/files/{f}", evidence, fileId)
        .then()
        .statusCode(204);
    assertThat(StoredFiles.object(fileId)).isEmpty();
  }

  @Test
  void aBucketThatDoesNotExistIsNamedAsWhyTheStoreIsNotReady() {
    S3EvidenceFileStore elsewhere = new S3EvidenceFileStore(bucket("ita-missing"), transactions);
    try {
      assertThat(elsewhere.unready())
          .hasValueSatisfying(
              why ->
                  assertThat(why)
                      .startsWith("bucket ita-missing at http://127.0.0.1:")
                      .endsWith(" does not exist (404)"));
      assertThat(store.unready()).isEmpty();
    } finally {
      elsewhere.close();
    }
  }

  @Test
  void anUploadRolledBackAfterItsObjectWasWrittenLeavesNoObject() {
    UUID fileId = UUID.randomUUID();
    long objects = StoredFiles.count();

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          store.put(fileId, Uploads.PDF);
                          assertThat(StoredFiles.object(fileId.toString())).isPresent();
                          throw new IllegalStateException("the metadata's commit failed");
                        }))
        .hasMessage("the metadata's commit failed");

    assertThat(StoredFiles.object(fileId.toString())).isEmpty();
    assertThat(StoredFiles.count()).isEqualTo(objects);
  }

  @Test
  void anObjectChangedBehindThePlatformsBackIsNeverServed() throws Exception {
    String agency = MeasuresFixtures.agency("S3-CHANGED");
    String evidence = evidence(agency, draftMeasure(agency));
    String fileId =
        Uploads.uploaded(
            TestTokens.officer(agency), evidence, Uploads.part("ภาพ.png", null, Uploads.PNG));
    StoredFiles.overwrite(fileId, Uploads.PDF, sha256(Uploads.PNG));

    Response download =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/evidence/{e}/files/{f}", evidence, fileId);

    assertThat(download.statusCode()).isEqualTo(500);
    assertThat(download.contentType()).isEqualTo("application/problem+json");
    assertThat(download.jsonPath().getString("type")).isEqualTo("/problems/internal");
    assertThat(download.jsonPath().getString("detail"))
        .startsWith("An unexpected error occurred; quote error id ");
  }

  @Test
  void aStoreOutOfReachIsA503WithRetryAfterAndNothingIsKept() throws Exception {
    String agency = MeasuresFixtures.agency("S3-DOWN");
    String measure = draftMeasure(agency);
    String evidence = evidence(agency, measure);
    String kept =
        Uploads.uploaded(
            TestTokens.officer(agency), evidence, Uploads.part("ภาพ.png", null, Uploads.PNG));
    String measureEtag = measureEtag(agency, measure);
    long objects = StoredFiles.count();
    String href = "/api/v1/evidence/" + evidence + "/files/" + kept;

    S3ProxyTestResource.outage(
        () -> {
          HttpResponse<String> upload =
              Uploads.upload(
                  TestTokens.officer(agency),
                  evidence,
                  Uploads.part("รายงาน.pdf", "application/pdf", Uploads.PDF));
          assertThat(upload.statusCode()).as(upload.body()).isEqualTo(503);
          assertThat(upload.headers().firstValue("Content-Type"))
              .hasValue("application/problem+json");
          assertThat(upload.headers().firstValue("Retry-After")).hasValue("5");
          JsonNode problem = read(upload.body());
          assertThat(problem.get("type").asText()).isEqualTo("/problems/service-unavailable");
          assertThat(problem.get("detail").asText())
              .isEqualTo(
                  "The evidence file store cannot be reached just now, and nothing was changed."
                      + " Try again shortly");

          for (Response answer :
              new Response[] {
                given().auth().oauth2(TestTokens.officer(agency)).get(href),
                given().auth().oauth2(TestTokens.officer(agency)).delete(href)
              }) {
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.contentType()).isEqualTo("application/problem+json");
            assertThat(answer.header("Retry-After")).isEqualTo("5");
          }

          // Plans and milestones still work: the service stays ready, and the store's own health
          // group says what is wrong.
          given().get("/q/health/ready").then().statusCode(200);
          given()
              .get("/q/health/group/evidence-files")
              .then()
              .statusCode(503)
              .body("checks.find { it.name == 'evidence-files' }.status", equalTo("DOWN"))
              .body(
                  "checks.find { it.name == 'evidence-files' }.data.bucket",
                  equalTo(S3ProxyTestResource.BUCKET));
        });

    // Back again: the refused upload left nothing, the refused deletion removed nothing.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/evidence/{e}/files", evidence)
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].id", equalTo(kept));
    assertThat(measureEtag(agency, measure)).isEqualTo(measureEtag);
    assertThat(StoredFiles.count()).isEqualTo(objects);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> EvidenceFile.count("evidence.id", UUID.fromString(evidence))))
        .isEqualTo(1);
    byte[] bytes =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get(href)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(bytes).isEqualTo(Uploads.PNG);
    given()
        .get("/q/health/group/evidence-files")
        .then()
        .statusCode(200)
        .body("checks.find { it.name == 'evidence-files' }.status", equalTo("UP"));
  }
}
