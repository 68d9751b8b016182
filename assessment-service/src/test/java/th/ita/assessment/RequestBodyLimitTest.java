package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/** Only the import takes a large body; any other endpoint refuses one before reading it. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class RequestBodyLimitTest {

  private static final String TWO_MEGABYTES = "{\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";

  @Test
  void anOfficersOversizedSettingsBodyIsRefusedBeforeItIsRead() {
    given()
        .auth()
        .oauth2(TestTokens.officer("BODY-LIMIT"))
        .contentType(ContentType.JSON)
        .body(TWO_MEGABYTES)
        .put("/api/v1/agencies/BODY-LIMIT/analysis-settings")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/too-large"))
        .body(
            "detail",
            equalTo(
                "The request body has 2,097,164 bytes; this endpoint takes at most 1,048,576"
                    + " (ita.http.max-body-size)"))
        .body("instance", equalTo("/api/v1/agencies/BODY-LIMIT/analysis-settings"));
  }

  @Test
  void aPathThatWalksOutOfTheImportDoesNotBorrowItsLimit() throws Exception {
    // Sent as written: the router resolves ".." and so must the limit.
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/api/v1/imports/../agencies"))
            .header("Authorization", "Bearer " + TestTokens.admin())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(TWO_MEGABYTES))
            .build();
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("\"type\":\"/problems/too-large\"");
  }

  @Test
  void theImportTakesALargeFile() {
    String csv =
        "not_a_column\n" + "x\n".repeat(1024 * 1024); // 2 MB, read and refused for its columns
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType("text/csv")
        .body(csv)
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(400)
        .body("type", equalTo("/problems/validation"));
  }
}
