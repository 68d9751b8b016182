package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.common.TopicPartition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import th.ita.assessment.ImportFiles.TemplateRow;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** Bulk import: good agencies load, bad ones are reported by line and leave nothing behind. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class ImportResourceTest {

  private static final String CSV = "text/csv";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static Response post(byte[] file, String type, String query) {
    return given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(type)
        .body(file)
        .post("/api/v1/imports?fiscalYear=2567" + query);
  }

  /** Posts a file as a new import (202) and waits for the job to end: the job as it ended. */
  private static JsonPath imported(byte[] file, String type, String query) {
    return awaitDone(
        post(file, type, query).then().statusCode(202).extract().jsonPath().getString("id"));
  }

  private static JsonPath awaitDone(String id) {
    JsonPath[] job = new JsonPath[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              job[0] =
                  given()
                      .auth()
                      .oauth2(TestTokens.assessor())
                      .get("/api/v1/imports/{id}", id)
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return List.of("DONE", "FAILED").contains(job[0].getString("state"));
            });
    return job[0];
  }

  private static int lineOf(List<List<String>> rows, String agency, String question, String part) {
    for (int i = 0; i < rows.size(); i++) {
      List<String> r = rows.get(i);
      if (r.get(0).equals(agency) && r.get(8).equals(question) && r.get(9).equals(part)) {
        return i + 2; // the header is line 1
      }
    }
    throw new IllegalArgumentException(agency + " " + question);
  }

  @Test
  void goodAgenciesLoadAndBadOnesAreReportedByLineWithNothingPartial() {
    List<TemplateRow> template = ImportFiles.template(2567);
    List<List<String>> rows = new ArrayList<>();
    rows.addAll(
        ImportFiles.agencyRows("IMP-GOOD1", "DEPARTMENT", template, ImportFiles::typicalScore));
    rows.addAll(
        ImportFiles.agencyRows("IMP-GOOD2", "PROVINCE", template, ImportFiles::typicalScore));
    rows.addAll(
        ImportFiles.agencyRows(
            "IMP-BAD1",
            "DEPARTMENT",
            template,
            (q, p) ->
                q.equals("i2") ? "abc" : q.equals("i5") ? "101" : ImportFiles.typicalScore(q, p)));
    rows.addAll(
        ImportFiles.agencyRows("IMP-BAD2", "MINISTRYX", template, ImportFiles::typicalScore));
    List<List<String>> bad3 =
        ImportFiles.agencyRows("IMP-BAD3", "DEPARTMENT", template, ImportFiles::typicalScore);
    bad3.removeIf(r -> r.get(8).equals("i3"));
    rows.addAll(bad3);
    // Agencies' rows interleave in real files; grouping must not depend on order.
    Collections.shuffle(rows, new Random(2567));
    byte[] file = ImportFiles.csv(rows);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);

    var response =
        post(file, CSV, "&publish=true&createAgencies=true&fileName=mixed.csv")
            .then()
            .statusCode(202)
            .extract();
    String id = response.jsonPath().getString("id");
    assertThat(response.header("Location")).endsWith("/api/v1/imports/" + id);
    assertThat(response.jsonPath().getInt("rowsTotal")).isEqualTo(rows.size());
    assertThat(response.jsonPath().getInt("agenciesTotal")).isEqualTo(5);

    JsonPath job = awaitDone(id);
    assertThat(job.getString("state")).isEqualTo("DONE");
    assertThat(job.getInt("rowsDone")).isEqualTo(rows.size());
    assertThat(job.getInt("agenciesLoaded")).isEqualTo(2);
    assertThat(job.getInt("agenciesCreated")).isEqualTo(2);
    assertThat(job.getInt("agenciesRejected")).isEqualTo(3);

    List<Map<String, Object>> errors = job.getList("errors");
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("agencyCode", "IMP-BAD1")
                    .containsEntry("line", lineOf(rows, "IMP-BAD1", "i2", ""))
                    .containsEntry("field", "score")
                    .containsEntry("value", "abc"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("agencyCode", "IMP-BAD1")
                    .containsEntry("line", lineOf(rows, "IMP-BAD1", "i5", ""))
                    .containsEntry("field", "score")
                    .containsEntry("value", "101"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("agencyCode", "IMP-BAD2")
                    .containsEntry("field", "agency_type")
                    .containsEntry("value", "MINISTRYX"));
    assertThat(errors)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("agencyCode", "IMP-BAD3")
                    .containsEntry("field", "question")
                    .extracting(m -> (String) m.get("message"))
                    .asString()
                    .contains("i3"));
    assertThat(errors)
        .noneSatisfy(e -> assertThat((String) e.get("agencyCode")).startsWith("IMP-GOOD"));
    assertThat(
            given()
                .auth()
                .oauth2(TestTokens.assessor())
                .get("/api/v1/imports/{id}/errors?size=200", id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("totalItems"))
        .isEqualTo(job.getInt("errorCount"));

    // The good agencies are registered, scored and published.
    for (String good : List.of("IMP-GOOD1", "IMP-GOOD2")) {
      JsonPath result =
          given()
              .auth()
              .oauth2(TestTokens.viewer())
              .get("/api/v1/agencies/{a}/results/2567", good)
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(result.getString("status")).isEqualTo("PUBLISHED");
      // 0.30 × 90.50 (IIT) + 0.30 × 90.50 (EIT) + 0.40 × 100 (OIT)
      assertThat(new BigDecimal(result.getString("overall.score"))).isEqualByComparingTo("94.30");
    }
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/IMP-GOOD2")
        .then()
        .statusCode(200);
    // Nothing of a rejected agency exists: not in the registry, no result.
    for (String bad : List.of("IMP-BAD1", "IMP-BAD2", "IMP-BAD3")) {
      given()
          .auth()
          .oauth2(TestTokens.admin())
          .get("/api/v1/agencies/{a}", bad)
          .then()
          .statusCode(404);
    }
    // Each published agency is announced once through the outbox, and no rejected one.
    List<String> imported = List.of("IMP-GOOD1", "IMP-GOOD2", "IMP-BAD1", "IMP-BAD2", "IMP-BAD3");
    assertThat(SentEvents.since(mark, imported))
        .extracting(TestTopics.Event::key)
        .filteredOn(imported::contains)
        .containsExactlyInAnyOrder("IMP-GOOD1", "IMP-GOOD2");

    // The same file again is the same import.
    var again =
        post(file, CSV, "&publish=true&createAgencies=true&fileName=mixed.csv")
            .then()
            .statusCode(200)
            .extract();
    assertThat(again.jsonPath().getString("id")).isEqualTo(id);

    // The same data in another order is a new file, but changes no result.
    Collections.reverse(rows);
    JsonPath second = imported(ImportFiles.csv(rows), CSV, "&publish=true&createAgencies=true");
    assertThat(second.getInt("agenciesUnchanged")).isEqualTo(2);
    assertThat(second.getInt("agenciesLoaded")).isZero();
    assertThat(second.getInt("agenciesCreated")).isZero();
    assertThat(
            given()
                .auth()
                .oauth2(TestTokens.viewer())
                .get("/api/v1/agencies/IMP-GOOD1/results/2567/revisions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$"))
        .hasSize(1);
  }

  /**
   * An import reads the agencies' analysis settings once for each group of agencies; each event
   * still names its own agency's target and thresholds, or the framework's where it set none.
   */
  @Test
  void importedResultsAnnounceEachAgencysOwnTargetAndThresholds() throws Exception {
    String own = Fixtures.agency(Fixtures.newCode("IMP-OWN"));
    String none = Fixtures.agency(Fixtures.newCode("IMP-NONE"));
    given()
        .auth()
        .oauth2(TestTokens.officer(own))
        .contentType("application/json")
        .header("If-Match", "\"-1\"")
        .body("{\"target\": 95.00, \"keepAbove\": 98.00, \"urgentBelow\": 90.00}")
        .put("/api/v1/agencies/{a}/analysis-settings", own)
        .then()
        .statusCode(200);
    List<TemplateRow> template = ImportFiles.template(2567);
    List<List<String>> rows = new ArrayList<>();
    rows.addAll(ImportFiles.agencyRows(own, "DEPARTMENT", template, ImportFiles::typicalScore));
    rows.addAll(ImportFiles.agencyRows(none, "DEPARTMENT", template, ImportFiles::typicalScore));
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);

    assertThat(
            imported(ImportFiles.csv(rows), CSV, "&publish=true&fileName=settings.csv")
                .getInt("agenciesLoaded"))
        .isEqualTo(2);

    ObjectMapper json = new ObjectMapper();
    JsonNode ownEvent =
        json.readTree(TestTopics.awaitEvent(mark, e -> own.equals(e.key())).value());
    JsonNode noneEvent =
        json.readTree(TestTopics.awaitEvent(mark, e -> none.equals(e.key())).value());
    assertThat(ownEvent.get("target"))
        .isEqualTo(json.readTree("{\"score\": 95.00, \"source\": \"AGENCY\"}"));
    assertThat(ownEvent.get("thresholds"))
        .isEqualTo(json.readTree("{\"keepAbove\": 98.00, \"urgentBelow\": 90.00}"));
    assertThat(noneEvent.at("/target/source").asText()).isEqualTo("NATIONAL");
    assertThat(noneEvent.get("thresholds"))
        .isEqualTo(json.readTree("{\"keepAbove\": 97.50, \"urgentBelow\": 95.00}"));
    assertThat(noneEvent.get("frameworkVersion")).isEqualTo(ownEvent.get("frameworkVersion"));
  }

  /** Staging escapes COPY's special characters: a backslash in a name is stored as written. */
  @Test
  void aNameWithBackslashesIsStoredAsWritten() {
    String code = Fixtures.newCode("IMP-SLASH");
    String name = "กรม\\ทดสอบ \\n \\t \\\\ C:\\new";
    List<List<String>> rows =
        ImportFiles.agencyRows(
            code, "DEPARTMENT", ImportFiles.template(2567), ImportFiles::typicalScore);
    rows.forEach(r -> r.set(1, name));

    assertThat(
            imported(ImportFiles.csv(rows), CSV, "&createAgencies=true&fileName=slash.csv")
                .getInt("agenciesCreated"))
        .isEqualTo(1);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/{a}", code)
        .then()
        .statusCode(200)
        .body("nameTh", Matchers.equalTo(name));
  }

  @Test
  void changedScoresOfAPublishedResultNeedACorrectionReason() {
    List<TemplateRow> template = ImportFiles.template(2567);
    byte[] first =
        ImportFiles.csv(
            ImportFiles.agencyRows("IMP-CORR", "DEPARTMENT", template, ImportFiles::typicalScore));
    assertThat(imported(first, CSV, "&publish=true&createAgencies=true").getInt("agenciesLoaded"))
        .isEqualTo(1);

    byte[] changed =
        ImportFiles.csv(
            ImportFiles.agencyRows(
                "IMP-CORR",
                "DEPARTMENT",
                template,
                (q, p) -> q.equals("i1") ? "80" : ImportFiles.typicalScore(q, p)));
    JsonPath refused = imported(changed, CSV, "&publish=true");
    assertThat(refused.getInt("agenciesRejected")).isEqualTo(1);
    assertThat(refused.getString("errors[0].message")).contains("correctionReason");

    JsonPath corrected = imported(changed, CSV, "&publish=true&correctionReason=NACC re-scored i1");
    assertThat(corrected.getInt("agenciesLoaded")).isEqualTo(1);
    JsonPath result =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/agencies/IMP-CORR/results/2567")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(result.getInt("revision")).isEqualTo(2);
    assertThat(result.getString("correctionReason")).isEqualTo("NACC re-scored i1");

    // The corrected file again (with other options: the refused import's would return that job) is
    // compared with revision 2, the newest: nothing to correct.
    JsonPath again = imported(changed, CSV, "&publish=true&createAgencies=true");
    assertThat(again.getInt("agenciesUnchanged")).isEqualTo(1);
    assertThat(again.getInt("agenciesRejected")).isEqualTo(0);
  }

  @Test
  void xlsxRowsAreReadWithTheirSpreadsheetRowNumbers() {
    List<TemplateRow> template = ImportFiles.template(2567);
    List<List<String>> rows =
        new ArrayList<>(
            ImportFiles.agencyRows("IMP-X1", "UNIVERSITY", template, ImportFiles::typicalScore));
    rows.addAll(
        ImportFiles.agencyRows(
            "IMP-X2",
            "UNIVERSITY",
            template,
            (q, p) ->
                q.equals("e1") && p.equals("SURVEY") ? "-3" : ImportFiles.typicalScore(q, p)));
    JsonPath job = imported(ImportFiles.xlsx(rows), XLSX, "&createAgencies=true");
    assertThat(job.getInt("agenciesLoaded")).isEqualTo(1);
    assertThat(job.getInt("agenciesRejected")).isEqualTo(1);
    assertThat(job.getInt("errors[0].line")).isEqualTo(lineOf(rows, "IMP-X2", "e1", "SURVEY"));
    assertThat(job.getString("errors[0].field")).isEqualTo("part");
    // Without publish=true the loaded result is a draft.
    assertThat(
            given()
                .auth()
                .oauth2(TestTokens.assessor())
                .get("/api/v1/agencies/IMP-X1/results/2567")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("status"))
        .isEqualTo("DRAFT");
  }

  @Test
  void anUnreadableFileIsRefusedAtOnceAndChangesNothing() {
    long before =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/imports")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getLong("totalItems");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(CSV)
        .body("agency_code,question,scor\nX,i1,90\n".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", Matchers.hasItem("header"))
        .body("errors.rejectedValue", Matchers.hasItem("scor"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(CSV)
        .body(new byte[] {(byte) 0xff, (byte) 0xfe, 0x41})
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(XLSX)
        .body("not a workbook".getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(CSV)
        .body(ImportFiles.HEADER.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(400);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(CSV)
        .body(ImportFiles.HEADER.getBytes(StandardCharsets.UTF_8))
        .post("/api/v1/imports?fiscalYear=1999")
        .then()
        .statusCode(400)
        .body("errors[0].field", Matchers.is("fiscalYear"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType("application/pdf")
        .body(new byte[] {1})
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(415);
    assertThat(
            given()
                .auth()
                .oauth2(TestTokens.admin())
                .get("/api/v1/imports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems"))
        .isEqualTo(before);
  }

  @Test
  void onlyAssessorsAndAdminsImport() {
    byte[] file = "agency_code,question,score\n".getBytes(StandardCharsets.UTF_8);
    given()
        .contentType(CSV)
        .body(file)
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.officer("IMP-GOOD1"))
        .contentType(CSV)
        .body(file)
        .post("/api/v1/imports?fiscalYear=2567")
        .then()
        .statusCode(403);
    given().auth().oauth2(TestTokens.viewer()).get("/api/v1/imports").then().statusCode(403);
  }

  @Test
  void theTemplateListsEveryQuestionOfTheYear() {
    byte[] csv =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/imports/templates/2567?format=csv")
            .then()
            .statusCode(200)
            .header("Content-Disposition", Matchers.containsString("2567.csv"))
            .extract()
            .asByteArray();
    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    List<TemplateRow> rows = ImportFiles.template(2567);
    // 59 questions, the EIT ones once per part
    long eit = rows.stream().filter(r -> !r.part().isEmpty()).count();
    assertThat(rows.size() - eit / 2).isEqualTo(59);
    assertThat(rows)
        .contains(
            new TemplateRow("e1", "PUBLIC"),
            new TemplateRow("e1", "SURVEY"),
            new TemplateRow("o1", ""));
    byte[] xlsx =
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/imports/templates/2567?format=xlsx")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    assertThat(xlsx).startsWith(0x50, 0x4B); // a zip, as every XLSX
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/imports/templates/2567?format=pdf")
        .then()
        .statusCode(400);
  }
}
