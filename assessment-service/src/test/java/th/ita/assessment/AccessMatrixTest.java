package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static th.ita.platform.testing.AccessMatrix.Probe.delete;
import static th.ita.platform.testing.AccessMatrix.Probe.get;
import static th.ita.platform.testing.AccessMatrix.Probe.post;
import static th.ita.platform.testing.AccessMatrix.Probe.put;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.AccessMatrix;
import th.ita.platform.testing.AccessMatrix.Caller;
import th.ita.platform.testing.AccessMatrix.Probe;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Who may call what in assessment-service, written down once: every operation of the served
 * document, one probe each (two where drafts and published results differ), and the status each
 * caller gets. A write whose caller is let in is probed with a stale If-Match, an existing key or
 * an unreadable file, so that it is answered (412, 409, 400) without changing anything.
 */
@QuarkusTest
@TestProfile(SeparateDatabase.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class AccessMatrixTest {

  static final String OWN = "AX-OWN";
  static final String OTHER = "AX-OTHER";
  static final String NONE = "AX-NONE";

  /** A draft result is hidden from viewers and other agencies' officers (assessors enter them). */
  static final Caller[] HIDDEN = {Caller.NO_TOKEN, Caller.VIEWER, Caller.OTHER_OFFICER};

  @Test
  void everyCallerGetsWhatTheTableSays() {
    for (String code : List.of(OWN, OTHER, NONE)) {
      Fixtures.agency(code);
    }
    result(OWN, "DITP-2566", 2566, true);
    result(OWN, "MFA-ASEAN-2567", 2567, false);
    String framework =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/frameworks/2568")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    String importId =
        given()
            .auth()
            .oauth2(TestTokens.assessor())
            .contentType("text/csv")
            .body(
                ImportFiles.csv(
                    ImportFiles.agencyRows(
                        "AX-IMPORT",
                        "DEPARTMENT",
                        ImportFiles.template(2567),
                        ImportFiles::typicalScore)))
            .post("/api/v1/imports?fiscalYear=2567&createAgencies=true")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                "DONE"
                    .equals(
                        given()
                            .auth()
                            .oauth2(TestTokens.admin())
                            .get("/api/v1/imports/{id}", importId)
                            .then()
                            .extract()
                            .path("state")));

    String agency = "/api/v1/agencies/" + OWN;
    String draft = agency + "/results/2567";
    String published = agency + "/results/2566";
    String unknown = UUID.randomUUID().toString();
    String settings = "{\"target\": 90.00, \"keepAbove\": 97.50, \"urgentBelow\": 95.00}";
    Probe unreadableFile =
        Probe.of("POST", "/api/v1/imports?fiscalYear=2567", "text/csv", "not,an,import,file\n");

    AccessMatrix.forAgencies(OWN, OTHER)
        //                                                                                 none  exp
        //  aud view asse  own othr admin
        .row(
            "listDeadLetters",
            get("/api/v1/admin/dead-letters"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row(
            "redriveDeadLetter",
            post("/api/v1/admin/dead-letters/0/999999/redrive"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "listParkedEvents",
            get("/api/v1/admin/outbox/parked"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row(
            "discardParkedEvent",
            delete("/api/v1/admin/outbox/parked/" + unknown),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "retryParkedEvent",
            post("/api/v1/admin/outbox/parked/" + unknown + "/retry"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row("listAgencies", get("/api/v1/agencies"), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "registerAgency",
            post("/api/v1/agencies", AgencyData.agency(OWN).named("ซ้ำ").json()),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            409)
        .row("getAgency", get(agency), 401, 401, 401, 200, 200, 200, 403, 200)
        .row(
            "updateAgency",
            put(agency, AgencyData.agency(OWN).named("ใหม่").json()).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            412)
        .row(
            "getAnalysisSettings",
            get(agency + "/analysis-settings"),
            401,
            401,
            401,
            200,
            200,
            200,
            403,
            200)
        .row(
            "putAnalysisSettings",
            put(agency + "/analysis-settings", settings).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        .row("getResult", get(draft), 401, 401, 401, 404, 200, 200, 404, 200)
        .row("getResult", get(published), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "putResult",
            put(draft, Fixtures.seedResult("MFA-ASEAN-2567")).staleIfMatch(),
            401,
            401,
            401,
            403,
            412,
            403,
            403,
            412)
        .row("getResultAnalysis", get(draft + "/analysis"), 401, 401, 401, 404, 200, 200, 404, 200)
        .row(
            "getResultAnalysis",
            get(published + "/analysis"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "publishResult",
            post(draft + "/publish").staleIfMatch(),
            401,
            401,
            401,
            403,
            412,
            403,
            403,
            412)
        .row(
            "listResultRevisions",
            get(draft + "/revisions"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row("listFrameworks", get("/api/v1/frameworks"), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "createFramework",
            post("/api/v1/frameworks", framework),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            409)
        .row("getFramework", get("/api/v1/frameworks/2568"), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "updateFramework",
            put("/api/v1/frameworks/2568", framework).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            412)
        .row(
            "cloneFramework",
            post("/api/v1/frameworks/2567/clone", "{\"fiscalYear\": 2568}"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            409)
        .row("startImport", unreadableFile, 401, 401, 401, 403, 400, 403, 403, 400)
        .row("listImports", get("/api/v1/imports"), 401, 401, 401, 403, 200, 403, 403, 200)
        .row(
            "getImportTemplate",
            get("/api/v1/imports/templates/2567"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "getImport", get("/api/v1/imports/" + importId), 401, 401, 401, 403, 200, 403, 403, 200)
        .row(
            "listImportErrors",
            get("/api/v1/imports/" + importId + "/errors"),
            401,
            401,
            401,
            403,
            200,
            403,
            403,
            200)
        .row(
            "getBenchmark",
            get("/api/v1/results/2566/benchmark"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "getRankings",
            get("/api/v1/results/2566/rankings"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        // A draft result is told apart from none only to those who may see drafts.
        .sameAnswer(
            "a draft result", get(draft), get("/api/v1/agencies/" + NONE + "/results/2567"), HIDDEN)
        .sameAnswer(
            "a draft's analysis",
            get(draft + "/analysis"),
            get("/api/v1/agencies/" + NONE + "/results/2567/analysis"),
            HIDDEN)
        .verify();
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
}
