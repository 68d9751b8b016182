package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class ResultResourceTest {

  private static RequestSpecification api() {
    return given().config(Fixtures.EXACT);
  }

  private static Matcher<BigDecimal> score(String expected) {
    return Fixtures.score(expected);
  }

  /** Scores as the API writes them: two decimals. */
  private static List<BigDecimal> scores(String... values) {
    return Arrays.stream(values).map(BigDecimal::new).toList();
  }

  private static ValidatableResponse put(String agency, int year, String body) {
    return api()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/agencies/{a}/results/{y}", agency, year)
        .then();
  }

  @Test
  void seed004IsScoredAsNaccPublishedIt() {
    String agency = Fixtures.agency("R-DITP");
    put(agency, 2566, Fixtures.seedResult("DITP-2566"))
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("revision", equalTo(1))
        .body("overall.score", score("82.06"))
        .body("overall.computed", score("82.06"))
        .body("overall.level.code", equalTo("NEEDS_IMPROVEMENT"))
        .body("overall.level.nameTh", equalTo("ต้องปรับปรุง"))
        .body("overall.level.nameEn", equalTo("Needs improvement"))
        .body(
            "indicators.computed",
            equalTo(
                scores(
                    "91.00", "77.94", "81.84", "75.67", "74.03", "85.29", "77.22", "77.80",
                    "100.00", "70.00")))
        .body("tools.find { it.code == 'IIT' }.score", score("80.10"))
        .body("tools.find { it.code == 'EIT' }.computed", score("80.10"))
        .body(
            "tools.find { it.code == 'EIT' }.parts.find { it.code == 'PUBLIC' }.computed",
            score("79.26"))
        .body(
            "tools.find { it.code == 'EIT' }.parts.find { it.code == 'SURVEY' }.computed",
            score("80.94"))
        .body("tools.find { it.code == 'OIT' }.score", score("85.00"))
        .body("indicators.find { it.number == 9 }.subGroups", hasSize(5))
        .body("questions", hasSize(88))
        .body("questions.find { it.code == 'E1' }.parts.PUBLIC", Matchers.notNullValue())
        .body("discrepancies", hasSize(0))
        .body("officialStanding.nationalAverage", score("90.19"))
        .body("officialStanding.typeRank", equalTo(145))
        .body("officialStanding.typeCount", equalTo(159))
        .body("officialStanding.ministryRank", equalTo(11))
        .body("officialStanding.ministryCount", equalTo(12));
  }

  @Test
  void seed002IsAaInBothYears() {
    String agency = Fixtures.agency("R-TCEB");
    put(agency, 2564, Fixtures.seedResult("TCEB-2564"))
        .statusCode(200)
        .body("overall.score", score("95.01"))
        .body("overall.computed", score("95.01"))
        .body("overall.level.code", equalTo("AA"));
    put(agency, 2565, Fixtures.seedResult("TCEB-2565"))
        .statusCode(200)
        .body("overall.score", score("97.04"))
        .body("overall.computed", score("97.04"))
        .body("overall.level.code", equalTo("AA"))
        .body("questions.find { it.code == 'I1' }.subItems", hasSize(2));
  }

  @Test
  void seed001KeepsThePublishedFiguresAndListsTheEitDiscrepancies() {
    String agency = Fixtures.agency("R-ASEAN");
    put(agency, 2567, Fixtures.seedResult("MFA-ASEAN-2567"))
        .statusCode(200)
        .body("overall.score", score("69.80"))
        .body("overall.level.nameTh", equalTo("ต้องปรับปรุงโดยด่วน"))
        .body("indicators.find { it.number == 6 }.score", score("92.63"))
        .body("indicators.find { it.number == 6 }.computed", score("92.89"))
        .body("discrepancies.figure", hasItems("indicator 6", "indicator 7", "indicator 8"))
        .body("discrepancies.figure", not(hasItem("indicator 1")));
  }

  @Test
  void questionCodesMatchWhateverTheirCase() {
    String agency = Fixtures.agency("R-CASE");
    String body = Fixtures.seedResult("DITP-2566").replace("\"code\": \"I1\"", "\"code\": \"i1\"");
    put(agency, 2566, body).statusCode(200).body("indicators[0].computed", score("91.00"));
  }

  @Test
  void badInputListsEveryProblemAndStoresNothing() {
    String agency = Fixtures.agency("R-BAD");
    put(
            agency,
            2567,
            """
        {"round": "FINAL",
         "questions": [
           {"code": "i1", "score": 101},
           {"code": "zz9", "score": 50},
           {"code": "i2", "parts": {"PUBLIC": 80, "SURVEY": 90}},
           {"code": "o1", "score": 55}
         ],
         "official": {"indicators": [{"number": 11, "score": 50}],
                      "standing": {"typeRank": 160, "typeCount": 159, "ministryRank": 3}}}""")
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body(
            "errors.field",
            hasItems(
                "questions[0].score",
                "questions[1].code",
                "questions[2].parts",
                "questions[3].score",
                "official.indicators[0].number",
                "official.standing.typeRank",
                "official.standing.ministryCount",
                "questions"))
        .body("errors.message", hasItem(containsString("question i3 of IIT is missing")))
        .body("errors.message", hasItem(containsString("question o2 of OIT is missing")));
    put(agency, 2590, "{\"round\":\"FINAL\",\"questions\":[]}")
        .statusCode(400)
        .body("errors[0].field", equalTo("fiscalYear"));
    put(agency, 2567, "{\"questions\":[{\"code\":\"i1\"}]}")
        .statusCode(400)
        .body("errors.field", hasItems("round", "questions[0]"));
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/agencies/R-BAD/results/2567")
        .then()
        .statusCode(404);
  }

  @Test
  void onlyAssessorsAndAdminsWriteScores() {
    String agency = Fixtures.agency("R-ROLE");
    for (String token : List.of(TestTokens.viewer(), TestTokens.officer(agency))) {
      api()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(Fixtures.seedResult("TCEB-2564"))
          .put("/api/v1/agencies/{a}/results/2564", agency)
          .then()
          .statusCode(403);
    }
    api()
        .contentType(ContentType.JSON)
        .body(Fixtures.seedResult("TCEB-2564"))
        .put("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(401);
    api()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(403);
  }

  @Test
  void draftsAreForTheAgencyAndAssessorsUntilPublished() {
    String agency = Fixtures.agency("R-DRAFT");
    put(agency, 2564, Fixtures.seedResult("TCEB-2564")).statusCode(200);

    // To anyone else the draft is no result at all: the 404 of an agency without one, not a telling
    // 403.
    api()
        .auth()
        .oauth2(TestTokens.officer("R-OTHER"))
        .get("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("No result for R-DRAFT FY2564 FINAL"));
    api()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(404);
    api()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"));

    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(428);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", "\"7\"")
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(412);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, 2564))
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedBy", equalTo("test-assessor"));
    for (String token : List.of(TestTokens.officer("R-OTHER"), TestTokens.viewer())) {
      api()
          .auth()
          .oauth2(token)
          .get("/api/v1/agencies/{a}/results/2564", agency)
          .then()
          .statusCode(200)
          .body("overall.score", score("95.01"));
    }
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, 2564))
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(409);
  }

  @Test
  void aPublishedResultIsCorrectedByANewRevisionThatSaysWhy() {
    String agency = Fixtures.agency("R-FIX");
    put(agency, 2564, Fixtures.seedResult("TCEB-2564")).statusCode(200);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, 2564))
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(200);

    String corrected =
        Fixtures.seedResult("TCEB-2564").replace("\"overall\": 95.01", "\"overall\": 95.02");
    put(agency, 2564, corrected)
        .statusCode(400)
        .body("errors[0].field", equalTo("correctionReason"));

    String withReason =
        corrected.replaceFirst(
            "\\{", "{\"correctionReason\": \"NACC re-issued the overall score\",");
    put(agency, 2564, withReason)
        .statusCode(200)
        .body("revision", equalTo(2))
        .body("status", equalTo("DRAFT"))
        .body("correctionReason", equalTo("NACC re-issued the overall score"));

    // Until the correction is published, everyone else still sees revision 1.
    api()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .body("revision", equalTo(1))
        .body("overall.score", score("95.01"));
    String etag =
        api()
            .auth()
            .oauth2(TestTokens.assessor())
            .get("/api/v1/agencies/{a}/results/2564", agency)
            .then()
            .body("revision", equalTo(2))
            .extract()
            .header("ETag");
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(withReason)
        .put("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(428);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(withReason)
        .header("If-Match", etag)
        .put("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(200);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(withReason)
        .header("If-Match", etag)
        .put("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(412);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, 2564))
        .post("/api/v1/agencies/{a}/results/2564/publish", agency)
        .then()
        .statusCode(200)
        .body("revision", equalTo(2));

    api()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/results/2564/revisions", agency)
        .then()
        .statusCode(200)
        .body("revision", equalTo(List.of(1, 2)))
        .body("status", equalTo(List.of("PUBLISHED", "PUBLISHED")))
        .body("[0].correctionReason", nullValue())
        .body("[1].correctionReason", equalTo("NACC re-issued the overall score"))
        .body("[1].overall.score", score("95.02"));
  }

  @Test
  void theInterimRoundIsKeptApartFromTheFinal() {
    String agency = Fixtures.agency("R-ICC");
    put(agency, 2568, Fixtures.seedResult("ICC-2568"))
        .statusCode(200)
        .body("round", equalTo("INTERIM"))
        .body("indicators.find { it.number == 6 }.score", score("93.33"))
        .body("overall.score", nullValue());
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/agencies/{a}/results/2568?round=FINAL", agency)
        .then()
        .statusCode(404);
    api()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/agencies/{a}/results/2568", agency)
        .then()
        .statusCode(200)
        .body("round", equalTo("INTERIM"));
  }
}
