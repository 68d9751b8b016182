package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TableOutage;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * The read model's consumers keep their messages while their tables are unavailable: each retries
 * in place, readiness names it meanwhile, and once the tables are back the published result, the
 * plan, the measure's change and the agency all arrive. Nothing goes to the dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class ConsumerOutageTest {

  @Inject AgroalDataSource database;

  @Test
  void resultsPlansAndMeasuresArriveAfterTheirTablesWereUnavailable() {
    String agency = ReportFixtures.agency("OUTAGE", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ObjectNode measure = ReportFixtures.measure(plan, 2).put("status", "ON_HOLD").put("version", 2);
    Map<TopicPartition, Long> deadLettersBefore = TestTopics.endOffsets(Topics.DEAD_LETTER);

    List<String> ids;
    try (TableOutage results = TableOutage.of(database, "report_result");
        TableOutage plans = TableOutage.of(database, "report_plan");
        TableOutage measures = TableOutage.of(database, "report_measure")) {
      ids =
          List.of(
              ReportFixtures.send(
                  Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1)),
              ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan),
              ReportFixtures.send(
                  Topics.MEASURES,
                  agency,
                  "MeasureStatusChanged",
                  ReportFixtures.measureEvent(
                      measure, "PLANNED", "ON_HOLD", null, "2025-01-05T03:00:00Z")));
      awaitRetrying(Topics.RESULTS, Topics.PLANS, Topics.MEASURES);
    }

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
                    .body("result.overall.score", equalTo(69.80f))
                    .body("plan.measures[2].status", equalTo("ON_HOLD")));
    assertNoneDeadLettered(deadLettersBefore, ids);
  }

  @Test
  void anAgencyArrivesAfterTheDirectoryWasUnavailable() {
    String code = "OUTAGE-DIR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    String id = UUID.randomUUID().toString();
    Map<TopicPartition, Long> deadLettersBefore = TestTopics.endOffsets(Topics.DEAD_LETTER);

    try (TableOutage directory = TableOutage.of(database, "agency_directory")) {
      TestTopics.sendCloudEvent(
          Topics.AGENCIES,
          code,
          id,
          "AgencyRegistered",
          """
          {"code":"%s","nameTh":"กรมที่รอฐานข้อมูล","nameEn":"Waiting department","type":"DEPARTMENT",
           "typeNameTh":"ส่วนราชการระดับกรม","ministryCode":"OUTAGE","ministryNameTh":"กระทรวงทดสอบ","version":0}"""
              .formatted(code));
      awaitRetrying(Topics.AGENCIES);
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/report-agencies?size=200&ministry=OUTAGE")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItem(code)));
    assertNoneDeadLettered(deadLettersBefore, List.of(id));
  }

  /** Readiness names each consumer while it retries: proof that its message met the outage. */
  private static void awaitRetrying(String... topics) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              Map<String, Object> retrying =
                  given()
                      .get("/q/health/ready")
                      .then()
                      .statusCode(503)
                      .extract()
                      .jsonPath()
                      .getMap("checks.find { it.name == 'Event consumers' }.data");
              assertThat(retrying).containsKeys(topics);
            });
  }

  /** Nothing the test sent is among the dead letters written since it marked the topic's end. */
  private static void assertNoneDeadLettered(Map<TopicPartition, Long> since, List<String> ids) {
    assertThat(TestTopics.between(since, TestTopics.endOffsets(Topics.DEAD_LETTER)))
        .extracting(TestTopics.Event::ceId)
        .doesNotContainAnyElementsOf(ids);
  }
}
