package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class AnalysisResourceTest {

  private static RequestSpecification as(String token) {
    return given().config(Fixtures.EXACT).auth().oauth2(token);
  }

  private static void published(String agency, String seed, int year) {
    as(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(Fixtures.seedResult(seed))
        .put("/api/v1/agencies/{a}/results/{y}", agency, year)
        .then()
        .statusCode(200);
    as(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, year))
        .post("/api/v1/agencies/{a}/results/{y}/publish", agency, year)
        .then()
        .statusCode(200);
  }

  private static Matcher<BigDecimal> score(String value) {
    return Fixtures.score(value);
  }

  @Test
  void seed004AnalysedAsTheAgencyDidByHand() {
    String agency = Fixtures.agency("A-DITP");
    published(agency, "DITP-2566", 2566);

    as(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/results/2566/analysis?weakest=3", agency)
        .then()
        .statusCode(200)
        .body("overallScore", score("82.06"))
        .body("target.target", score("85.00"))
        .body("target.source", equalTo("NATIONAL"))
        .body("target.gap", score("-2.94"))
        .body("target.met", equalTo(false))
        .body("highestAndLowest.find { it.tool == 'IIT' }.highest.number", equalTo(1))
        .body("highestAndLowest.find { it.tool == 'IIT' }.lowest.number", equalTo(5))
        .body("highestAndLowest.find { it.tool == 'EIT' }.highest.score", score("85.29"))
        .body("highestAndLowest.find { it.tool == 'EIT' }.lowest.number", equalTo(7))
        .body("highestAndLowest.find { it.tool == 'OIT' }.lowest.score", score("70.00"))
        .body("weakest", hasSize(3))
        .body("weakest.score", everyItem(lessThan(new BigDecimal("70"))))
        .body("tiers.keepAbove", score("97.50"))
        .body("tiers.urgentBelow", score("95.00"))
        .body(
            "tiers.groups.findAll { it.tool == 'EIT' }.part",
            equalTo(Arrays.asList(null, "PUBLIC", "SURVEY")))
        .body(
            "tiers.groups.find { it.tool == 'OIT' && it.part == null }.urgent.code", hasItem("O39"))
        .body("issues", hasSize(7))
        .body("issues.find { it.number == 7 }.questions.code", hasItem("O43"))
        .body("yearOverYear", nullValue());
  }

  @Test
  void seed002ComparesWithTheYearBeforeAndUsesTheAgencysOwnTarget() {
    String agency = Fixtures.agency("A-TCEB");
    published(agency, "TCEB-2564", 2564);
    published(agency, "TCEB-2565", 2565);

    String defaults =
        as(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/analysis-settings", agency)
            .then()
            .statusCode(200)
            .body("defaults", equalTo(true))
            .extract()
            .header("ETag");
    as(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", defaults)
        .body("{\"target\": 95.00, \"keepAbove\": 97.50, \"urgentBelow\": 95.00}")
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(200)
        .body("defaults", equalTo(false))
        .body("target", score("95.00"));

    as(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/results/2565/analysis", agency)
        .then()
        .statusCode(200)
        .body("target.target", score("95.00"))
        .body("target.source", equalTo("AGENCY"))
        .body("target.gap", score("2.04"))
        .body("target.met", equalTo(true))
        .body("yearOverYear.previousFiscalYear", equalTo(2564))
        .body("yearOverYear.overall.previous", score("95.01"))
        .body("yearOverYear.overall.change", score("2.03"))
        .body("yearOverYear.indicators", hasSize(10))
        .body("yearOverYear.indicators[0].change", notNullValue());

    as(TestTokens.viewer())
        .get(
            "/api/v1/agencies/{a}/results/2565/analysis?target=99&keepAbove=99&urgentBelow=90",
            agency)
        .then()
        .statusCode(200)
        .body("target.source", equalTo("REQUEST"))
        .body("tiers.source", equalTo("REQUEST"))
        .body("target.met", equalTo(false));
    as(TestTokens.viewer())
        .get(
            "/api/v1/agencies/{a}/results/2565/analysis?keepAbove=90&urgentBelow=95&weakest=0",
            agency)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("weakest"));
  }

  @Test
  void onlyTheAgencyItselfSetsItsTarget() {
    String agency = Fixtures.agency("A-OWN");
    String body = "{\"target\": 90, \"keepAbove\": 97.5, \"urgentBelow\": 95}";
    for (String token :
        List.of(TestTokens.officer("A-OTHER"), TestTokens.viewer(), TestTokens.assessor())) {
      as(token)
          .contentType(ContentType.JSON)
          .header("If-Match", "\"-1\"")
          .body(body)
          .put("/api/v1/agencies/{a}/analysis-settings", agency)
          .then()
          .statusCode(403);
    }
    as(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-1\"")
        .body("{\"target\": 190, \"keepAbove\": 90, \"urgentBelow\": 95}")
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("target"));
    as(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-1\"")
        .body("{\"target\": 90, \"keepAbove\": 90, \"urgentBelow\": 95}")
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("urgentBelow"));
    as(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-1\"")
        .body(body)
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"");
    // A second officer who also read the defaults would overwrite the first: refused.
    as(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-1\"")
        .body(body)
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(412);
    as(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(428);
  }
}
