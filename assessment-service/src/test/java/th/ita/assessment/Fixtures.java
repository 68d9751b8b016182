package th.ita.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import th.ita.platform.testing.TestTokens;

/**
 * Test data: the seed agencies' transcribed results, agencies to attach them to, and exact score
 * checks.
 */
final class Fixtures {

  /** Scores are compared exactly, to the hundredth, never as floats. */
  static final RestAssuredConfig EXACT =
      RestAssured.config()
          .jsonConfig(
              JsonConfig.jsonConfig()
                  .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

  private Fixtures() {}

  /** A score as the API writes it, compared by value (85 and 85.00 are one score). */
  static Matcher<BigDecimal> score(String expected) {
    return Matchers.comparesEqualTo(new BigDecimal(expected));
  }

  /** A fresh agency code, so that a test's agency is its own whatever ran before. */
  static String newCode(String prefix) {
    return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase();
  }

  /** A seed result body, e.g. {@code DITP-2566}, as shipped with the demo data. */
  static String seedResult(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/demo/results/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ETag of the newest revision an assessor sees, to send as If-Match when publishing it. */
  static String etag(String agency, int year) {
    return given()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/agencies/{a}/results/{y}", agency, year)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  /** Registers a new agency, a department of the Ministry of Commerce; returns its code. */
  static String agency(String code) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency(code).json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);
    return code;
  }
}
