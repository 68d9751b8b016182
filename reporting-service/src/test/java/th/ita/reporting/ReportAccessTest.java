package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Drafts are the agency's own business; published documents are every role's, and anyone's once the
 * agency says so.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportAccessTest {

  private static final String MEASURES = "/api/v1/agencies/{a}/reports/2568/measures";
  private static final String PROGRESS = "/api/v1/agencies/{a}/reports/2568/progress";
  private static final String SETTINGS = "/api/v1/agencies/{a}/report-settings";

  @Test
  void aDraftIsForTheAgencysOwnOfficersAndAdmins() {
    String agency = ReportFixtures.agency("DRAFT", "MFA");
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanApproved", ReportFixtures.plan(agency, "APPROVED", 2));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(agency))
                    .get(MEASURES, agency)
                    .then()
                    .statusCode(200)
                    .body("published", equalTo(false))
                    .body("plan.status", equalTo("APPROVED")));

    given().auth().oauth2(TestTokens.admin()).get(MEASURES, agency).then().statusCode(200);
    // To anyone else the draft does not exist: the same 404 as an agency without any document.
    String nothing = ReportFixtures.agency("NOTHING", "MFA");
    for (String code : new String[] {agency, nothing}) {
      given()
          .auth()
          .oauth2(TestTokens.officer("SOMEONE-ELSE"))
          .get(MEASURES, code)
          .then()
          .statusCode(404)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/not-found"))
          .body(
              "detail", equalTo("Agency '" + code + "' has no published FY2568 measures document"));
      given().auth().oauth2(TestTokens.viewer()).get(MEASURES, code).then().statusCode(404);
      given()
          .auth()
          .oauth2(TestTokens.officer("SOMEONE-ELSE"))
          .get(PROGRESS, code)
          .then()
          .statusCode(404)
          .body(
              "detail", equalTo("Agency '" + code + "' has no published FY2568 plan to report on"));
      given().get(MEASURES, code).then().statusCode(401).contentType("application/problem+json");
    }

    // Even public, a draft needs a token.
    publish(agency, true);
    given().get(MEASURES, agency).then().statusCode(401);
  }

  @Test
  void aPublishedDocumentIsForEveryRoleAndForAnyoneWhenTheAgencyMakesItPublic() {
    String agency = ReportFixtures.agency("PUBLIC", "MFA");
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanPublished", ReportFixtures.plan(agency, "PUBLISHED", 3));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get(MEASURES, agency)
                    .then()
                    .statusCode(200)
                    .body("published", equalTo(true)));
    given()
        .auth()
        .oauth2(TestTokens.officer("SOMEONE-ELSE"))
        .get(MEASURES, agency)
        .then()
        .statusCode(200);
    given().auth().oauth2(TestTokens.assessor()).get(PROGRESS, agency).then().statusCode(200);
    given().get(MEASURES, agency).then().statusCode(401);

    // The switch: only the agency's own officers or an admin, with the ETag they read.
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get(SETTINGS, agency)
            .then()
            .statusCode(200)
            .body("publicDocuments", equalTo(false))
            .body("defaults", equalTo(true))
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"publicDocuments\": true}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(428)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.officer("SOMEONE-ELSE"))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocuments\": true}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocuments\": true}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocument\": true}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("publicDocument"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocuments\": true}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(200)
        .body("publicDocuments", equalTo(true))
        .body("updatedBy", equalTo("test-officer-" + agency.toLowerCase()));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocuments\": false}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(412);

    given()
        .get(MEASURES, agency)
        .then()
        .statusCode(200)
        .body(
            "plan.measures[0].titleTh",
            equalTo("การจัดทำคู่มือหรือแนวทางการปฏิบัติงานสำหรับเจ้าหน้าที่"));
    given().get(PROGRESS, agency).then().statusCode(401);
    given().auth().oauth2(forged()).get(MEASURES, agency).then().statusCode(401);

    publish(agency, false);
    given().get(MEASURES, agency).then().statusCode(401);
  }

  @Test
  void settingsAreForTheAgencysOwnOfficersAndAdmins() {
    String agency = ReportFixtures.agency("SETTINGS", "MFA");
    publish(agency, false);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(SETTINGS, agency)
        .then()
        .statusCode(200)
        .body("updatedBy", equalTo("test-ita-admin"));
    for (String other :
        new String[] {
          TestTokens.viewer(), TestTokens.assessor(), TestTokens.officer("SOMEONE-ELSE")
        }) {
      given()
          .auth()
          .oauth2(other)
          .get(SETTINGS, agency)
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/forbidden"))
          .body(
              "detail",
              equalTo("Only the agency's own officers or an ita-admin read its report settings"));
    }
    // Refused before anything is looked up: an unknown agency gets the same answer.
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(SETTINGS, "NO-SUCH-AGENCY")
        .then()
        .statusCode(403);
  }

  @Test
  void settingsOfAnUnknownAgencyAreNotFound() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-1\"")
        .body("{\"publicDocuments\": true}")
        .put(SETTINGS, "NO-SUCH-AGENCY")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/NO-SUCH-AGENCY/reports/2568/progress")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  private static String forged() {
    try {
      return TestTokens.forged("viewer");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void publish(String agency, boolean publicDocuments) {
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get(SETTINGS, agency)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocuments\": " + publicDocuments + "}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(200);
  }
}
