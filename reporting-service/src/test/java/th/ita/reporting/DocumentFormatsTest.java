package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Seed 001's result and plan, sent as events, rendered as documents: the measures document in every
 * format and both layouts, the progress report, the analysis report, and the dashboard export job.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class DocumentFormatsTest {

  static final String MEASURES = "/api/v1/agencies/{a}/reports/2568/measures";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final List<String> HEADINGS =
      List.of(
          "ส่วนที่ 1 ผลการประเมิน",
          "ส่วนที่ 2 การวิเคราะห์ผลการประเมิน",
          "ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
          "ส่วนที่ 4 ข้อจำกัดในการประเมิน");

  static String agency;
  static ObjectNode plan;

  /** Once per class, inside the running application (a @BeforeAll runs before it listens). */
  static synchronized void seed001() {
    if (agency != null) {
      return;
    }
    agency = ReportFixtures.agency("FMT", "MFA");
    plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
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
                    .get(MEASURES, agency)
                    .then()
                    .statusCode(200)
                    .body("result", notNullValue())
                    .body("plan", notNullValue()));
  }

  byte[] get(String query, String accept) {
    seed001();
    var request = given().auth().oauth2(TestTokens.viewer());
    if (accept != null) {
      request = request.accept(accept);
    }
    return request.get(MEASURES + query, agency).then().statusCode(200).extract().asByteArray();
  }

  @Test
  void theMeasuresDocumentAsPdfHasTheSeedsPartsMeasuresAndScore() throws Exception {
    seed001();
    Response response =
        given().auth().oauth2(TestTokens.viewer()).get(MEASURES + "?format=pdf", agency);
    response.then().statusCode(200).contentType("application/pdf");
    assertThat(response.header("Content-Disposition"))
        .contains("attachment", "measures-" + agency + "-2568.pdf");
    byte[] pdf = response.asByteArray();
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "measures-seed001.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfText.squash(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains(
              PdfText.squash("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568"),
              "69.80",
              PdfText.squash("ต้องปรับปรุงโดยด่วน"),
              PdfText.squash("ประเด็นที่ 7"));
      HEADINGS.forEach(h -> assertThat(text).contains(PdfText.squash(h)));
      ReportFixtures.titles(plan).forEach(t -> assertThat(text).contains(PdfText.squash(t)));
    }
  }

  @Test
  void docxAndXlsxCarryTheSameAndCsvStartsWithTheBom() throws Exception {
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(get("?format=docx", null)));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = PdfText.squash(extractor.getText());
      assertThat(text).contains("69.80");
      HEADINGS.forEach(h -> assertThat(text).contains(PdfText.squash(h)));
      ReportFixtures.titles(plan).forEach(t -> assertThat(text).contains(PdfText.squash(t)));
    }
    try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(get("", XLSX)))) {
      StringBuilder all = new StringBuilder();
      for (Sheet sheet : xlsx) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            all.append(cell.toString()).append(' ');
          }
        }
      }
      String text = PdfText.squash(all.toString());
      ReportFixtures.titles(plan).forEach(t -> assertThat(text).contains(PdfText.squash(t)));
      assertThat(text).contains("o34");
    }
    byte[] csv = get("?format=csv", null);
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    assertThat(new String(csv, StandardCharsets.UTF_8)).contains("IIT");
  }

  @Test
  void englishAndNegotiation() {
    seed001();
    Response html =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .accept("text/html")
            .get(MEASURES + "?lang=en", agency);
    html.then().statusCode(200).contentType("text/html");
    assertThat(html.header("Content-Disposition")).startsWith("inline");
    assertThat(html.asString())
        .contains(
            // The plan's own English title, as the agency gave it.
            "Measures to promote integrity and transparency within the agency, FY2568",
            "Part 1 Assessment results (ITA), FY2024",
            "Part 3",
            "Part 4",
            "69.80")
        .doesNotContain("ส่วนที่ 1");
    Response thai =
        given().auth().oauth2(TestTokens.viewer()).accept("text/html").get(MEASURES, agency);
    assertThat(thai.asString()).contains("ปีงบประมาณ พ.ศ. 2568", "ปีงบประมาณ พ.ศ. 2567");

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .accept("application/pdf")
        .get(MEASURES, agency)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES, agency)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("result.overall.score", equalTo(69.80f));
    // The format parameter wins over Accept.
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .accept("application/pdf")
        .get(MEASURES + "?format=json", agency)
        .then()
        .statusCode(200)
        .contentType("application/json");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .accept("image/png")
        .get(MEASURES, agency)
        .then()
        .statusCode(406);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + "?format=bogus", agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + "?format=pdf&lang=fr", agency)
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + "?format=pdf&layout=circles", agency)
        .then()
        .statusCode(400);
  }

  @Test
  void aFilePathNamesTheFormatWhateverTheAcceptHeaderSays() throws Exception {
    seed001();
    // Generated clients send every media type they know in Accept; the path decides.
    Response response =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .accept("application/json, application/pdf")
            .get(MEASURES + ".pdf", agency);
    response.then().statusCode(200).contentType("application/pdf");
    assertThat(response.header("Content-Disposition")).contains("measures-" + agency + "-2568.pdf");
    try (PDDocument doc = Loader.loadPDF(response.asByteArray())) {
      assertThat(PdfText.squash(new PDFTextStripper().getText(doc))).contains("69.80");
    }
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + ".xlsx?lang=en", agency)
        .then()
        .statusCode(200)
        .contentType(XLSX);
    // JSON is the data operation's, not a file; an unknown extension names the format.
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + ".json", agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("format"));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + ".png", agency)
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2567.csv")
        .then()
        .statusCode(200)
        .contentType("text/csv");
  }

  @Test
  void theTiersLayoutHasAQuarterTimeline() throws Exception {
    byte[] pdf = get("?format=pdf&layout=tiers", null);
    Files.write(Path.of("target", "measures-seed001-tiers.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfText.squash(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains(
              PdfText.squash("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"),
              PdfText.squash("ไตรมาสที่ 1"),
              PdfText.squash("ไตรมาสที่ 4"),
              "■",
              PdfText.squash("แนวทางการกำกับติดตาม"));
      ReportFixtures.titles(plan).forEach(t -> assertThat(text).contains(PdfText.squash(t)));
    }
  }

  @Test
  void theProgressReportShowsTheStatuses() throws Exception {
    String own = ReportFixtures.agency("PRG", "MFA");
    ObjectNode p = ReportFixtures.plan(own, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, own, "PlanPublished", p);
    ObjectNode measure = ReportFixtures.measure(p, 0);
    ObjectNode q1 = (ObjectNode) measure.get("milestones").get(0);
    q1.put("status", "DONE").put("completedOn", "2024-12-20").put("version", 1);
    measure.put("status", "IN_PROGRESS").put("version", 3);
    ReportFixtures.send(
        Topics.MEASURES,
        own,
        "MilestoneStatusChanged",
        ReportFixtures.measureEvent(
            measure,
            "PLANNED",
            "DONE",
            UUID.fromString(q1.get("id").asText()),
            "2024-12-20T04:00:00Z"));
    // Then a meeting is recorded as evidence (measure events carry the whole measure, so the DONE
    // milestone stays).
    ObjectNode meeting =
        ReportFixtures.evidence(measure, 0, "2024-11-20", "20 พ.ย. 2567", "ประชุมชี้แจงมาตรการ");
    ((ArrayNode) measure.get("evidence")).add(meeting);
    measure.put("version", 4);
    ReportFixtures.send(
        Topics.MEASURES, own, "EvidenceRecorded", ReportFixtures.evidenceEvent(measure, meeting));
    String path = "/api/v1/agencies/{a}/reports/2568/progress";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(own))
                    .get(path + "?period=half", own)
                    .then()
                    .statusCode(200)
                    .body("asOf", equalTo("2025-03-31"))
                    .body("measures[0].status", equalTo("IN_PROGRESS"))
                    .body("measures[0].evidence", Matchers.hasSize(1)));
    Response response =
        given().auth().oauth2(TestTokens.officer(own)).get(path + "?period=half&format=pdf", own);
    response.then().statusCode(200).contentType("application/pdf");
    assertThat(response.header("Content-Disposition"))
        .contains("progress-" + own + "-2568-half.pdf");
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "progress-half.pdf"), response.asByteArray());
    try (PDDocument doc = Loader.loadPDF(response.asByteArray())) {
      String text = PdfText.squash(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains(
              PdfText.squash(
                  "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"),
              PdfText.squash("รอบ 6 เดือน (1 ตุลาคม 2567 – 31 มีนาคม 2568)"),
              PdfText.squash("อยู่ระหว่างดำเนินการ"),
              PdfText.squash("ยังไม่เริ่มดำเนินการ"),
              PdfText.squash("20 ธันวาคม 2567"),
              PdfText.squash("เลยกำหนด"),
              PdfText.squash("หลักฐานการดำเนินการของมาตรการที่ 1"),
              PdfText.squash("ประชุมชี้แจงมาตรการ"),
              PdfText.squash("20 พฤศจิกายน 2567 09.30–11.00 น."));
    }
    given()
        .auth()
        .oauth2(TestTokens.officer(own))
        .get(path + "?period=quarterly", own)
        .then()
        .statusCode(400);
  }

  @Test
  void theAnalysisReport() throws Exception {
    seed001();
    String path = "/api/v1/agencies/{a}/reports/2567/analysis";
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(path, agency)
        .then()
        .statusCode(200)
        .body("result.overall.score", equalTo(69.80f))
        .body("fiscalYear", equalTo(2567));
    byte[] pdf =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get(path + "?format=pdf", agency)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    Files.write(Path.of("target", "analysis-seed001.pdf"), pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = PdfText.squash(new PDFTextStripper().getText(doc));
      assertThat(text)
          .contains(
              "69.80",
              PdfText.squash("ตัวชี้วัดที่ได้คะแนนสูงสุดและต่ำสุดในแต่ละแบบวัด"),
              PdfText.squash("ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"),
              "-15.20");
    }
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/reports/2566/analysis", agency)
        .then()
        .statusCode(404);
  }

  @Test
  void anAnonymousCallerGetsNoDraftPdf() {
    String draft = ReportFixtures.agency("DRF", "MFA");
    ReportFixtures.send(
        Topics.PLANS, draft, "PlanApproved", ReportFixtures.plan(draft, "APPROVED", 2));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(draft))
                    .get(MEASURES, draft)
                    .then()
                    .statusCode(200)
                    .body("published", equalTo(false)));
    given().get(MEASURES + "?format=pdf", draft).then().statusCode(401);
    // A draft is not the viewer's to see: the same 404 as no document at all.
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(MEASURES + "?format=pdf", draft)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.officer(draft))
        .get(MEASURES + "?format=pdf", draft)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
    // The file path goes through the same checks, another agency's officer included.
    given().get(MEASURES + ".pdf", draft).then().statusCode(401);
    given().auth().oauth2(TestTokens.viewer()).get(MEASURES + ".pdf", draft).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.officer("DITP"))
        .get(MEASURES + ".pdf", draft)
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.officer(draft))
        .get(MEASURES + ".pdf", draft)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
  }

  @Test
  void theNationalDashboardExportIsAJob() throws Exception {
    Response queued =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .post("/api/v1/dashboards/2567/exports?format=xlsx");
    queued.then().statusCode(202).body("state", equalTo("QUEUED")).body("format", equalTo("xlsx"));
    String id = queued.path("id");
    assertThat(queued.header("Location")).endsWith("/api/v1/report-jobs/" + id);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get("/api/v1/report-jobs/{id}", id)
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("DONE"))
                    .body("progress", equalTo(100))
                    .body("file", equalTo("/api/v1/report-jobs/" + id + "/file")));
    Response file =
        given().auth().oauth2(TestTokens.viewer()).get("/api/v1/report-jobs/{id}/file", id);
    file.then().statusCode(200).contentType(XLSX);
    assertThat(file.header("Content-Disposition")).contains("dashboard-2567.xlsx");
    // The job's workbook is the dashboard rendered while the caller waits: the same sheets, row for
    // row.
    byte[] direct =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/dashboards/2567?format=xlsx&measures=1000")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(sheets(file.asByteArray())).isEqualTo(sheets(direct));
    // Someone else's job is not theirs to see; an admin may.
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/report-jobs/{id}/file", id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/report-jobs/{id}/file", id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .post("/api/v1/dashboards/2567/exports?format=json")
        .then()
        .statusCode(400);
  }

  @Test
  void dashboardsRenderAndFontsAreServed() {
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2567?format=html&ministry=MFA")
        .then()
        .statusCode(200)
        .contentType("text/html");
    given().get("/fonts/Sarabun-Regular.ttf").then().statusCode(200).contentType("font/ttf");
    given().get("/fonts/../application.properties").then().statusCode(404);
    given().get("/fonts/secret.ttf").then().statusCode(404);
  }

  /** Each sheet's name and rows, as "name: rows". */
  private static List<String> sheets(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      List<String> sheets = new ArrayList<>();
      workbook.forEach(
          sheet -> sheets.add(sheet.getSheetName() + ": " + sheet.getPhysicalNumberOfRows()));
      return sheets;
    }
  }
}
