package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.EventTooLargeException;
import th.ita.platform.common.outbox.Outbox;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;
import th.ita.platform.testing.TestTopics.Event;

/**
 * The outbox never stalls: an event Kafka refuses for good is parked after three attempts, the
 * events behind it (its own agency's too) still leave, and an ita-admin retries or discards it. An
 * event too large for the topics is refused when it is written.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class OutboxRelayTest {

  @Inject Outbox outbox;
  @Inject Scheduler scheduler;

  private static OutboxEvent load(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
  }

  /** A probe event enqueued and committed in a transaction of its own; its id. */
  private UUID probe(String topic, String key, Object data) {
    return QuarkusTransaction.requiringNew()
        .call(() -> outbox.enqueue(topic, key, "RelayProbe", key, data));
  }

  private static String key() {
    return "RELAY-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void theCommitWakesTheRelayWithoutItsSchedule() {
    String key = key();
    Map<TopicPartition, Long> before = TestTopics.endOffsets(Topics.AGENCIES);
    // With every scheduled job paused, only the commit's notification can send the event.
    scheduler.pause();
    try {
      UUID id = probe(Topics.AGENCIES, key, Map.of("n", 1));
      Event sent = TestTopics.awaitEvent(before, e -> key.equals(e.key()), Duration.ofSeconds(30));
      assertThat(sent.ceType()).isEqualTo("RelayProbe");
      assertThat(sent.value()).isEqualTo("{\"n\":1}");
      // And recorded as sent by the woken relay's own transaction: its commit once failed when a
      // Kafka thread completed an ack inside it, leaving the event to the next tick.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> load(id).status == OutboxEvent.Status.SENT);
      assertThat(sentWithKey(before, key)).containsExactly(id.toString());
    } finally {
      scheduler.resume();
    }
  }

  /** Keys in an order of their own, and Thai text: what a producer writes. */
  record Probe(String ผู้รับผิดชอบ, String zone, int n) {}

  @Test
  void theRelaySendsTheDataExactlyAsTheProducerWroteIt() {
    String key = key();
    Map<TopicPartition, Long> before = TestTopics.endOffsets(Topics.AGENCIES);
    UUID id = probe(Topics.AGENCIES, key, new Probe("กองแผนงาน", "z", 7));

    Event sent = TestTopics.awaitEvent(before, e -> key.equals(e.key()), Duration.ofSeconds(30));

    // The bytes the outbox sized against the topic's limit: not re-spaced, not re-ordered.
    String written = "{\"ผู้รับผิดชอบ\":\"กองแผนงาน\",\"zone\":\"z\",\"n\":7}";
    assertThat(sent.value()).isEqualTo(written);
    assertThat(load(id).payload).isEqualTo(written);
  }

  @Test
  void aRefusedEventIsParkedAndTheAgencysLaterEventsStillLeave() {
    String key = key();
    Map<TopicPartition, Long> before = TestTopics.endOffsets(Topics.AGENCIES);
    UUID refused = probe("not a valid topic!", key, Map.of("n", 1));
    UUID next = probe(Topics.AGENCIES, key, Map.of("n", 2));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> load(next).status == OutboxEvent.Status.SENT);
    OutboxEvent parked = load(refused);
    assertThat(parked.status).isEqualTo(OutboxEvent.Status.FAILED);
    assertThat(parked.attempts).isEqualTo(3);
    assertThat(parked.lastError).startsWith("InvalidTopicException");
    assertThat(parked.parkedAt).isNotNull();
    assertThat(parked.publishedAt).isNull();
    assertThat(load(next).publishedAt)
        .as("while the relay still tried it, nothing of its agency overtook it")
        .isAfterOrEqualTo(parked.parkedAt);
    assertThat(sentWithKey(before, key)).containsExactly(next.toString());
    // The operator's gauges count what the table holds: the relay counts again after each run.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(gauge("ita_outbox_parked"))
                  .isEqualTo(countWithStatus(OutboxEvent.Status.FAILED));
              assertThat(gauge("ita_outbox_pending"))
                  .isEqualTo(countWithStatus(OutboxEvent.Status.PENDING));
            });

    // An ita-admin sees it, fixes the cause (here: the topic) and sends it again.
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/admin/outbox/parked?size=200")
        .then()
        .statusCode(200)
        .body("items.id", hasItem(refused.toString()))
        .body(
            "items.find { it.id == '" + refused + "' }.lastError",
            startsWith("InvalidTopicException"));
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/admin/outbox/parked")
        .then()
        .statusCode(403);
    QuarkusTransaction.requiringNew()
        .run(() -> OutboxEvent.update("topic = ?1 where id = ?2", Topics.AGENCIES, refused));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/outbox/parked/{id}/retry", refused)
        .then()
        .statusCode(200)
        .body("status", equalTo("PENDING"))
        .body("attempts", equalTo(0));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> load(refused).status == OutboxEvent.Status.SENT);
    assertThat(sentWithKey(before, key)).containsExactly(next.toString(), refused.toString());
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/outbox/parked/{id}/retry", refused)
        .then()
        .statusCode(404);
  }

  @Test
  void aParkedEventCanBeDiscardedAndIsKeptForTheRecord() {
    String key = key();
    UUID refused = probe("not a valid topic!", key, Map.of("n", 1));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> load(refused).status == OutboxEvent.Status.FAILED);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .delete("/api/v1/admin/outbox/parked/{id}", refused)
        .then()
        .statusCode(200)
        .body("status", equalTo("DISCARDED"));
    assertThat(load(refused).status).isEqualTo(OutboxEvent.Status.DISCARDED);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/admin/outbox/parked?size=200")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(refused.toString())));
  }

  @Test
  void aRecordAboveTheTopicsLimitIsParked() {
    // Written past the outbox's own check, as an event from before a topic's limit was lowered
    // would be.
    String key = key();
    UUID tooLarge = UUID.randomUUID();
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              OutboxEvent event = new OutboxEvent();
              event.id = tooLarge;
              event.topic = Topics.AGENCIES;
              event.key = key;
              event.type = "RelayProbe";
              event.subject = key;
              event.occurredAt = OffsetDateTime.now();
              event.payload = "{\"text\": \"" + "x".repeat(1_100_000) + "\"}";
              event.persist();
            });
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> load(tooLarge).status == OutboxEvent.Status.FAILED);
    assertThat(load(tooLarge).lastError).startsWith("RecordTooLargeException");
  }

  @Test
  void anEventAboveTheLimitIsRefusedWhenWrittenAndRollsBackItsChange() {
    String key = key();
    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () ->
                            outbox.enqueue(
                                Topics.AGENCIES,
                                key,
                                "RelayProbe",
                                key,
                                Map.of("text", "ก".repeat(400_000)))))
        .isInstanceOf(EventTooLargeException.class)
        .hasMessageContaining("above the limit of 1,000,000 bytes");
    assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", key)))
        .isZero();
  }

  /** What was sent with the key since the mark, read up to the topic's end now. */
  private static long countWithStatus(OutboxEvent.Status status) {
    return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("status", status));
  }

  /** A gauge's value on /q/metrics. */
  private static long gauge(String name) {
    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    return metrics
        .lines()
        .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
        .map(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(name + " is not on /q/metrics"));
  }

  private static List<String> sentWithKey(Map<TopicPartition, Long> since, String key) {
    return TestTopics.between(since, TestTopics.endOffsets(Topics.AGENCIES)).stream()
        .filter(e -> key.equals(e.key()))
        .map(TestTopics.Event::ceId)
        .toList();
  }
}
