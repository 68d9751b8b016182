package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** A published result becomes next year's gap list, once, whatever Kafka redelivers. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class GapListTest {

  /**
   * A ResultPublished as assessment-service sends it, reduced to what the gap list reads (see
   * {@link EventData#result}), with i10 at {@code i10Score}.
   */
  private static void sendResult(
      String agency, String eventId, int fiscalYear, int revision, String i10Score) {
    TestTopics.sendCloudEvent(
        Topics.RESULTS,
        agency,
        eventId,
        EventTypes.RESULT_PUBLISHED,
        EventData.result(agency, fiscalYear, revision, i10Score));
  }

  private static ValidatableResponse gapList(String agency, int planYear) {
    return given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/gap-lists/{y}", agency, planYear)
        .then();
  }

  @Test
  void aPublishedResultGivesNextYearsGapListInTiers() {
    String agency = MeasuresFixtures.agency("GAP-ONE");
    sendResult(agency, UUID.randomUUID().toString(), 2567, 1, "77.10");

    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> gapList(agency, 2568).statusCode(200));
    gapList(agency, 2568)
        .body("assessmentYear", equalTo(2567))
        .body("gaps.code", equalTo(List.of("e8", "i10", "i14")))
        .body("gaps.tier", equalTo(List.of("URGENT", "URGENT", "IMPROVE")))
        .body("byIssue.find { it.issue == 4 }.questions", equalTo(List.of("i10")))
        .body("gaps.find { it.code == 'i10' }.proposedTemplates", not(hasSize(0)));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/gap-lists/2568?keepAbove=99.5&urgentBelow=60", agency)
        .then()
        .body("gaps.code", hasItem("i1"))
        .body("gaps.find { it.code == 'i10' }.tier", equalTo("IMPROVE"));
    given()
        .auth()
        .oauth2(TestTokens.officer("GAP-OTHER"))
        .get("/api/v1/agencies/{a}/gap-lists/2568", agency)
        .then()
        .statusCode(403);

    // Seed 000's answer to weak asset borrowing (i10) is proposed, ready to add to the plan.
    var proposals =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/gap-lists/2568/proposed-measures", agency)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("findAll { it.targetQuestions.code.contains('i10') }", Map.class);
    assertThat(proposals)
        .extracting(
            p ->
                ((String) p.get("rationale"))
                    .substring(0, ((String) p.get("rationale")).indexOf(" (")))
        .containsExactly(
            "Proposed from template ASSET-LOAN-REGISTER",
            "Proposed from template ASSET-LOAN-PROCEDURE-GUIDE");
    MeasuresFixtures.plan(agency, 2568);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(proposals.get(0))
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .log()
        .ifValidationFails()
        .statusCode(201)
        .body("tier", equalTo("URGENT"))
        .body("periodTh", equalTo("ต.ค. 2567 – ก.ย. 2568"));
  }

  /** The list's questions are replaced whole by a newer revision's, and saved so. */
  @Test
  void aNewerRevisionReplacesTheGapListsScores() {
    String agency = MeasuresFixtures.agency("GAP-NEWER");
    sendResult(agency, UUID.randomUUID().toString(), 2567, 1, "77.10");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> gapList(agency, 2568).body("resultRevision", equalTo(1)));

    sendResult(agency, UUID.randomUUID().toString(), 2567, 2, "10.00");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> gapList(agency, 2568).body("resultRevision", equalTo(2)));

    gapList(agency, 2568).body("gaps.find { it.code == 'i10' }.score", equalTo(10.00f));
  }

  @Test
  void aRedeliveredEventIsAppliedOnceAndAnOlderRevisionNeverWins() {
    String agency = MeasuresFixtures.agency("GAP-TWICE");
    String id = UUID.randomUUID().toString();
    sendResult(agency, id, 2567, 2, "77.10");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> gapList(agency, 2568).statusCode(200));

    // The same event again (with other data, to tell them apart), then an older revision, then a
    // marker.
    sendResult(agency, id, 2567, 2, "10.00");
    sendResult(agency, UUID.randomUUID().toString(), 2567, 1, "20.00");
    sendResult(agency, UUID.randomUUID().toString(), 2568, 1, "30.00");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> gapList(agency, 2569).statusCode(200));

    gapList(agency, 2568)
        .body("resultRevision", equalTo(2))
        .body("gaps.find { it.code == 'i10' }.score", equalTo(77.10f));
  }

  @Test
  void aPoisonResultGoesToTheDeadLetterTopicAndTheNextOneStillArrives() {
    String agency = MeasuresFixtures.agency("GAP-POISON");
    String poison = UUID.randomUUID().toString();
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.DEAD_LETTER);
    TestTopics.sendCloudEvent(
        Topics.RESULTS,
        agency,
        poison,
        EventTypes.RESULT_PUBLISHED,
        "{\"agencyCode\": \"" + agency + "\"}");
    sendResult(agency, UUID.randomUUID().toString(), 2567, 1, "77.10");

    TestTopics.awaitEvent(mark, e -> poison.equals(e.ceId()));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(() -> gapList(agency, 2568).statusCode(200));
  }
}
