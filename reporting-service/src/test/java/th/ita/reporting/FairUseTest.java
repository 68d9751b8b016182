package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * One caller cannot take the service's time from the others: documents are rate limited per caller,
 * exports are limited per caller, and a dashboard too large to render while the caller waits is
 * sent to the export jobs. The limits are set low here; the platform's defaults are in
 * platform-common's configuration.
 */
@QuarkusTest
@TestProfile(FairUseTest.LowLimits.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class FairUseTest {

  public static class LowLimits implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "ita.rate-limit.documents.per-minute", "3",
          "ita.exports.max-open-per-caller", "2",
          "ita.dashboards.max-rendered-rows", "1",
          "ita.report-jobs.poll", "off"); // exports stay queued, so they count as open
    }
  }

  @Test
  void aCallerPastItsDocumentAllowanceIsToldWhenToComeBackAndOthersAreNot() {
    String path = "/api/v1/agencies/FAIR-NONE/reports/2568/measures";
    for (int i = 0; i < 3; i++) {
      given().auth().oauth2(TestTokens.viewer()).get(path).then().statusCode(not(equalTo(429)));
    }
    Response refused = given().auth().oauth2(TestTokens.viewer()).get(path);
    refused
        .then()
        .statusCode(429)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/too-many-requests"))
        .body(
            "detail",
            equalTo(
                "At most 3 documents requests a minute are allowed per caller"
                    + " (ita.rate-limit.documents.per-minute); try again later"));
    assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 20);

    given().auth().oauth2(TestTokens.assessor()).get(path).then().statusCode(not(equalTo(429)));
  }

  @Test
  void aCallerHasAtMostTwoExportsOpen() {
    String officer = TestTokens.officer("FAIR-EXPORTS");
    for (int i = 0; i < 2; i++) {
      given().auth().oauth2(officer).post("/api/v1/dashboards/2567/exports").then().statusCode(202);
    }
    given()
        .auth()
        .oauth2(officer)
        .post("/api/v1/dashboards/2567/exports")
        .then()
        .statusCode(429)
        .header("Retry-After", "30")
        .body("type", equalTo("/problems/too-many-requests"))
        .body("detail", containsString("You have 2 exports waiting or running"));
    given()
        .auth()
        .oauth2(TestTokens.officer("FAIR-OTHER"))
        .post("/api/v1/dashboards/2567/exports")
        .then()
        .statusCode(202);
  }

  @Test
  void aDashboardTooLargeToRenderWhileTheCallerWaitsGoesToTheExports() {
    String first = ReportFixtures.agency("FAIR-A", "FAIR");
    String second = ReportFixtures.agency("FAIR-B", "FAIR");
    ReportFixtures.send(Topics.RESULTS, first, "ResultPublished", ReportFixtures.result(first, 1));
    ReportFixtures.send(
        Topics.RESULTS, second, "ResultPublished", ReportFixtures.result(second, 1));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get("/api/v1/dashboards/2567?ministry=FAIR")
                    .then()
                    .statusCode(200)
                    .body("ranking.size()", equalTo(2)));

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2567?ministry=FAIR&format=pdf")
        .then()
        .statusCode(413)
        .body("type", equalTo("/problems/too-large"))
        .body(
            "detail",
            containsString("POST /api/v1/dashboards/2567/exports?format=pdf&ministry=FAIR"));
  }
}
