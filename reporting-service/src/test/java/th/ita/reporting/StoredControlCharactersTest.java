package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Text stored before the API refused control characters (here a measure title with the vertical tab
 * Word pastes as a soft line break) never fails a document: the agency's own documents and the
 * national dashboard render in every format, with the character shown as a space.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class StoredControlCharactersTest {

  private static final String PASTED = "การจัดทำคู่มือ\u000Bแนวทางการปฏิบัติงาน\u0007";
  private static final String SHOWN = "การจัดทำคู่มือ แนวทางการปฏิบัติงาน";

  @Test
  void anAgencysPastedControlCharacterBreaksNoDocument() throws Exception {
    String agency = ReportFixtures.agency("PASTED", "CTRL");
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ((ObjectNode) plan.get("measures").get(0)).put("titleTh", PASTED);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
    String measures = "/api/v1/agencies/{a}/reports/2568/measures";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get(measures, agency)
                    .then()
                    .statusCode(200)
                    // the result and the plan come on topics of their own
                    .body("result", notNullValue())
                    .body("plan", notNullValue()));

    assertThat(pdfText(measures + "?format=pdf", agency)).contains(PdfText.squash(SHOWN));
    assertThat(pdfText("/api/v1/agencies/{a}/reports/2568/progress?format=pdf", agency))
        .contains(PdfText.squash(SHOWN));
    assertThat(pdfText("/api/v1/dashboards/2568?format=pdf")).contains(PdfText.squash(agency));
    assertThat(pdfText("/api/v1/dashboards/2568?format=pdf&ministry=CTRL"))
        .contains(PdfText.squash(agency));

    byte[] docx = bytes(measures + "?format=docx", agency);
    try (XWPFWordExtractor text =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      assertThat(text.getText()).contains(SHOWN).doesNotContain("\u000B");
    }
    byte[] xlsx = bytes(measures + "?format=xlsx", agency);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter cells = new DataFormatter();
      List<String> texts = new ArrayList<>();
      workbook.forEach(
          sheet ->
              sheet.forEach(row -> row.forEach(cell -> texts.add(cells.formatCellValue(cell)))));
      assertThat(texts).anyMatch(t -> t.contains(SHOWN)).noneMatch(t -> t.contains("\u000B"));
    }
  }

  private static byte[] bytes(String path, Object... pathParams) {
    return given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(path, pathParams)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  private static String pdfText(String path, Object... pathParams) throws Exception {
    try (PDDocument doc = Loader.loadPDF(bytes(path, pathParams))) {
      return PdfText.squash(new PDFTextStripper().getText(doc));
    }
  }
}
