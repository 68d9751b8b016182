package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import th.ita.measures.domain.GapList;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TableOutage;
import th.ita.platform.testing.TestTopics;

/**
 * A consumer whose table is unavailable for a while keeps its messages: it retries them in order,
 * shows as not ready meanwhile, and applies every one once the table is back. Nothing goes to the
 * dead-letter topic.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class ConsumerOutageTest {

  @Inject AgroalDataSource database;

  @Test
  void gapListsArriveAfterTheirTableWasUnavailable() {
    String first = MeasuresFixtures.agency("OUT-GAP-1");
    String second = MeasuresFixtures.agency("OUT-GAP-2");
    List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
    Map<TopicPartition, Long> deadLettersBefore = TestTopics.endOffsets(Topics.DEAD_LETTER);

    try (TableOutage outage = TableOutage.of(database, "gap_list")) {
      TestTopics.sendCloudEvent(
          Topics.RESULTS,
          first,
          ids.get(0),
          EventTypes.RESULT_PUBLISHED,
          EventData.result(first, 2567, 1, "77.10"));
      TestTopics.sendCloudEvent(
          Topics.RESULTS,
          second,
          ids.get(1),
          EventTypes.RESULT_PUBLISHED,
          EventData.result(second, 2567, 1, "66.00"));
      awaitRetrying(Topics.RESULTS);
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(gapList(first)).isNotNull();
              assertThat(gapList(second)).isNotNull();
            });
    assertThat(gapList(first).sourceEventId).isEqualTo(ids.get(0));
    assertThat(gapList(second).sourceEventId).isEqualTo(ids.get(1));
    assertNoneDeadLettered(deadLettersBefore, ids);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(retrying()).doesNotContainKey(Topics.RESULTS));
  }

  @Test
  void directoryEntriesArriveAfterTheirTableWasUnavailable() {
    String id = UUID.randomUUID().toString();
    Map<TopicPartition, Long> deadLettersBefore = TestTopics.endOffsets(Topics.DEAD_LETTER);

    try (TableOutage outage = TableOutage.of(database, "agency_directory")) {
      TestTopics.sendCloudEvent(
          Topics.AGENCIES,
          "OUT-DIR",
          id,
          EventTypes.AGENCY_REGISTERED,
          EventData.agency("OUT-DIR", "กรมที่รอฐานข้อมูล", 1));
      awaitRetrying(Topics.AGENCIES);
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(directory("OUT-DIR")).isNotNull());
    assertThat(directory("OUT-DIR").nameTh).isEqualTo("กรมที่รอฐานข้อมูล");
    assertNoneDeadLettered(deadLettersBefore, List.of(id));
  }

  /** Readiness names the consumer while it retries: proof that the message met the outage. */
  static void awaitRetrying(String topic) {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(retrying()).containsKey(topic));
  }

  static Map<String, Object> retrying() {
    Map<String, Object> data =
        given()
            .get("/q/health/ready")
            .then()
            .extract()
            .jsonPath()
            .getMap("checks.find { it.name == 'Event consumers' }.data");
    return data == null ? Map.of() : data;
  }

  static void assertNoneDeadLettered(Map<TopicPartition, Long> since, List<String> ids) {
    assertThat(TestTopics.between(since, TestTopics.endOffsets(Topics.DEAD_LETTER)))
        .extracting(TestTopics.Event::ceId)
        .doesNotContainAnyElementsOf(ids);
  }

  private static GapList gapList(String agency) {
    return QuarkusTransaction.requiringNew()
        .call(() -> GapList.<GapList>findById(new GapList.Key(agency, 2568)));
  }

  private static DirectoryAgency directory(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> DirectoryAgency.<DirectoryAgency>findById(code));
  }
}
