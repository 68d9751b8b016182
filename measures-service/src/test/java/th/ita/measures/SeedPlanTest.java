package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/** Seed 001's seven measures go in through the API and come back with every field. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class SeedPlanTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void seed001sPlanIsKeptWithEveryField() throws Exception {
    JsonNode seed;
    try (InputStream in =
        SeedPlanTest.class.getResourceAsStream("/demo/plans/MFA-ASEAN-2568.json")) {
      seed = json.readTree(in);
    }
    String agency = MeasuresFixtures.agency("SEED-ASEAN");
    String officer = TestTokens.officer(agency);
    given()
        .auth()
        .oauth2(officer)
        .contentType(ContentType.JSON)
        .body(seed.get("plan").toString())
        .put("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200);
    for (JsonNode measure : seed.get("measures")) {
      given()
          .auth()
          .oauth2(officer)
          .contentType(ContentType.JSON)
          .body(measure.toString())
          .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
          .then()
          .statusCode(201);
    }

    JsonNode plan =
        json.readTree(
            given()
                .auth()
                .oauth2(officer)
                .get("/api/v1/agencies/{a}/plans/2568", agency)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    assertThat(plan.get("assessmentYear").asInt()).isEqualTo(2567);
    assertThat(plan.get("limitations").asText())
        .isEqualTo(seed.at("/plan/limitations").asText())
        .contains("4.2");
    assertThat(plan.get("measures")).hasSize(7);
    List<Integer> issues = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      JsonNode want = seed.get("measures").get(i);
      JsonNode got = plan.get("measures").get(i);
      issues.add(got.get("issue").asInt());
      assertThat(got.get("ordinal").asInt()).isEqualTo(i + 1);
      assertThat(got.get("titleTh").asText()).isEqualTo(want.get("titleTh").asText());
      assertThat(got.get("rationale").asText(null)).isEqualTo(want.get("rationale").asText(null));
      assertThat(got.get("steps")).isEqualTo(want.get("steps"));
      assertThat(got.get("periodStart").asText()).isEqualTo(want.get("periodStart").asText());
      assertThat(got.get("periodEnd").asText()).isEqualTo(want.get("periodEnd").asText());
      assertThat(got.get("responsibleUnits")).isEqualTo(want.get("responsibleUnits"));
      assertThat(got.get("targetQuestions").findValuesAsText("code"))
          .isEqualTo(want.get("targetQuestions").findValuesAsText("code"));
      assertThat(got.get("milestones").findValuesAsText("quarter"))
          .isEqualTo(want.get("milestones").findValuesAsText("quarter"));
      assertThat(got.get("status").asText()).isEqualTo("DRAFT");
    }
    assertThat(issues).containsExactly(1, 2, 3, 4, 5, 6, 7);
    assertThat(plan.at("/measures/0/periodTh").asText()).isEqualTo("ต.ค. 2567 – มี.ค. 2568");
  }
}
