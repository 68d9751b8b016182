package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * A rendered document is served again from what was rendered before, with an ETag that names its
 * content: a client holding it gets 304, and any change to the plan makes a new document.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class DocumentCacheTest {

  static final String MEASURES = "/api/v1/agencies/{a}/reports/2568/measures?format=pdf";

  @Test
  void theSamePdfKeepsItsETagAnswers304AndAChangedPlanIsRenderedAnew() throws Exception {
    String agency = ReportFixtures.agency("CCH", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get("/api/v1/agencies/{a}/reports/2568/measures", agency)
                    .then()
                    .statusCode(200)
                    .body("result", notNullValue())
                    .body("plan", notNullValue()));

    Response first = pdf(agency, null);
    Response second = pdf(agency, null);
    first.then().statusCode(200).header("Cache-Control", "private, no-cache");
    String etag = first.header("ETag");
    assertThat(etag).matches("\"[0-9a-f]{64}\"");
    assertThat(second.header("ETag")).isEqualTo(etag);
    assertThat(second.asByteArray()).isEqualTo(first.asByteArray());

    Response unchanged = pdf(agency, etag);
    unchanged.then().statusCode(304);
    assertThat(unchanged.asByteArray()).isEmpty();
    assertThat(unchanged.header("ETag")).isEqualTo(etag);

    Response anew =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .header("Cache-Control", "no-cache")
            .get(MEASURES, agency);
    anew.then().statusCode(200);
    assertThat(anew.header("ETag")).isEqualTo(etag);

    ObjectNode renamed = ReportFixtures.planAt(plan, "PUBLISHED", 4);
    renamed.put("titleTh", "มาตรการส่งเสริมคุณธรรม ฉบับปรับปรุง");
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", renamed);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> pdf(agency, etag).then().statusCode(200));
    Response changed = pdf(agency, etag);
    assertThat(changed.header("ETag")).isNotEqualTo(etag);
    try (PDDocument doc = Loader.loadPDF(changed.asByteArray())) {
      assertThat(PdfText.squash(new PDFTextStripper().getText(doc)))
          .contains(PdfText.squash("มาตรการส่งเสริมคุณธรรม ฉบับปรับปรุง"));
    }
  }

  private static Response pdf(String agency, String ifNoneMatch) {
    var request = given().auth().oauth2(TestTokens.viewer());
    if (ifNoneMatch != null) {
      request = request.header("If-None-Match", ifNoneMatch);
    }
    return request.get(MEASURES, agency);
  }
}
