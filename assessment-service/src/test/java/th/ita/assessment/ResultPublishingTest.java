package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.service.ResultService;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;
import th.ita.platform.testing.TestTopics.Event;

/**
 * Publishing announces the result exactly once, never for a rollback, and survives a Kafka outage.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class ResultPublishingTest {

  private final ObjectMapper json = new ObjectMapper();

  @Inject ResultService results;

  private static void draft(String agency, String seed, int year) {
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(Fixtures.seedResult(seed))
        .put("/api/v1/agencies/{a}/results/{y}", agency, year)
        .then()
        .statusCode(200);
  }

  private static void publish(String agency, int year) {
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, year))
        .post("/api/v1/agencies/{a}/results/{y}/publish", agency, year)
        .then()
        .statusCode(200);
  }

  /** What was sent for the agency since the mark, once the outbox holds nothing unsent for it. */
  private static List<Event> sentFor(String agency, Map<TopicPartition, Long> since) {
    return SentEvents.since(since, List.of(agency)).stream()
        .filter(e -> agency.equals(e.key()))
        .toList();
  }

  @Test
  void publishingPutsExactlyOneCloudEventWithTheScoredResultAsCodes() throws Exception {
    String agency = Fixtures.agency(Fixtures.newCode("P-DITP"));
    draft(agency, "DITP-2566", 2566);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);
    publish(agency, 2566);

    Event event = TestTopics.awaitEvent(mark, e -> agency.equals(e.key()));
    assertThat(event.ceType()).isEqualTo("ResultPublished");
    assertThat(event.headers())
        .containsEntry("ce_source", "/assessment-service")
        .containsEntry("ce_subject", agency)
        .containsEntry("ce_dataschema", "urn:ita:events:result-published:v2");
    JsonNode data = json.readTree(event.value());
    assertThat(data.get("fiscalYear").asInt()).isEqualTo(2566);
    assertThat(data.get("frameworkVersion").asLong()).isZero();
    assertThat(data.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(data.get("overall").decimalValue()).isEqualByComparingTo("82.06");
    assertThat(data.at("/official/overall").decimalValue()).isEqualByComparingTo("82.06");
    // Seed 004: NACC placed DITP 145th of 159 department-level agencies, 11th of 12 in its
    // ministry.
    assertThat(data.at("/official/standing"))
        .isEqualTo(
            json.readTree(
                "{\"nationalAverage\": 90.19, \"typeRank\": 145, \"typeCount\": 159,"
                    + " \"ministryRank\": 11, \"ministryCount\": 12}"));
    assertThat(data.get("level").asText()).isEqualTo("NEEDS_IMPROVEMENT");
    assertThat(data.at("/indicators/1/score").decimalValue()).isEqualByComparingTo("91.00");
    assertThat(data.at("/questions/I1").decimalValue()).isEqualByComparingTo("81.18");
    assertThat(data.get("questions").size()).isEqualTo(88);
    // The framework's labels and texts travel once, in FrameworkPublished, not with each result.
    assertThat(event.value()).doesNotContain("textTh", "nameTh\"", "การปฏิบัติหน้าที่");
    // Without settings of its own, the agency is measured against the framework's target.
    assertThat(data.get("target"))
        .isEqualTo(json.readTree("{\"score\": 85.00, \"source\": \"NATIONAL\"}"));
    assertThat(data.get("thresholds"))
        .isEqualTo(json.readTree("{\"keepAbove\": 97.50, \"urgentBelow\": 95.00}"));

    assertThat(sentFor(agency, mark)).extracting(Event::ceId).containsExactly(event.ceId());
  }

  @Test
  void theEventCarriesTheAgencysOwnTargetAndThresholds() throws Exception {
    String agency = Fixtures.agency(Fixtures.newCode("P-TCEB"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", "\"-1\"")
        .body("{\"target\": 95.00, \"keepAbove\": 98.00, \"urgentBelow\": 90.00}")
        .put("/api/v1/agencies/{a}/analysis-settings", agency)
        .then()
        .statusCode(200);
    draft(agency, "TCEB-2565", 2565);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);
    publish(agency, 2565);

    JsonNode data = json.readTree(TestTopics.awaitEvent(mark, e -> agency.equals(e.key())).value());
    assertThat(data.get("target"))
        .isEqualTo(json.readTree("{\"score\": 95.00, \"source\": \"AGENCY\"}"));
    assertThat(data.get("thresholds"))
        .isEqualTo(json.readTree("{\"keepAbove\": 98.00, \"urgentBelow\": 90.00}"));
  }

  @Test
  void aPublishThatRollsBackAnnouncesNothing() {
    String agency = Fixtures.agency(Fixtures.newCode("P-ROLLBACK"));
    draft(agency, "TCEB-2564", 2564);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);

    assertThatThrownBy(
            () ->
                QuarkusTransaction.requiringNew()
                    .run(
                        () -> {
                          results.publish(agency, 2564, Round.FINAL, 0L, "test");
                          throw new IllegalStateException(
                              "a failure after the publish, in the same transaction");
                        }))
        .hasMessageContaining("same transaction");

    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .get("/api/v1/agencies/{a}/results/2564", agency)
        .then()
        .statusCode(200)
        .body("status", Matchers.equalTo("DRAFT"));
    // The outbox is the only way out: no result event of the agency's was written to it, so none
    // was sent.
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(
                    () ->
                        OutboxEvent.count(
                            "key = ?1 and type = ?2", agency, EventTypes.RESULT_PUBLISHED)))
        .isZero();
    assertThat(sentFor(agency, mark)).isEmpty();
  }

  @Test
  void aPublishWhileKafkaIsDownIsDeliveredWhenItReturns() {
    String agency = Fixtures.agency(Fixtures.newCode("P-OUTAGE"));
    draft(agency, "TCEB-2565", 2565);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);

    PlatformTestResource.withKafkaDown(
        () -> {
          publish(agency, 2565);
          // The write succeeded; its event waits in the outbox while the broker is away.
          long pending =
              QuarkusTransaction.requiringNew()
                  .call(
                      () ->
                          OutboxEvent.count(
                              "key = ?1 and type = ?2 and publishedAt is null",
                              agency,
                              "ResultPublished"));
          assertThat(pending).isEqualTo(1);
        });

    Event event = TestTopics.awaitEvent(mark, e -> agency.equals(e.key()), Duration.ofSeconds(90));
    assertThat(event.ceType()).isEqualTo("ResultPublished");
    assertThat(sentFor(agency, mark)).extracting(Event::ceId).containsExactly(event.ceId());
  }
}
