package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.RecordsToDelete;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.dev.PlatformTopics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * A rebuild refuses to replay topics that lost their oldest events, and leaves the read model as it
 * was. The records are deleted from topics of this test's own (the live consumers, and so the
 * rebuild, read them under this profile): the other tests' rebuilds replay the real topics.
 */
@QuarkusTest
@TestProfile(RebuildRefusalTest.OwnTopics.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class RebuildRefusalTest {

  static final String RESULTS = "refusal.results";
  static final String PLANS = "refusal.plans";
  static final String MEASURES = "refusal.measures";

  public static class OwnTopics implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "mp.messaging.incoming.results.topic", RESULTS,
          "mp.messaging.incoming.plans.topic", PLANS,
          "mp.messaging.incoming.measures.topic", MEASURES);
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(CreateOwnTopics.class));
    }
  }

  /** The topics exist, with the platform's settings, before the consumers start. */
  public static class CreateOwnTopics implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
      PlatformTestResource.startOnce("reporting");
      PlatformTestResource.kafka()
          .createTopics(
              List.of(
                  PlatformTopics.like(PlatformTopics.RESULTS, RESULTS),
                  PlatformTopics.like(PlatformTopics.PLANS, PLANS),
                  PlatformTopics.like(PlatformTopics.MEASURES, MEASURES)));
      return Map.of();
    }

    @Override
    public void stop() {}
  }

  private static List<JsonNode> documents(String agency) {
    return List.of(
        measuresDocument(agency),
        get("/api/v1/agencies/{a}/reports/2567/analysis", agency),
        get("/api/v1/dashboards/2567?ministry={m}", "REFUSAL-MIN"));
  }

  private static JsonNode measuresDocument(String agency) {
    return get("/api/v1/agencies/{a}/reports/2568/measures", agency);
  }

  private static JsonNode get(String path, Object param) {
    return ReportFixtures.readTree(
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get(path, param)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  @Test
  void aTopicThatLostItsFirstEventsIsNotReplayedAndTheReadModelStaysAsItWas() throws Exception {
    String agency = ReportFixtures.agency("REFUSAL", "REFUSAL-MIN");
    ReportFixtures.send(RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ReportFixtures.send(
        PLANS, agency, "PlanPublished", ReportFixtures.plan(agency, "PUBLISHED", 3));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              JsonNode document = measuresDocument(agency);
              assertThat(document.at("/published").booleanValue()).isTrue();
              assertThat(document.at("/result/overall/score").decimalValue())
                  .isEqualByComparingTo("69.80");
            });
    List<JsonNode> before = documents(agency);

    // As a retention limit would: the result's partition loses its first (and only) record.
    TopicPartition partition;
    try (Admin admin =
        Admin.create(
            Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformTestResource.kafka().bootstrapServers()))) {
      Map<TopicPartition, OffsetSpec> latest =
          IntStream.range(0, PlatformTopics.PARTITIONS)
              .boxed()
              .collect(
                  Collectors.toMap(p -> new TopicPartition(RESULTS, p), p -> OffsetSpec.latest()));
      var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
      List<TopicPartition> written =
          ends.entrySet().stream()
              .filter(e -> e.getValue().offset() > 0)
              .map(Map.Entry::getKey)
              .toList();
      assertThat(written).hasSize(1);
      partition = written.get(0);
      admin
          .deleteRecords(Map.of(partition, RecordsToDelete.beforeOffset(1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/projections/rebuild")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/conflict"))
        .body(
            "detail",
            equalTo(
                RESULTS
                    + " partition "
                    + partition.partition()
                    + " starts at offset 1: the events"
                    + " before it were deleted from Kafka, so a rebuild would lose history; the read model is unchanged."
                    + " Give the topic unlimited retention (retention.ms=-1, retention.bytes=-1) and restore the events"
                    + " before rebuilding"));

    assertThat(documents(agency)).isEqualTo(before);
    assertThat(before.get(0).at("/result/overall/score").decimalValue())
        .isEqualByComparingTo("69.80");
  }
}
