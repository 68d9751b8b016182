package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.GapList;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** An ita-admin sees why a message was dead-lettered, and sends it back once its cause is fixed. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class DeadLetterAdminTest {

  @Test
  void aDeadLetterIsListedWithItsReasonAndSource() {
    String agency = MeasuresFixtures.agency("DLQ-LIST");
    String poison = UUID.randomUUID().toString();
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.DEAD_LETTER);
    TestTopics.sendCloudEvent(
        Topics.RESULTS,
        agency,
        poison,
        EventTypes.RESULT_PUBLISHED,
        "{\"agencyCode\": \"" + agency + "\"}");
    TestTopics.Event dead = TestTopics.awaitEvent(mark, e -> poison.equals(e.ceId()));

    JsonPath listed =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/admin/dead-letters?size=200")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Object> entry = listed.getMap("items.find { it.eventId == '" + poison + "' }");
    assertThat(entry)
        .containsEntry("partition", dead.partition())
        .containsEntry("sourceTopic", Topics.RESULTS)
        .containsEntry("key", agency)
        .containsEntry("eventType", "ResultPublished")
        .containsEntry(
            "reason",
            "ResultPublished "
                + poison
                + " on "
                + Topics.RESULTS
                + " lacks fiscalYear (an integer)");
    assertThat(((Number) entry.get("offset")).longValue()).isEqualTo(dead.offset());
    assertThat(entry.get("sourceOffset")).isNotNull();
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/admin/dead-letters")
        .then()
        .statusCode(403);
  }

  @Test
  void aRedrivenDeadLetterIsAppliedOnceItsCauseIsGone() {
    // A valid result that an earlier, faulty consumer had dead-lettered: on the topic as SmallRye
    // writes it.
    String agency = MeasuresFixtures.agency("DLQ-REDRIVE");
    String id = UUID.randomUUID().toString();
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.DEAD_LETTER);
    TestTopics.send(
        Topics.DEAD_LETTER,
        agency,
        EventData.result(agency, 2567, 1, "77.10"),
        Map.of(
            "ce_specversion",
            "1.0",
            "ce_id",
            id,
            "ce_type",
            "ResultPublished",
            "ce_source",
            "/assessment-service",
            "dead-letter-topic",
            Topics.RESULTS,
            "dead-letter-partition",
            "0",
            "dead-letter-offset",
            "0",
            "dead-letter-reason",
            "a consumer fault since fixed"));
    TestTopics.Event dead = TestTopics.awaitEvent(mark, e -> id.equals(e.ceId()));
    Map<TopicPartition, Long> resultsMark = TestTopics.endOffsets(Topics.RESULTS);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/dead-letters/{p}/{o}/redrive", dead.partition(), dead.offset())
        .then()
        .statusCode(200)
        .body("sentTo", startsWith(Topics.RESULTS + "/"));

    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> GapList.findById(new GapList.Key(agency, 2568)) != null));
    TestTopics.Event copy = TestTopics.awaitEvent(resultsMark, e -> id.equals(e.ceId()));
    assertThat(copy.headers())
        .containsEntry(
            "ita-redriven-from", Topics.DEAD_LETTER + "/" + dead.partition() + "/" + dead.offset())
        .doesNotContainKey("dead-letter-reason");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .post("/api/v1/admin/dead-letters/0/999999999/redrive")
        .then()
        .statusCode(404)
        .body("type", equalTo("/problems/not-found"));
  }
}
