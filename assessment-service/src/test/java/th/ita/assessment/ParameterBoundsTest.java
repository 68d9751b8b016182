package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Path and query parameters are bounded and checked before anything computes with them or sends
 * them to the database: a 400 naming the parameter, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class ParameterBoundsTest {

  private static ValidatableResponse refused(
      String token, String path, String parameter, String message) {
    return given()
        .auth()
        .oauth2(token)
        .urlEncodingEnabled(false)
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo(parameter))
        .body("errors[0].message", equalTo(message));
  }

  @Test
  void aPageBeyondTheBoundIsRefusedWhereItUsedToOverflow() {
    String bound = "must be between 0 and 1000000";
    refused(TestTokens.viewer(), "/api/v1/agencies?page=2147483647", "page", bound)
        .body("errors[0].rejectedValue", equalTo(2147483647));
    refused(TestTokens.assessor(), "/api/v1/imports?page=2147483647", "page", bound);
    refused(
        TestTokens.viewer(),
        "/api/v1/results/2567/rankings?page=2147483647&size=200",
        "page",
        bound);
    refused(TestTokens.admin(), "/api/v1/admin/outbox/parked?page=2147483647", "page", bound);
    // The last page allowed is still an ordinary, empty page.
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies?page=1000000&size=200")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("page", equalTo(1000000));
  }

  @Test
  void aNumberThatIsNotOneIsNamed() {
    refused(
            TestTokens.viewer(),
            "/api/v1/agencies?size=1.5",
            "size",
            "must be a whole number from 1 to 200")
        .body("errors[0].rejectedValue", equalTo("1.5"));
    refused(
        TestTokens.viewer(),
        "/api/v1/agencies/DITP/results/99999999999999999999",
        "fiscalYear",
        "must be a whole number from 2500 to 2700");
    refused(
        TestTokens.viewer(),
        "/api/v1/agencies/DITP/results/2567/analysis?target=abc",
        "target",
        "must be a number");
    refused(
        TestTokens.viewer(),
        "/api/v1/agencies/DITP/results/2567?round=final",
        "round",
        "must be one of FINAL, INTERIM");
    refused(TestTokens.assessor(), "/api/v1/imports/not-a-uuid", "importId", "must be a UUID");
  }

  @Test
  void fiscalYearsAreBuddhistEraYearsOfThePlatform() {
    String message = "must be a Buddhist-era fiscal year from 2500 to 2700";
    refused(TestTokens.viewer(), "/api/v1/agencies/DITP/results/2147483647", "fiscalYear", message);
    refused(TestTokens.viewer(), "/api/v1/frameworks/-1", "fiscalYear", message);
    refused(TestTokens.viewer(), "/api/v1/results/2024/benchmark", "fiscalYear", message);
    refused(TestTokens.viewer(), "/api/v1/imports/templates/9999", "fiscalYear", message);
  }

  @Test
  void codesAndTextAreCheckedBeforeTheDatabase() {
    String code = "must be at most 32 letters, digits, '-' or '_'";
    refused(TestTokens.viewer(), "/api/v1/agencies?ministry=" + "M".repeat(33), "ministry", code);
    refused(TestTokens.viewer(), "/api/v1/agencies?ministry=MO%00C", "ministry", code);
    refused(TestTokens.viewer(), "/api/v1/agencies/DI%00TP", "agencyCode", code);
    refused(
        TestTokens.viewer(),
        "/api/v1/results/2567/rankings?ministry=" + "M".repeat(40),
        "ministry",
        code);
    refused(
        TestTokens.viewer(),
        "/api/v1/agencies?q=a%00b",
        "q",
        "must be at most 200 characters, without control characters");
    refused(
        TestTokens.viewer(),
        "/api/v1/agencies?q=" + "%E0%B8%81".repeat(201),
        "q",
        "must be at most 200 characters, without control characters");
  }

  @Test
  void textAParameterBringsToBeStoredHoldsNoControlCharacter() {
    int imports =
        given()
            .auth()
            .oauth2(TestTokens.assessor())
            .get("/api/v1/imports")
            .then()
            .statusCode(200)
            .extract()
            .path("totalItems");
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .urlEncodingEnabled(false)
        .contentType("text/csv")
        .body(ImportFiles.HEADER + "\r\n")
        .post("/api/v1/imports?fiscalYear=2567&correctionReason=%00&fileName=a%0Bb.csv")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", equalTo(List.of("correctionReason", "fileName")))
        .body(
            "errors[0].message",
            equalTo("must not contain control characters or unpaired surrogates"));
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/imports")
        .then()
        .body("totalItems", equalTo(imports));
  }

  @Test
  void aBodyNumberBeyondItsTypeIsNamed() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 9223372036854775807}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors[0].field", equalTo("fiscalYear"))
        .body("errors[0].message", equalTo("must be between -2147483648 and 2147483647"));
  }
}
