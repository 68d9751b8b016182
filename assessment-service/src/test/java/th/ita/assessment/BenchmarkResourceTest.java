package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.MinistryRef;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Ranks and averages over the published results of a fiscal year of this test's own (a copy of
 * FY2568's framework as FY2650), so that no other test's results are counted.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class BenchmarkResourceTest {

  @Inject EntityManager em;

  private static final int YEAR = 2650;

  private static RequestSpecification as(String token) {
    return given().config(Fixtures.EXACT).auth().oauth2(token);
  }

  private static void agency(String code, AgencyType type, String ministry) {
    as(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(
            AgencyData.agency(code)
                .ofType(type)
                .inMinistry(new MinistryRef(ministry, "กระทรวง " + ministry, null))
                .json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);
  }

  private static void publish(String code, String overall, String tools, String indicator1) {
    as(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(
            """
        {"round": "FINAL", "official": {"overall": %s,
          "tools": [{"code": "IIT", "score": %s}, {"code": "EIT", "score": %s}, {"code": "OIT", "score": %s}],
          "indicators": [{"number": 1, "score": %s}]}}"""
                .formatted(overall, tools, tools, tools, indicator1))
        .put("/api/v1/agencies/{a}/results/{y}", code, YEAR)
        .then()
        .statusCode(200);
    as(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(code, YEAR))
        .post("/api/v1/agencies/{a}/results/{y}/publish", code, YEAR)
        .then()
        .statusCode(200);
  }

  /** Once per test JVM: the results stay in the shared database. */
  @BeforeEach
  void fourPublishedResults() {
    if (as(TestTokens.viewer()).get("/api/v1/agencies/BM-1").statusCode() == 200) {
      return;
    }
    as(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": " + YEAR + "}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(201);
    agency("BM-1", AgencyType.DEPARTMENT, "MOC");
    agency("BM-2", AgencyType.DEPARTMENT, "MOC");
    agency("BM-3", AgencyType.DEPARTMENT, "MFA");
    agency("BM-4", AgencyType.UNIVERSITY, "MOC");
    publish("BM-1", "95.00", "95.00", "100");
    publish("BM-2", "90.00", "90.00", "90");
    publish("BM-3", "90.00", "90.00", "80");
    publish("BM-4", "80.00", "80.00", "70");
  }

  @Test
  void agenciesRankByPublishedScoreAndEqualScoresShareARank() {
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/rankings")
        .then()
        .statusCode(200)
        .body("items.agencyCode", equalTo(List.of("BM-1", "BM-2", "BM-3", "BM-4")))
        .body("items.rank", equalTo(List.of(1, 2, 2, 4)))
        .body("totalItems", equalTo(4));
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/rankings?ministry=moc")
        .then()
        .body("items.agencyCode", equalTo(List.of("BM-1", "BM-2", "BM-4")))
        .body("items.rank", equalTo(List.of(1, 2, 3)));
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/rankings?type=UNIVERSITY")
        .then()
        .body("items.agencyCode", equalTo(List.of("BM-4")))
        .body("items[0].rank", equalTo(1));
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/rankings?size=2&page=1")
        .then()
        .body("items.agencyCode", equalTo(List.of("BM-3", "BM-4")))
        .body("totalPages", equalTo(2));
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/rankings?type=MINISTRY")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("type"))
        .body(
            "errors[0].message",
            equalTo(
                "must be one of DEPARTMENT, PROVINCE, PUBLIC_ORGANIZATION, STATE_ENTERPRISE,"
                    + " UNIVERSITY, INDEPENDENT_ORGAN, COURT, LOCAL_ADMINISTRATION, OTHER"));
  }

  @Test
  void theBenchmarkGivesAveragesTheLevelsAndTheShareAtTarget() {
    as(TestTokens.officer("BM-1"))
        .get("/api/v1/results/" + YEAR + "/benchmark")
        .then()
        .statusCode(200)
        .body("agencies", equalTo(4))
        .body("average", Fixtures.score("88.75"))
        .body("target", Fixtures.score("85"))
        .body("atOrAboveTarget", equalTo(3))
        .body("shareAtOrAboveTarget", Fixtures.score("75.00"))
        .body("levels.find { it.code == 'EXCELLENT' }.agencies", equalTo(1))
        .body("levels.find { it.code == 'GOOD' }.agencies", equalTo(2))
        .body("levels.find { it.code == 'NEEDS_IMPROVEMENT' }.agencies", equalTo(1))
        .body("levels.find { it.code == 'NEEDS_IMPROVEMENT' }.share", Fixtures.score("25.00"))
        .body("indicators.find { it.number == 1 }.average", Fixtures.score("85.00"));
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/benchmark?ministry=MOC&target=90")
        .then()
        .body("agencies", equalTo(3))
        .body("average", Fixtures.score("88.33"))
        .body("atOrAboveTarget", equalTo(2));
    as(TestTokens.viewer())
        .get("/api/v1/results/" + YEAR + "/benchmark?target=101")
        .then()
        .statusCode(400);
  }

  @Test
  void anAgencysResultShowsWhereItStands() {
    as(TestTokens.viewer())
        .get("/api/v1/agencies/BM-3/results/{y}", YEAR)
        .then()
        .statusCode(200)
        .body("ranks.national", equalTo(2))
        .body("ranks.nationalOf", equalTo(4))
        .body("ranks.type", equalTo(2))
        .body("ranks.typeOf", equalTo(3))
        .body("ranks.ministry", equalTo(1))
        .body("ranks.ministryOf", equalTo(1))
        .body("ranks.percentile", Fixtures.score("66.67"));
    // An interim round is not ranked, nor is a draft.
    as(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"round": "INTERIM", "official": {"overall": 91.00,
              "tools": [{"code": "IIT", "score": 91.00}, {"code": "EIT", "score": 91.00}, {"code": "OIT", "score": 91.00}],
              "indicators": [{"number": 1, "score": 91}]}}""")
        .put("/api/v1/agencies/BM-3/results/{y}", YEAR)
        .then()
        .statusCode(200);
    as(TestTokens.assessor())
        .get("/api/v1/agencies/BM-3/results/{y}?round=INTERIM", YEAR)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("ranks", nullValue());
  }

  @Test
  void aPageJustReadIsKeptForAMomentUnlessAChangeHereOrNoCacheAsksAnew() {
    String universities = "/api/v1/results/" + YEAR + "/rankings?type=UNIVERSITY";
    // Stopped, so that the moment passes only when told.
    MovableClock.INSTANCE.moveTo(Instant.now());
    try {
      firstScore(universities, null, "80.00");
      // BM-4 corrected through another instance: its commit is seen here only as the rows changing.
      publishedScore("BM-4", "81.00");

      firstScore(universities, null, "80.00");
      firstScore(universities, "no-cache", "81.00");
      // The page read anew is the one kept for the next caller.
      firstScore(universities, null, "81.00");
      publishedScore("BM-4", "82.00");
      firstScore(universities, null, "81.00");
      MovableClock.INSTANCE.advance(Duration.ofSeconds(1));
      firstScore(universities, null, "82.00");

      // Any result saved through this instance, even another agency's draft, drops the pages.
      publishedScore("BM-4", "83.00");
      firstScore(universities, null, "82.00");
      if (as(TestTokens.viewer()).get("/api/v1/agencies/BM-KEPT").statusCode() == 404) {
        agency("BM-KEPT", AgencyType.UNIVERSITY, "MOC");
      }
      as(TestTokens.assessor())
          .contentType(ContentType.JSON)
          .body(
              """
              {"round": "FINAL", "official": {"overall": 99.00,
                "tools": [{"code": "IIT", "score": 99.00}, {"code": "EIT", "score": 99.00}, {"code": "OIT", "score": 99.00}],
                "indicators": [{"number": 1, "score": 99}]}}""")
          .put("/api/v1/agencies/BM-KEPT/results/{y}", YEAR)
          .then()
          .statusCode(200);
      firstScore(universities, null, "83.00");
    } finally {
      publishedScore("BM-4", "80.00");
      MovableClock.INSTANCE.reset();
    }
  }

  /** Asked with the Cache-Control given, the first ranked agency has the published score given. */
  private static void firstScore(String path, String cacheControl, String score) {
    RequestSpecification request = as(TestTokens.viewer());
    if (cacheControl != null) {
      request.header("Cache-Control", cacheControl);
    }
    request.get(path).then().statusCode(200).body("items[0].score", Fixtures.score(score));
  }

  /** Sets an agency's current published score directly, as a commit elsewhere would leave it. */
  private void publishedScore(String agency, String score) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "UPDATE current_result SET published_score = cast(?1 AS numeric)"
                            + " WHERE agency_code = ?2 AND fiscal_year = ?3")
                    .setParameter(1, score)
                    .setParameter(2, agency)
                    .setParameter(3, YEAR)
                    .executeUpdate());
  }
}
