package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import org.hamcrest.Matcher;

/** Ranks and averages over FY2568's published results; no other test publishes FY2568 FINAL results. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class BenchmarkResourceTest {

  private static RequestSpecification as(String token) {
    return given().config(ResultResourceTest.EXACT).auth().oauth2(token);
  }

  private static Matcher<BigDecimal> score(String value) {
    return comparesEqualTo(new BigDecimal(value));
  }

  private static void agency(String code, String type, String ministry) {
    as(TestTokens.admin()).contentType(ContentType.JSON).body("""
        {"code": "%s", "nameTh": "หน่วยงาน %s", "type": "%s", "ministry": {"code": "%s", "nameTh": "กระทรวง %s"}}"""
        .formatted(code, code, type, ministry, ministry)).post("/api/v1/agencies");
  }

  private static void publish(String code, String overall, String tools, String indicator1) {
    as(TestTokens.assessor()).contentType(ContentType.JSON).body("""
        {"round": "FINAL", "official": {"overall": %s,
          "tools": [{"code": "IIT", "score": %s}, {"code": "EIT", "score": %s}, {"code": "OIT", "score": %s}],
          "indicators": [{"number": 1, "score": %s}]}}""".formatted(overall, tools, tools, tools, indicator1))
        .put("/api/v1/agencies/{a}/results/2568", code).then().statusCode(200);
    as(TestTokens.assessor()).header("If-Match", Fixtures.etag(code, 2568)).post("/api/v1/agencies/{a}/results/2568/publish", code).then().statusCode(200);
  }

  /** Once per test JVM: the results stay in the shared database. */
  @BeforeEach
  void fourPublishedResults() {
    if (as(TestTokens.viewer()).get("/api/v1/agencies/BM-1").statusCode() == 200) {
      return;
    }
    agency("BM-1", "DEPARTMENT", "MOC");
    agency("BM-2", "DEPARTMENT", "MOC");
    agency("BM-3", "DEPARTMENT", "MFA");
    agency("BM-4", "UNIVERSITY", "MOC");
    publish("BM-1", "95.00", "95.00", "100");
    publish("BM-2", "90.00", "90.00", "90");
    publish("BM-3", "90.00", "90.00", "80");
    publish("BM-4", "80.00", "80.00", "70");
  }

  @Test
  void agenciesRankByPublishedScoreAndEqualScoresShareARank() {
    as(TestTokens.viewer()).get("/api/v1/results/2568/rankings")
        .then().statusCode(200)
        .body("items.agencyCode", equalTo(List.of("BM-1", "BM-2", "BM-3", "BM-4")))
        .body("items.rank", equalTo(List.of(1, 2, 2, 4)))
        .body("totalItems", equalTo(4));
    as(TestTokens.viewer()).get("/api/v1/results/2568/rankings?ministry=moc")
        .then().body("items.agencyCode", equalTo(List.of("BM-1", "BM-2", "BM-4"))).body("items.rank", equalTo(List.of(1, 2, 3)));
    as(TestTokens.viewer()).get("/api/v1/results/2568/rankings?type=UNIVERSITY")
        .then().body("items.agencyCode", equalTo(List.of("BM-4"))).body("items[0].rank", equalTo(1));
    as(TestTokens.viewer()).get("/api/v1/results/2568/rankings?size=2&page=1")
        .then().body("items.agencyCode", equalTo(List.of("BM-3", "BM-4"))).body("totalPages", equalTo(2));
    as(TestTokens.viewer()).get("/api/v1/results/2568/rankings?type=MINISTRY").then().statusCode(400)
        .body("errors[0].field", equalTo("type"))
        .body("errors[0].message", equalTo("must be one of DEPARTMENT, PROVINCE, PUBLIC_ORGANIZATION, STATE_ENTERPRISE,"
            + " UNIVERSITY, INDEPENDENT_ORGAN, COURT, LOCAL_ADMINISTRATION, OTHER"));
  }

  @Test
  void theBenchmarkGivesAveragesTheLevelsAndTheShareAtTarget() {
    as(TestTokens.officer("BM-1")).get("/api/v1/results/2568/benchmark")
        .then().statusCode(200)
        .body("agencies", equalTo(4))
        .body("average", score("88.75"))
        .body("target", score("85"))
        .body("atOrAboveTarget", equalTo(3))
        .body("shareAtOrAboveTarget", score("75.00"))
        .body("levels.find { it.code == 'EXCELLENT' }.agencies", equalTo(1))
        .body("levels.find { it.code == 'GOOD' }.agencies", equalTo(2))
        .body("levels.find { it.code == 'NEEDS_IMPROVEMENT' }.agencies", equalTo(1))
        .body("levels.find { it.code == 'NEEDS_IMPROVEMENT' }.share", score("25.00"))
        .body("indicators.find { it.number == 1 }.average", score("85.00"));
    as(TestTokens.viewer()).get("/api/v1/results/2568/benchmark?ministry=MOC&target=90")
        .then().body("agencies", equalTo(3)).body("average", score("88.33")).body("atOrAboveTarget", equalTo(2));
    as(TestTokens.viewer()).get("/api/v1/results/2568/benchmark?target=101").then().statusCode(400);
  }

  @Test
  void anAgencysResultShowsWhereItStands() {
    as(TestTokens.viewer()).get("/api/v1/agencies/BM-3/results/2568")
        .then().statusCode(200)
        .body("ranks.national", equalTo(2)).body("ranks.nationalOf", equalTo(4))
        .body("ranks.type", equalTo(2)).body("ranks.typeOf", equalTo(3))
        .body("ranks.ministry", equalTo(1)).body("ranks.ministryOf", equalTo(1))
        .body("ranks.percentile", score("66.67"));
    as(TestTokens.assessor()).get("/api/v1/agencies/R-ICC/results/2568").then().body("ranks", nullValue());
  }
}
