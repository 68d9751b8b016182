package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** A message that cannot be read goes to ita.dead-letter, and the events after it still arrive. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class PoisonMessageTest {

  @Test
  void unreadableEventsGoToTheDeadLetterTopicAndTheConsumersCarryOn() {
    String agency = ReportFixtures.agency("POISON", "MFA");
    String notJson = UUID.randomUUID().toString();
    String noRevision = UUID.randomUUID().toString();
    String badPlan = UUID.randomUUID().toString();
    String badMeasure = UUID.randomUUID().toString();
    Map<TopicPartition, Long> deadLettersBefore = TestTopics.endOffsets(Topics.DEAD_LETTER);

    ReportFixtures.send(
        Topics.RESULTS,
        agency,
        "ResultPublished",
        notJson,
        "{\"agencyCode\": \"" + agency + "\", ");
    ObjectNode withoutRevision = ReportFixtures.result(agency, 1);
    withoutRevision.remove("revision");
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", noRevision, withoutRevision.toString());
    ObjectNode planWithTextScore = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ((ObjectNode) planWithTextScore.get("measures").get(0).get("targetQuestions").get(0))
        .put("score", "zero");
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanPublished", badPlan, planWithTextScore.toString());
    ReportFixtures.send(
        Topics.MEASURES, agency, "MeasureStatusChanged", badMeasure, "{\"change\": {}}");

    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
    ObjectNode measure = ReportFixtures.measure(plan, 2).put("status", "ON_HOLD").put("version", 2);
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MeasureStatusChanged",
        ReportFixtures.measureEvent(measure, "PLANNED", "ON_HOLD", null, "2025-01-05T03:00:00Z"));

    for (String poison : new String[] {notJson, noRevision, badPlan, badMeasure}) {
      TestTopics.awaitEvent(deadLettersBefore, e -> poison.equals(e.ceId()));
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
  }
}
