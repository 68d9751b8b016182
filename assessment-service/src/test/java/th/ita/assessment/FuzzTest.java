package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.ApiFuzzer;
import th.ita.platform.testing.DataFingerprint;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Every operation of the served OpenAPI document, driven with valid and hostile requests (see
 * {@link ApiFuzzer}) over real agencies, published and draft results and an import: never a 5xx,
 * every 4xx a problem naming what is wrong, and a refused write changes no table.
 */
@QuarkusTest
@TestProfile(SeparateDatabase.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class FuzzTest {

  @Inject DataSource dataSource;

  @Test
  void hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
    for (String code : List.of("DITP", "MFA-ASEAN", "TCEB")) {
      Fixtures.agency(code);
    }
    result("DITP", "DITP-2566", 2566, true);
    result("TCEB", "TCEB-2565", 2565, true);
    result("MFA-ASEAN", "MFA-ASEAN-2567", 2567, false);
    String csv =
        new String(
            ImportFiles.csv(
                ImportFiles.agencyRows(
                    "TCEB",
                    "PUBLIC_ORGANIZATION",
                    ImportFiles.template(2567),
                    ImportFiles::typicalScore)),
            StandardCharsets.UTF_8);
    String importId =
        given()
            .auth()
            .oauth2(TestTokens.assessor())
            .contentType("text/csv")
            .body(csv)
            .post("/api/v1/imports?fiscalYear=2567")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    awaitImport(importId);

    ApiFuzzer.Result result =
        ApiFuzzer.forServedApi()
            .token(TestTokens.admin())
            .known("agencyCode", "MFA-ASEAN", "DITP", "TCEB")
            .known("fiscalYear", 2567, 2565, 2566, 2568)
            .known("importId", importId)
            .known("round", "FINAL")
            .validBody("registerAgency", AgencyData.agency("FZ-NEW").named("หน่วยงานใหม่").json())
            .validBody("updateAgency", AgencyData.agency("MFA-ASEAN").named("กรมอาเซียน").json())
            .validBody("putResult", Fixtures.seedResult("MFA-ASEAN-2567"))
            .validBody(
                "putAnalysisSettings",
                "{\"target\": 90.00, \"keepAbove\": 97.50, \"urgentBelow\": 95.00}")
            .validBody("cloneFramework", "{\"fiscalYear\": 2569}")
            .validBody("startImport", csv)
            .afterAccepted(
                "startImport",
                (request, response) ->
                    awaitImport(
                        response.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1")))
            .fingerprint(
                new DataFingerprint(dataSource, Set.of("outbox_event", "inbox_event"), Map.of()))
            .run();
    assertThat(result.failures()).as(result.report()).isEmpty();
  }

  private static void result(String agency, String seed, int year, boolean publish) {
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(Fixtures.seedResult(seed))
        .put("/api/v1/agencies/{a}/results/{y}", agency, year)
        .then()
        .statusCode(200);
    if (publish) {
      given()
          .auth()
          .oauth2(TestTokens.assessor())
          .header("If-Match", Fixtures.etag(agency, year))
          .post("/api/v1/agencies/{a}/results/{y}/publish", agency, year)
          .then()
          .statusCode(200);
    }
  }

  private static void awaitImport(String id) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                List.of("DONE", "FAILED")
                    .contains(
                        given()
                            .auth()
                            .oauth2(TestTokens.admin())
                            .get("/api/v1/imports/{id}", id)
                            .then()
                            .extract()
                            .path("state")));
  }
}
