package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.time.ClockProducer;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Where an agency published its measures (OIT o34) and the reports on them (o35): its officers and
 * head record it with If-Match, every role reads it, a bad address or day is a 400 naming the field
 * and changes nothing; the documents print it under their sign-off; the dashboard lists the
 * agencies that have not disclosed.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class DisclosuresTest {

  private static final String DISCLOSURES = "/api/v1/agencies/{a}/disclosures/{y}";
  private static final String MEASURES_URL = "https://www.example.go.th/ita/2568/measures.pdf";
  private static final String HALF_URL = "https://www.example.go.th/ita/2568/progress-6m.pdf";

  private static String body(String... documents) {
    return "{\"documents\": [" + String.join(",", documents) + "]}";
  }

  private static String document(String kind, String url, String on) {
    return "{\"kind\": \""
        + kind
        + "\", \"url\": \""
        + url
        + "\", \"publishedOn\": \""
        + on
        + "\"}";
  }

  private static Response put(String token, String agency, int year, String ifMatch, String json) {
    var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(json);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return request.put(DISCLOSURES, agency, year);
  }

  @Test
  void theAgencysOfficersAndHeadRecordItAndEveryRoleReadsIt() {
    String agency = ReportFixtures.agency("DISC", "MFA");
    for (String token :
        new String[] {TestTokens.viewer(), TestTokens.assessor(), TestTokens.officer("ELSE")}) {
      given()
          .auth()
          .oauth2(token)
          .get(DISCLOSURES, agency, 2568)
          .then()
          .statusCode(200)
          .header("ETag", "\"-1\"")
          .body("agencyCode", equalTo(agency))
          .body("fiscalYear", equalTo(2568))
          .body("documents", empty())
          .body("none", equalTo(true));
    }

    put(
            TestTokens.officer(agency),
            agency,
            2568,
            "\"-1\"",
            body(
                document("PROGRESS_HALF", HALF_URL, "2025-04-30"),
                document("MEASURES", MEASURES_URL, "2024-10-06")))
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("documents.kind", contains("MEASURES", "PROGRESS_HALF"))
        .body("documents.oitItem", contains("o34", "o35"))
        .body(
            "documents.oitItemTh",
            contains(
                "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"))
        .body("documents.url", contains(MEASURES_URL, HALF_URL))
        .body("documents.publishedOn", contains("2024-10-06", "2025-04-30"))
        .body("none", equalTo(false))
        .body("updatedBy", equalTo("test-officer-" + agency.toLowerCase(Locale.ROOT)));

    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .get(DISCLOSURES, agency.toLowerCase(Locale.ROOT), 2568)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("documents.url", contains(MEASURES_URL, HALF_URL));

    // Another agency's officer, a viewer and an assessor record nothing.
    for (String token :
        new String[] {TestTokens.officer("ELSE"), TestTokens.viewer(), TestTokens.assessor()}) {
      put(token, agency, 2568, "\"0\"", body())
          .then()
          .statusCode(403)
          .contentType("application/problem+json")
          .body("type", equalTo("/problems/forbidden"));
    }
    // The head of the agency does; a stale or missing If-Match does not.
    put(TestTokens.head(agency), agency, 2568, "\"-1\"", body()).then().statusCode(412);
    put(TestTokens.head(agency), agency, 2568, null, body()).then().statusCode(428);
    put(
            TestTokens.head(agency),
            agency,
            2568,
            "\"0\"",
            body(document("MEASURES", MEASURES_URL, "2024-10-06")))
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("documents.kind", contains("MEASURES"));

    // An unknown agency is a 404 for those who may record; its year of FY2566 names O42.
    put(TestTokens.admin(), "NO-SUCH-AGENCY", 2568, "\"-1\"", body())
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/not-found"));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(DISCLOSURES, "NO-SUCH-AGENCY", 2568)
        .then()
        .statusCode(404);
    put(
            TestTokens.admin(),
            agency,
            2567,
            "\"-1\"",
            body(document("MEASURES", "http://www.example.go.th/2567", "2023-11-01")))
        .then()
        .statusCode(200)
        .body("documents.oitItem", contains("o34"));
    put(
            TestTokens.admin(),
            agency,
            2566,
            "\"-1\"",
            body(document("PROGRESS_ANNUAL", "https://www.example.go.th/2566", "2023-09-29")))
        .then()
        .statusCode(200)
        .body("documents.oitItem", contains("O43"));
  }

  @Test
  void aBadAddressOrDayIsA400NamingItsFieldAndChangesNothing() {
    String agency = ReportFixtures.agency("DISCBAD", "MFA");
    put(
            TestTokens.officer(agency),
            agency,
            2568,
            "\"-1\"",
            body(document("MEASURES", MEASURES_URL, "2024-10-06")))
        .then()
        .statusCode(200);
    LocalDate tomorrow = LocalDate.now(ClockProducer.BANGKOK).plusDays(1);
    put(
            TestTokens.officer(agency),
            agency,
            2568,
            "\"0\"",
            body(
                document("MEASURES", "ftp://www.example.go.th/m.pdf", "2024-10-06"),
                document("PROGRESS_HALF", "javascript:alert(1)", tomorrow.toString()),
                document("PROGRESS_HALF", "https:///no-host", "2020-01-01")))
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body(
            "errors.field",
            containsInAnyOrder(
                "documents[0].url",
                "documents[1].url",
                "documents[1].publishedOn",
                "documents[2].kind",
                "documents[2].url",
                "documents[2].publishedOn"))
        .body("errors.find { it.field == 'documents[2].kind' }.message", equalTo("is given twice"))
        .body(
            "errors.find { it.field == 'documents[1].publishedOn' }.message",
            equalTo("must not be after today in Bangkok (" + tomorrow.minusDays(1) + ")"))
        .body(
            "errors.find { it.field == 'documents[2].publishedOn' }.message",
            equalTo("must not be before 2023-10-01, a year before FY2568 starts"));
    put(
            TestTokens.officer(agency),
            agency,
            2568,
            "\"0\"",
            body(
                document("SOMETHING", "https://user:secret@www.example.go.th/", "2024-10-06"),
                "{\"kind\": \"PROGRESS_ANNUAL\"}"))
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            containsInAnyOrder(
                "documents[0].kind",
                "documents[0].url",
                "documents[1].url",
                "documents[1].publishedOn"))
        .body(
            "errors.find { it.field == 'documents[0].kind' }.message",
            equalTo("must be one of MEASURES, PROGRESS_HALF, PROGRESS_ANNUAL"));
    String four = document("MEASURES", MEASURES_URL, "2024-10-06");
    put(TestTokens.officer(agency), agency, 2568, "\"0\"", body(four, four, four, four))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("documents"));
    put(
            TestTokens.officer(agency),
            agency,
            2568,
            "\"0\"",
            body(document("MEASURES", "https://www.example.go.th/a b", "2024-10-06")))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("documents[0].url"))
        .body("errors[0].message", equalTo("must not contain spaces or control characters"));
    put(TestTokens.officer(agency), agency, 2568, "\"0\"", "{}")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("documents"));
    // Nothing changed.
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get(DISCLOSURES, agency, 2568)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("documents.url", contains(MEASURES_URL));
  }

  @Test
  void theDocumentsPrintWhereTheyWerePublished() throws Exception {
    String agency = ReportFixtures.agency("DISCDOC", "MFA");
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanPublished", ReportFixtures.plan(agency, "PUBLISHED", 3));
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
                    .body("published", equalTo(true))
                    .body("disclosures", empty()));
    put(
            TestTokens.officer(agency),
            agency,
            2568,
            "\"-1\"",
            body(
                document("MEASURES", MEASURES_URL, "2024-10-06"),
                document("PROGRESS_HALF", HALF_URL, "2025-04-30")))
        .then()
        .statusCode(200);

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/reports/2568/measures", agency)
        .then()
        .statusCode(200)
        .body("disclosures.kind", contains("MEASURES", "PROGRESS_HALF"))
        .body("disclosures[0].oitItem", equalTo("o34"));
    String measures =
        pdfText(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/{a}/reports/2568/measures.pdf", agency)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(measures)
        .contains(
            squash(
                "เผยแพร่บนเว็บไซต์ของหน่วยงาน: "
                    + MEASURES_URL
                    + " เมื่อวันที่ 6 ตุลาคม พ.ศ. 2567 (OIT ข้อ o34"
                    + " มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)"))
        .doesNotContain(squash(HALF_URL));
    String half =
        pdfText(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/{a}/reports/2568/progress.pdf?period=half", agency)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(half)
        .contains(
            squash(
                "เผยแพร่บนเว็บไซต์ของหน่วยงาน: "
                    + HALF_URL
                    + " เมื่อวันที่ 30 เมษายน พ.ศ. 2568 (OIT ข้อ o35"
                    + " รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)"))
        .doesNotContain(squash(MEASURES_URL));
    // The annual report was not published yet: it prints no line.
    String annual =
        pdfText(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/{a}/reports/2568/progress.pdf?period=annual", agency)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
    assertThat(annual).doesNotContain(squash("เผยแพร่บนเว็บไซต์ของหน่วยงาน"));
  }

  @Test
  void theDashboardListsTheAgenciesThatHaveNotDisclosed() throws Exception {
    String ministry = "MD" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
    String both = ReportFixtures.agency("DBOTH", ministry);
    String measuresOnly = ReportFixtures.agency("DMEAS", ministry);
    String none = ReportFixtures.agency("DNONE", ministry);
    put(
            TestTokens.officer(both),
            both,
            2568,
            "\"-1\"",
            body(
                document("MEASURES", MEASURES_URL, "2024-10-06"),
                document("PROGRESS_ANNUAL", HALF_URL, "2024-12-30")))
        .then()
        .statusCode(200);
    put(
            TestTokens.officer(measuresOnly),
            measuresOnly,
            2568,
            "\"-1\"",
            body(document("MEASURES", MEASURES_URL, "2024-10-07")))
        .then()
        .statusCode(200);

    String[] notDisclosed = {measuresOnly, none};
    Arrays.sort(notDisclosed);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2568/disclosures?ministry={m}", ministry.toLowerCase(Locale.ROOT))
        .then()
        .statusCode(200)
        .body("fiscalYear", equalTo(2568))
        .body("ministryCode", equalTo(ministry))
        .body("measuresItem", equalTo("o34"))
        .body("progressItem", equalTo("o35"))
        .body("agencies", equalTo(3))
        .body("disclosed", equalTo(1))
        .body("notDisclosed.agencyCode", contains(notDisclosed))
        .body(
            "notDisclosed.find { it.agencyCode == '" + measuresOnly + "' }.missingItems",
            contains("o35"))
        .body(
            "notDisclosed.find { it.agencyCode == '" + measuresOnly + "' }.measuresPublishedOn",
            equalTo("2024-10-07"))
        .body(
            "notDisclosed.find { it.agencyCode == '" + none + "' }.missingItems",
            contains("o34", "o35"))
        .body("notDisclosed.find { it.agencyCode == '" + none + "' }.planStatus", nullValue());

    String csv =
        new String(
            given()
                .auth()
                .oauth2(TestTokens.assessor())
                .get("/api/v1/dashboards/2568/disclosures?ministry={m}&format=csv", ministry)
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .extract()
                .asByteArray(),
            StandardCharsets.UTF_8);
    assertThat(csv.lines().toList())
        .hasSize(3)
        .element(0)
        .asString()
        .endsWith("ลำดับ,รหัส,หน่วยงาน,กระทรวง,สถานะมาตรการ,มาตรการ (o34),รายงานผล (o35)");
    assertThat(csv)
        .contains(
            measuresOnly
                + ",กรมทดสอบ "
                + measuresOnly
                + ","
                + ministry
                + ",ยังไม่มีมาตรการในระบบ,7 ตุลาคม 2567,ยังไม่เผยแพร่",
            none
                + ",กรมทดสอบ "
                + none
                + ","
                + ministry
                + ",ยังไม่มีมาตรการในระบบ,ยังไม่เผยแพร่,ยังไม่เผยแพร่")
        .doesNotContain(both);
    given()
        .auth()
        .oauth2(TestTokens.officer(both))
        .get("/api/v1/dashboards/2568/disclosures?ministry={m}&format=xlsx", ministry)
        .then()
        .statusCode(200);
    byte[] pdf =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .accept("application/pdf")
            .get("/api/v1/dashboards/2568/disclosures?ministry={m}", ministry)
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .extract()
            .asByteArray();
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "disclosure-dashboard.pdf"), pdf);
    assertThat(pdfText(pdf))
        .contains(
            squash("หน่วยงานที่ยังไม่เผยแพร่มาตรการหรือรายงานผลการดำเนินการบนเว็บไซต์ของหน่วยงาน"),
            squash("เผยแพร่ครบแล้ว 1"),
            squash("ยังไม่เผยแพร่ 2"),
            none)
        .doesNotContain(both);
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return squash(new PDFTextStripper().getText(d));
    }
  }
}
