package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
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
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class ParameterBoundsTest {

  static final String CODE = "must be at most 32 letters, digits, '-' or '_'";

  @Inject DataSource dataSource;

  private static ValidatableResponse refused(
      ValidatableResponse response, String parameter, String message) {
    return response
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors", hasSize(1))
        .body("errors[0].field", equalTo(parameter))
        .body("errors[0].message", equalTo(message));
  }

  @Test
  void anExportForAMinistryCodeTooLongForItsColumnIsRefusedAndQueuesNothing() throws SQLException {
    long jobs = jobs();
    refused(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .post("/api/v1/dashboards/2567/exports?format=xlsx&ministry=" + "M".repeat(33))
                .then(),
            "ministry",
            CODE)
        .body("errors[0].rejectedValue", equalTo("M".repeat(33)));
    assertThat(jobs()).isEqualTo(jobs);
  }

  @Test
  void pagesCodesAndYearsAreBounded() {
    refused(
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/report-agencies?page=2147483647")
            .then(),
        "page",
        "must be between 0 and 1000000");
    refused(
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .urlEncodingEnabled(false)
            .get("/api/v1/dashboards/2568.pdf?ministry=A%00B")
            .then(),
        "ministry",
        CODE);
    refused(
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/report-agencies?type=" + "T".repeat(41))
            .then(),
        "type",
        CODE);
    refused(
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/agencies/ANY/reports/3000/measures")
            .then(),
        "fiscalYear",
        "must be a Buddhist-era fiscal year from 2500 to 2700");
    refused(
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/agencies/ANY/reports/2568/progress?asOf=2025-02-30")
            .then(),
        "asOf",
        "must be an ISO date such as 2025-03-31");
    // A Buddhist-era date reads as a valid ISO one; it was printed as "31 มีนาคม 3110".
    refused(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/ANY/reports/2568/progress?asOf=2567-03-31")
                .then(),
            "asOf",
            "must be a common-era date from 1956-10-01 to 2157-09-30 (fiscal years 2500 to 2700),"
                + " such as 2025-03-31; a Buddhist-era date is read as one far ahead")
        .body("errors[0].rejectedValue", equalTo("2567-03-31"));
    refused(
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/report-jobs/42").then(),
        "id",
        "must be a UUID");
  }

  private long jobs() throws SQLException {
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM report_job")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
