package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * A text with a character no document can hold is refused, naming each field, and nothing is
 * stored.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class ControlCharactersTest {

  @Test
  void aMeasureWithWordsSoftLineBreakIsRefusedAndNothingIsStored() {
    String agency = MeasuresFixtures.agency("CTRL-CHAR");
    MeasuresFixtures.plan(agency, 2568);
    String body =
        MeasuresFixtures.measureBody(2568)
            .replace(
                "\"จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์\"",
                "\"จัดทำระบบยืม-คืน\\u000Bทรัพย์สิน\"")
            .replace("\"อบรมบุคลากร\"]", "\"อบรม\\u001Fบุคลากร\"]");

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(body)
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", equalTo(List.of("titleTh", "steps[2]")))
        .body(
            "errors[0].message",
            equalTo(
                "must not contain control characters other than tab and line breaks (found U+000B at position 17)"));

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200)
        .body("measures", hasSize(0));
  }
}
