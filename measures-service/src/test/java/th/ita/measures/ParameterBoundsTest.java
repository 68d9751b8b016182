package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Path and query parameters are bounded and checked before the database: a 400 naming the
 * parameter, never a 500.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class ParameterBoundsTest {

  private static void refused(String path, String parameter, String message) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
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
  void anAgencyCodeWithAControlCharacterIsRefusedWhereItUsedToFailTheDatabase() {
    refused(
        "/api/v1/agencies/%00/plans/2568",
        "agencyCode", "must be at most 32 letters, digits, '-' or '_'");
    refused(
        "/api/v1/agencies/" + "A".repeat(33) + "/gap-lists/2568",
        "agencyCode",
        "must be at most 32 letters, digits, '-' or '_'");
  }

  @Test
  void numbersAreBounded() {
    refused(
        "/api/v1/agencies/MX-ANY/plans/2147483647",
        "fiscalYear",
        "must be a Buddhist-era fiscal year from 2500 to 2700");
    refused(
        "/api/v1/agencies/MX-ANY/plans/1e400",
        "fiscalYear",
        "must be a whole number from 2500 to 2700");
    refused(
        "/api/v1/measure-templates?issue=2147483647", "issue", "must be a NACC issue from 1 to 7");
    refused(
        "/api/v1/measure-templates?question=i1%0B0",
        "question", "must be at most 32 letters, digits, '-' or '_'");
    refused("/api/v1/measures/not-a-uuid", "measureId", "must be a UUID");
  }
}
