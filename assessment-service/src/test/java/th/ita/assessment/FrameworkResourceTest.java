package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class FrameworkResourceTest {

  @Test
  void theBundledYearsAreThere() {
    given()
        .auth()
        .oauth2(TestTokens.officer("ANY"))
        .get("/api/v1/frameworks")
        .then()
        .statusCode(200)
        .body("fiscalYear", hasItems(2564, 2565, 2566, 2567, 2568))
        .body("find { it.fiscalYear == 2567 }.questions", equalTo(59))
        .body("find { it.fiscalYear == 2566 }.questions", equalTo(88))
        .body(
            "find { it.fiscalYear == 2568 }.levels",
            equalTo(
                List.of("EXCELLENT", "GOOD", "PASS", "NEEDS_IMPROVEMENT", "URGENT_IMPROVEMENT")));

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/frameworks/2567")
        .then()
        .statusCode(200)
        .header("ETag", Matchers.notNullValue())
        .body("indicators", hasSize(10))
        .body(
            "indicators.find { it.number == 9 }.subGroups.code",
            equalTo(List.of("9.1", "9.2", "9.3", "9.4", "9.5")))
        .body("tools.find { it.code == 'EIT' }.parts.code", equalTo(List.of("PUBLIC", "SURVEY")))
        .body("questions.find { it.code == 'o34' }.issues", hasItem(7));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/frameworks/2599")
        .then()
        .statusCode(404);
  }

  @Test
  void nextYearIsClonedAndEditedWithoutARelease() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2569}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/frameworks/2569"))
        .body("fiscalYear", equalTo(2569))
        .body("titleTh", containsString("2569"));

    var response =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/frameworks/2569")
            .then()
            .statusCode(200)
            .extract();
    Map<String, Object> framework = response.jsonPath().getMap("");
    framework.put("titleEn", "ITA framework, fiscal year 2026 (draft)");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", response.header("ETag"))
        .body(framework)
        .put("/api/v1/frameworks/2569")
        .then()
        .statusCode(200)
        .body("titleEn", equalTo("ITA framework, fiscal year 2026 (draft)"));

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2569}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(409);
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2570}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(403);
  }

  @Test
  void anInvalidFrameworkIsRefusedWithEveryReason() {
    String fy2567 =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/frameworks/2567")
            .then()
            .extract()
            .asString();
    JsonPath path = JsonPath.from(fy2567);
    Map<String, Object> broken = path.getMap("");
    broken.put("fiscalYear", 2580);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> tools = (List<Map<String, Object>>) broken.get("tools");
    tools.get(0).put("weight", 0.5); // weights now sum to 1.2
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> indicators = (List<Map<String, Object>>) broken.get("indicators");
    indicators
        .get(1)
        .put("questions", List.of("i4", "i5", "i6", "I1")); // I1 is already in indicator 1
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> questions = (List<Map<String, Object>>) broken.get("questions");
    questions.add(
        Map.of("code", "I2", "answerType", "RATING")); // duplicates i2, case-insensitively
    questions.get(0).put("creditedAnswer", "YES"); // i1 is a rating, not a yes/no question
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> levels = (List<Map<String, Object>>) broken.get("levels");
    Collections.reverse(levels); // bands out of order

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(broken)
        .post("/api/v1/frameworks")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.message", hasItem(containsString("weights must sum to 1")))
        .body("errors.message", hasItem(containsString("question 'I1' is already in indicator 1")))
        .body("errors.message", hasItem(containsString("'I2' is used twice")))
        .body("errors.field", hasItem("questions[0].creditedAnswer"))
        .body("errors.message", hasItem("only a yes/no question has a credited answer"))
        .body("errors.message", hasItem(containsString("ordered from the highest band down")));
    given().auth().oauth2(TestTokens.admin()).get("/api/v1/frameworks/2580").then().statusCode(404);
  }

  @Test
  void aFrameworkInUseCannotChange() {
    String agency = Fixtures.agency("F-USE");
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(Fixtures.seedResult("TCEB-2564"))
        .put("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(200);
    var response =
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/frameworks/2564").then().extract();
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", response.header("ETag"))
        .body(response.asString())
        .put("/api/v1/frameworks/2564")
        .then()
        .statusCode(409)
        .body("detail", containsString("can no longer change"));
  }
}
