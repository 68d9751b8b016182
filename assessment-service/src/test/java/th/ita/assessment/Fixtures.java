package th.ita.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import th.ita.platform.testing.TestTokens;
import org.hamcrest.Matchers;

/** Test data: the seed agencies' transcribed results, and agencies to attach them to. */
final class Fixtures {

  private Fixtures() {}

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
    return given().auth().oauth2(TestTokens.assessor()).get("/api/v1/agencies/{a}/results/{y}", agency, year)
        .then().statusCode(200).extract().header("ETag");
  }

  /** Registers an agency unless it exists; returns its code. */
  static String agency(String code) {
    given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
        .body(AgencyResourceTest.body(code, "หน่วยงาน " + code))
        .post("/api/v1/agencies")
        .then().statusCode(Matchers.anyOf(Matchers.is(201), Matchers.is(409)));
    return code;
  }
}
