package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Replaying the topics from the beginning rebuilds exactly the read model the live consumers built.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class RebuildTest {

  private static final String MINISTRY = "REBUILD-MIN";
  private static final String MEASURES = "/api/v1/agencies/{a}/reports/2568/measures";
  private static final String PROGRESS =
      "/api/v1/agencies/{a}/reports/2568/progress?asOf=2025-02-01";

  private static JsonNode get(String path, Object... params) {
    return ReportFixtures.readTree(
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get(path, params)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private static List<JsonNode> documents(String agency) {
    return List.of(
        get(MEASURES, agency),
        get(PROGRESS, agency),
        get("/api/v1/dashboards/2567?ministry={m}", MINISTRY),
        get("/api/v1/dashboards/2568?ministry={m}", MINISTRY));
  }

  /**
   * Waits until the administrator's GET of {@code url} for {@code agency} answers 200 and {@code
   * expected} holds of it: each document reads events of its own topics.
   */
  private static void awaitDocument(
      String url, String agency, Consumer<ValidatableResponse> expected) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                expected.accept(
                    given()
                        .auth()
                        .oauth2(TestTokens.admin())
                        .get(url, agency)
                        .then()
                        .statusCode(200)));
  }

  @Test
  void aRebuildByReplayGivesTheSameDocuments() {
    String agency = ReportFixtures.agency("REBUILD", MINISTRY);
    // Two revisions, a redelivery, an approval then publication, measure changes, and a poison
    // message.
    ReportFixtures.send(
        Topics.RESULTS,
        agency,
        "ResultPublished",
        ReportFixtures.result(agency, 1, "68.00", "URGENT_IMPROVEMENT"));
    String id =
        ReportFixtures.send(
            Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 2));
    ReportFixtures.send(
        Topics.RESULTS,
        agency,
        "ResultPublished",
        id,
        ReportFixtures.result(agency, 2, "1.00", "X").toString());
    ObjectNode approved = ReportFixtures.plan(agency, "APPROVED", 2);
    ReportFixtures.send(Topics.PLANS, agency, "PlanApproved", approved);
    ObjectNode published = ReportFixtures.planAt(approved, "PUBLISHED", 3);
    published.put("publishedAt", "2024-10-06T03:00:00Z").put("publishedBy", "officer");
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", published);
    ObjectNode measure = ReportFixtures.measure(published, 0);
    ObjectNode q1 = (ObjectNode) measure.get("milestones").get(0);
    q1.put("status", "DONE").put("completedOn", "2024-12-20").put("version", 1);
    measure.put("status", "IN_PROGRESS").put("version", 2);
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MilestoneStatusChanged",
        ReportFixtures.measureEvent(
            measure,
            "PLANNED",
            "DONE",
            UUID.fromString(q1.get("id").asText()),
            "2024-12-20T04:00:00Z"));
    ReportFixtures.send(
        Topics.MEASURES, agency, "MeasureStatusChanged", UUID.randomUUID().toString(), "not json");

    awaitDocument(
        PROGRESS,
        agency,
        r -> r.body("published", equalTo(true)).body("totals.milestonesDone", equalTo(1)));
    // The results come on a topic of their own: the documents are read once both revisions are in.
    awaitDocument(MEASURES, agency, r -> r.body("result.revision", equalTo(2)));
    List<JsonNode> before = documents(agency);

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .post("/api/v1/admin/projections/rebuild")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given().post("/api/v1/admin/projections/rebuild").then().statusCode(401);
    // The topics hold every class's events, so the counts are checked against the topics
    // themselves.
    Map<String, Long> onTopics = new TreeMap<>();
    for (String topic : List.of(Topics.RESULTS, Topics.PLANS, Topics.MEASURES)) {
      Map<TopicPartition, Long> end = TestTopics.endOffsets(topic);
      onTopics.put(
          topic,
          TestTopics.beginning(topic).entrySet().stream()
              .mapToLong(e -> end.get(e.getKey()) - e.getValue())
              .sum());
    }
    long total = onTopics.values().stream().mapToLong(Long::longValue).sum();
    JsonPath report =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .post("/api/v1/admin/projections/rebuild")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(report.getMap("eventsReadPerTopic", String.class, Long.class)).isEqualTo(onTopics);
    assertThat(report.getLong("eventsRead")).isEqualTo(total);
    assertThat(report.getLong("applied") + report.getLong("skipped") + report.getLong("unreadable"))
        .isEqualTo(total);
    assertThat(report.getLong("skipped"))
        .isEqualTo(
            report.getLong("duplicates") + report.getLong("stale") + report.getLong("ignored"));

    assertThat(documents(agency)).isEqualTo(before);

    // The live consumers carry on after a rebuild: a new event is applied, a replayed one is not
    // applied twice.
    ObjectNode second =
        ReportFixtures.measure(published, 1).put("status", "ON_HOLD").put("version", 2);
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MeasureStatusChanged",
        ReportFixtures.measureEvent(second, "PLANNED", "ON_HOLD", null, "2025-01-20T04:00:00Z"));
    awaitDocument(MEASURES, agency, r -> r.body("plan.measures[1].status", equalTo("ON_HOLD")));
  }

  @Test
  void eventsArrivingDuringARebuildAreNeitherLostNorAppliedTwice() throws Exception {
    String agency = ReportFixtures.agency("REBUILD-LIVE", MINISTRY);
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
    awaitDocument(MEASURES, agency, r -> {});

    CompletableFuture<Integer> rebuild =
        CompletableFuture.supplyAsync(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .post("/api/v1/admin/projections/rebuild")
                    .then()
                    .extract()
                    .statusCode());
    for (int i = 0; i < 7; i++) {
      ObjectNode m = ReportFixtures.measure(plan, i).put("status", "IN_PROGRESS").put("version", 2);
      ReportFixtures.send(
          Topics.MEASURES,
          agency,
          "MeasureStatusChanged",
          ReportFixtures.measureEvent(
              m, "PLANNED", "IN_PROGRESS", null, "2025-01-0" + (i + 1) + "T04:00:00Z"));
    }
    assertThat(rebuild.get(2, TimeUnit.MINUTES)).isEqualTo(200);

    awaitDocument(
        PROGRESS,
        agency,
        r ->
            r.body("totals.measuresByStatus.IN_PROGRESS", equalTo(7))
                .body(
                    "measures.collect { it.history.size() }",
                    equalTo(List.of(1, 1, 1, 1, 1, 1, 1))));
  }
}
