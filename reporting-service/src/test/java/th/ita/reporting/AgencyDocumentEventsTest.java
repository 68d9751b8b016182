package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * The head of the agency's approval, as measures-service sends it in PlanApproved and
 * PlanPublished, is kept in the read model and signs the measures document and the progress report;
 * an agency's own front matter, set in its report settings, opens its measures document. Real
 * events through Kafka, real PostgreSQL.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class AgencyDocumentEventsTest {

  private static final String SETTINGS = "/api/v1/agencies/{a}/report-settings";

  @Inject AgroalDataSource database;

  @Test
  void theApprovalIsKeptAndSignsTheDocuments() throws Exception {
    String agency = ReportFixtures.agency("SIGN", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    plan.put("publishedOn", "2024-10-06");
    plan.putObject("approval")
        .put("approverNameTh", "นายทดสอบ ระบบดี")
        .put("approverPositionTh", "อธิบดีกรมอาเซียน")
        .put("approvedOn", "2024-10-05")
        .put("recordedBy", "head-" + agency.toLowerCase());
    assertThat(ReportFixtures.violations(ReportFixtures.PLAN_SCHEMA, plan)).isEmpty();
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                MeasuresDocumentTest.document(TestTokens.viewer(), agency, 2568)
                    .statusCode(200)
                    .body("result", notNullValue())
                    .body("plan.approval.approverNameTh", equalTo("นายทดสอบ ระบบดี")));
    MeasuresDocumentTest.document(TestTokens.viewer(), agency, 2568)
        .body("plan.approval.approverPositionTh", equalTo("อธิบดีกรมอาเซียน"))
        .body("plan.approval.approvedOn", equalTo("2024-10-05"))
        .body("plan.publishedOn", equalTo("2024-10-06"));
    assertThat(approvalRow(agency))
        .containsExactly(
            "นายทดสอบ ระบบดี", "อธิบดีกรมอาเซียน", "2024-10-05", "head-" + agency.toLowerCase());

    String pdf =
        pdfText(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/{a}/reports/2568/measures?format=pdf", agency)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(pdf)
        .endsWith(
            squash(
                "ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567 ลงชื่อ .................................................."
                    + " (นายทดสอบ ระบบดี) อธิบดีกรมอาเซียน วันที่ 5 ตุลาคม พ.ศ. 2567"));
    String progress =
        pdfText(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/{a}/reports/2568/progress?period=half&format=pdf", agency)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(progress)
        .contains(squash("ประกาศมาตรการ ณ วันที่ 6 ตุลาคม พ.ศ. 2567"))
        // The half-year report is signed as of 31 March, the day it reports on.
        .endsWith(squash("(นายทดสอบ ระบบดี) อธิบดีกรมอาเซียน วันที่ 31 มีนาคม พ.ศ. 2568"));

    // A plan event without an approval (one approved before approvers were recorded) clears it:
    // the document then has no sign-off block rather than an old one.
    ObjectNode unsigned = ReportFixtures.planAt(plan, "PUBLISHED", 4);
    unsigned.remove("approval");
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", unsigned);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                MeasuresDocumentTest.document(TestTokens.viewer(), agency, 2568)
                    .body("plan.version", equalTo(4))
                    .body("plan.approval", nullValue()));
    assertThat(approvalRow(agency)).containsExactly(null, null, null, null);
  }

  @Test
  void anAgencysFrontMatterOpensItsMeasuresDocument() throws Exception {
    String agency = ReportFixtures.agency("FRONT", "MFA");
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanPublished", ReportFixtures.plan(agency, "PUBLISHED", 3));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                MeasuresDocumentTest.document(TestTokens.viewer(), agency, 2568)
                    .statusCode(200)
                    .body("plan", notNullValue())
                    .body("frontMatter.background", nullValue()));

    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .contentType(ContentType.JSON)
            .header("If-Match", "\"-1\"")
            .body(
                """
                {"publicDocuments": false,
                 "backgroundTh": "{agency} จัดทำมาตรการตามมติคณะรัฐมนตรี สำหรับปีงบประมาณ พ.ศ. {fiscalYear}",
                 "objectivesTh": "เพื่อยกระดับผลการประเมินจากปี {assessmentYear}"}""")
            .put(SETTINGS, agency)
            .then()
            .statusCode(200)
            .body(
                "backgroundTh",
                equalTo(
                    "{agency} จัดทำมาตรการตามมติคณะรัฐมนตรี สำหรับปีงบประมาณ พ.ศ. {fiscalYear}"))
            .body("toolsTh", nullValue())
            .extract()
            .header("ETag");
    String name = "กรมทดสอบ " + agency;
    String pdf = measuresPdf(agency);
    assertThat(pdf)
        .contains(
            squash(name + " จัดทำมาตรการตามมติคณะรัฐมนตรี สำหรับปีงบประมาณ พ.ศ. 2568"),
            squash("เพื่อยกระดับผลการประเมินจากปี 2567"),
            // Left unset: the standard text.
            squash("(Internal Integrity and Transparency Assessment: IIT)"))
        .doesNotContain(squash("4 มกราคม 2565"));

    // A client that knows only publicDocuments leaves the texts as they are; "" restores one.
    etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .contentType(ContentType.JSON)
            .header("If-Match", etag)
            .body("{\"publicDocuments\": true}")
            .put(SETTINGS, agency)
            .then()
            .statusCode(200)
            .body("objectivesTh", equalTo("เพื่อยกระดับผลการประเมินจากปี {assessmentYear}"))
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body("{\"publicDocuments\": true, \"backgroundTh\": \"\"}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(200)
        .body("backgroundTh", nullValue())
        .body("objectivesTh", equalTo("เพื่อยกระดับผลการประเมินจากปี {assessmentYear}"));
    assertThat(measuresPdf(agency)).contains(squash("4 มกราคม 2565"));

    // Too long is a 400 naming the field, and nothing changes.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"2\"")
        .body("{\"publicDocuments\": true, \"toolsTh\": \"" + "ก".repeat(20001) + "\"}")
        .put(SETTINGS, agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("toolsTh"));
  }

  private String measuresPdf(String agency) throws Exception {
    return pdfText(
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/reports/2568/measures?format=pdf", agency)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray());
  }

  private List<String> approvalRow(String agency) throws Exception {
    try (Connection c = database.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT approver_name_th, approver_position_th, approved_on::text,"
                    + " approval_recorded_by FROM report_plan WHERE agency_code = ?"
                    + " AND fiscal_year = 2568")) {
      s.setString(1, agency);
      try (ResultSet rs = s.executeQuery()) {
        assertThat(rs.next()).isTrue();
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
          row.add(rs.getString(i));
        }
        return row;
      }
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return squash(new PDFTextStripper().getText(doc));
    }
  }
}
