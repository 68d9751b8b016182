package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Seed 001's published result and plan, sent as real events, become its measures document and
 * progress report.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class MeasuresDocumentTest {

  static ValidatableResponse document(String token, String agency, int year) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/agencies/{a}/reports/{y}/measures", agency, year)
        .then();
  }

  @AfterEach
  void resetClock() {
    MovableClock.INSTANCE.reset();
  }

  /** Without asOf the progress report is as of today in Thailand, by the service's clock. */
  @Test
  void theProgressReportIsAsOfTodayByDefault() {
    String agency = ReportFixtures.agency("ASOF", "MFA");
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanPublished", ReportFixtures.plan(agency, "PUBLISHED", 3));
    String path = "/api/v1/agencies/{a}/reports/2568/progress";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(agency))
                    .get(path, agency)
                    .then()
                    .statusCode(200));

    MovableClock.INSTANCE.moveTo(
        Instant.parse("2025-03-31T18:00:00Z")); // 1 April, 01:00 in Bangkok
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency)
        .then()
        .statusCode(200)
        .body("asOf", equalTo("2025-04-01"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path + ".csv", agency)
        .then()
        .statusCode(200)
        .header(
            "Content-Disposition", containsString("progress-" + agency + "-2568-2025-04-01.csv"));
  }

  @Test
  void aPublishedResultAndPlanMakeTheMeasuresDocument() {
    String agency = ReportFixtures.agency("DOC", "MFA");
    ObjectNode result = ReportFixtures.result(agency, 1);
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    assertThat(ReportFixtures.violations(ReportFixtures.RESULT_SCHEMA, result)).isEmpty();
    assertThat(ReportFixtures.violations(ReportFixtures.PLAN_SCHEMA, plan)).isEmpty();

    ReportFixtures.send(Topics.RESULTS, agency, "ResultPublished", result);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                document(TestTokens.viewer(), agency, 2568)
                    .statusCode(200)
                    .body("result", notNullValue())
                    .body("plan", notNullValue()));
    String body =
        document(TestTokens.viewer(), agency, 2568)
            .body("agency.code", equalTo(agency))
            .body("agency.ministryCode", equalTo("MFA"))
            .body("fiscalYear", equalTo(2568))
            .body("assessmentYear", equalTo(2567))
            .body("published", equalTo(true))
            .body("result.fiscalYear", equalTo(2567))
            .body("result.round", equalTo("FINAL"))
            .body("result.overall.score", equalTo(69.80f))
            .body("result.overall.level.nameTh", equalTo("ต้องปรับปรุงโดยด่วน"))
            .body("result.indicators", hasSize(10))
            .body("result.indicators.find { it.number == 10 }.score", equalTo(25.00f))
            .body("result.questions.find { it.code == 'o34' }.issues", equalTo(List.of(7)))
            .body("plan.measures.titleTh", equalTo(ReportFixtures.titles(plan)))
            .body("plan.measures[0].periodTh", equalTo("ต.ค. 2567 – มี.ค. 2568"))
            .body("plan.measures[0].milestones.quarter", equalTo(List.of("Q1", "Q2")))
            .body("plan.limitations", startsWith("4.1 ตามกฎการแบ่งส่วนราชการกรมอาเซียน"))
            .extract()
            .asString();
    assertThat(body).as("scores keep their two decimals").contains("69.80");

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/reports/2568/measures?format=json", agency.toLowerCase())
        .then()
        .statusCode(200)
        .body("plan.measures", hasSize(7));
  }

  @Test
  void unknownFormatsAndAgenciesAreProblems() {
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/ANY/reports/2568/measures?format=gif")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .accept("image/gif")
        .get("/api/v1/agencies/ANY/reports/2568/measures")
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/NOBODY-HERE/reports/2568/measures")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/ANY/reports/1999/measures")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("fiscalYear"));
  }

  @Test
  void theProgressReportCountsMilestonesAsOfADay() {
    String agency = ReportFixtures.agency("PROG", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);

    // Measure 1's Q1 milestone was done on 20 Dec 2024, and the measure is under way.
    ObjectNode measure = ReportFixtures.measure(plan, 0);
    ObjectNode q1 = (ObjectNode) measure.get("milestones").get(0);
    q1.put("status", "DONE").put("completedOn", "2024-12-20").put("version", 1);
    measure.put("status", "IN_PROGRESS").put("version", 3);
    ObjectNode event =
        ReportFixtures.measureEvent(
            measure,
            "PLANNED",
            "DONE",
            UUID.fromString(q1.get("id").asText()),
            "2024-12-20T04:00:00Z");
    assertThat(ReportFixtures.violations(ReportFixtures.MEASURE_SCHEMA, event)).isEmpty();
    ReportFixtures.send(Topics.MEASURES, agency, "MilestoneStatusChanged", event);

    String path = "/api/v1/agencies/{a}/reports/2568/progress?asOf={d}";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(agency))
                    .get(path, agency, "2025-01-15")
                    .then()
                    .statusCode(200)
                    .body("measures[0].status", equalTo("IN_PROGRESS")));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency, "2025-01-15")
        .then()
        .body("published", equalTo(true))
        .body("measures", hasSize(7))
        .body("measures[0].milestones.stateAsOf", equalTo(List.of("DONE", "DUE")))
        .body("measures[0].percentComplete", equalTo(50))
        .body("measures[0].history[0].to", equalTo("DONE"))
        .body("measures[1].milestones[0].stateAsOf", equalTo("OVERDUE"))
        .body("totals.milestonesDone", equalTo(1))
        .body("totals.measuresByStatus.IN_PROGRESS", equalTo(1));
    // Before the work was done, it does not count.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency, "2024-12-01")
        .then()
        .body("measures[0].milestones.stateAsOf", equalTo(List.of("DUE", "DUE")))
        .body("measures[0].percentComplete", equalTo(0))
        .body("measures[0].history", hasSize(0));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency, "15-01-2025")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void evidenceInAMeasureSnapshotShowsInTheProgressReport() {
    String agency = ReportFixtures.agency("EVID", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);

    // Two meetings of measure 1 recorded: each raises the measure's version (1 in the plan).
    ObjectNode measure = ReportFixtures.measure(plan, 0);
    ObjectNode first =
        ReportFixtures.evidence(measure, 0, "2024-11-20", "20 พ.ย. 2567", "ประชุมชี้แจงมาตรการ");
    ObjectNode second =
        ReportFixtures.evidence(measure, 1, "2025-02-10", "10 ก.พ. 2568", "อบรมบุคลากร");
    ((ArrayNode) measure.get("evidence")).add(first).add(second);
    measure.put("version", 3);
    ObjectNode event = ReportFixtures.evidenceEvent(measure, second);
    assertThat(ReportFixtures.violations(ReportFixtures.EVIDENCE_SCHEMA, event)).isEmpty();
    ReportFixtures.send(Topics.MEASURES, agency, "EvidenceRecorded", event);

    String path = "/api/v1/agencies/{a}/reports/2568/progress?asOf={d}";
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(agency))
                    .get(path, agency, "2025-03-31")
                    .then()
                    .statusCode(200)
                    .body("measures[0].evidence", hasSize(2)));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency, "2025-03-31")
        .then()
        .body(
            "measures[0].evidence.titleTh", equalTo(List.of("ประชุมชี้แจงมาตรการ", "อบรมบุคลากร")))
        .body("measures[0].evidence[0].id", equalTo(first.get("id").asText()))
        .body(
            "measures[0].evidence[0].milestoneId", equalTo(measure.at("/milestones/0/id").asText()))
        .body("measures[0].evidence[0].occurredOn", equalTo("2024-11-20"))
        .body("measures[0].evidence[0].occurredOnTh", equalTo("20 พ.ย. 2567"))
        .body("measures[0].evidence[0].startTime", equalTo("09:30:00"))
        .body("measures[0].evidence[0].recordedAt", startsWith("2024-11-20T09:00"))
        .body("measures[0].evidence[0].recordedBy", equalTo("officer"))
        .body("measures[0].evidence[0].links[0].url", equalTo("https://example.go.th/minutes.pdf"))
        .body("measures[0].evidence[0].attachments[0].fileName", equalTo("minutes.pdf"))
        .body("measures[0].evidence[0].attachments[0].sizeBytes", equalTo(120000))
        .body("measures[1].evidence", hasSize(0));
    // A report for an earlier day shows only what had happened by then.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency, "2024-12-01")
        .then()
        .body("measures[0].evidence.titleTh", equalTo(List.of("ประชุมชี้แจงมาตรการ")));

    // A later plan event whose snapshot of the measure predates the evidence does not replace it.
    ObjectNode later = ReportFixtures.planAt(plan, "PUBLISHED", 4);
    later.put("titleTh", "แผนฉบับปรับปรุง");
    assertThat(ReportFixtures.violations(ReportFixtures.PLAN_SCHEMA, later)).isEmpty();
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", later);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(agency))
                    .get(path, agency, "2025-03-31")
                    .then()
                    .statusCode(200)
                    .body("plan.titleTh", equalTo("แผนฉบับปรับปรุง")));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency, "2025-03-31")
        .then()
        .body("measures[0].evidence", hasSize(2));
  }
}
