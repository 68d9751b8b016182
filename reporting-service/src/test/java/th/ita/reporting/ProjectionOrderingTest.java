package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Kafka delivers at least once and topics do not order each other: a redelivered event changes
 * nothing, and an older snapshot never replaces a newer one. Each check ends with a marker event on
 * the same partition (same agency key), so that once the marker is applied, the events before it
 * have been handled too.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class ProjectionOrderingTest {

  private static ValidatableResponse document(String agency, int year) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/{a}/reports/{y}/measures", agency, year)
        .then();
  }

  @Test
  void aRedeliveredResultChangesNothingAndAnOlderRevisionNeverWins() {
    String agency = ReportFixtures.agency("ORD-R", "MFA");
    String id = UUID.randomUUID().toString();
    ReportFixtures.send(
        Topics.RESULTS, agency, "ResultPublished", id, ReportFixtures.result(agency, 2).toString());
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> document(agency, 2568).statusCode(200));

    // The same event id again (with other data, to tell them apart), then an older revision.
    ReportFixtures.send(
        Topics.RESULTS,
        agency,
        "ResultPublished",
        id,
        ReportFixtures.result(agency, 2, "10.00", "URGENT_IMPROVEMENT").toString());
    ReportFixtures.send(
        Topics.RESULTS,
        agency,
        "ResultPublished",
        ReportFixtures.result(agency, 1, "20.00", "URGENT_IMPROVEMENT"));
    ObjectNode marker = ReportFixtures.result(agency, 1, "91.00", "PASS");
    marker.put("fiscalYear", 2568);
    ReportFixtures.send(Topics.RESULTS, agency, "ResultPublished", marker);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> document(agency, 2569).statusCode(200));

    document(agency, 2568)
        .body("result.revision", equalTo(2))
        .body("result.overall.score", equalTo(69.80f));
    document(agency, 2569).body("result.overall.level.code", equalTo("PASS"));

    // A correction (a higher revision) does replace it.
    ReportFixtures.send(
        Topics.RESULTS,
        agency,
        "ResultPublished",
        ReportFixtures.result(agency, 3, "70.10", "NEEDS_IMPROVEMENT"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                document(agency, 2568)
                    .body("result.revision", equalTo(3))
                    .body("result.overall.score", equalTo(70.10f)));
  }

  @Test
  void anOlderPlanSnapshotNeverReplacesANewerOne() {
    String agency = ReportFixtures.agency("ORD-P", "MFA");
    ObjectNode published = ReportFixtures.plan(agency, "PUBLISHED", 5);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", published);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> document(agency, 2568).statusCode(200).body("published", equalTo(true)));

    // The approval (version 4) comes late, e.g. redelivered after a crash.
    ReportFixtures.send(
        Topics.PLANS, agency, "PlanApproved", ReportFixtures.planAt(published, "APPROVED", 4));
    ObjectNode marker = ReportFixtures.plan(agency, "PUBLISHED", 1);
    marker.put("fiscalYear", 2569);
    marker.get("measures").forEach(m -> ((ObjectNode) m).put("fiscalYear", 2569));
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", marker);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> document(agency, 2569).statusCode(200).body("plan", notNullValue()));

    document(agency, 2568)
        .body("published", equalTo(true))
        .body("plan.version", equalTo(5))
        .body("plan.status", equalTo("PUBLISHED"));
  }

  @Test
  void anOlderMeasureSnapshotNeverReplacesANewerOneWhicheverTopicItCameOn() {
    String agency = ReportFixtures.agency("ORD-M", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ObjectNode completed = ReportFixtures.measure(plan, 0);
    completed.put("status", "COMPLETED").put("percentComplete", 100).put("version", 5);
    // The measure event (version 5) and the plan event carrying the measure at version 1 travel on
    // different topics: whichever is applied first, the newer snapshot stays.
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MeasureStatusChanged",
        ReportFixtures.measureEvent(
            completed, "IN_PROGRESS", "COMPLETED", null, "2025-03-01T03:00:00Z"));
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                document(agency, 2568)
                    .statusCode(200)
                    .body("plan.measures[0].status", equalTo("COMPLETED"))
                    .body("plan.measures[0].percentComplete", equalTo(100)));

    // An older measure event after the newer one: ignored. The overdue job moves a milestone
    // without raising the measure's version; that still counts as newer.
    ObjectNode older = ReportFixtures.measure(plan, 0);
    older.put("status", "IN_PROGRESS").put("version", 4);
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MeasureStatusChanged",
        ReportFixtures.measureEvent(older, "PLANNED", "IN_PROGRESS", null, "2025-02-01T03:00:00Z"));
    ObjectNode second = ReportFixtures.measure(plan, 1);
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MeasureStatusChanged",
        ReportFixtures.measureEvent(
            second.put("status", "IN_PROGRESS").put("version", 2),
            "PLANNED",
            "IN_PROGRESS",
            null,
            "2025-01-10T03:00:00Z"));
    ObjectNode overdue = second.deepCopy();
    ((ObjectNode) overdue.get("milestones").get(0)).put("status", "OVERDUE").put("version", 1);
    ReportFixtures.send(
        Topics.MEASURES,
        agency,
        "MilestoneStatusChanged",
        ReportFixtures.measureEvent(
            overdue,
            "PLANNED",
            "OVERDUE",
            UUID.fromString(overdue.get("milestones").get(0).get("id").asText()),
            "2025-01-01T00:00:00Z"));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                document(agency, 2568)
                    .body("plan.measures[1].milestones[0].status", equalTo("OVERDUE")));
    document(agency, 2568)
        .body("plan.measures[0].status", equalTo("COMPLETED"))
        .body("plan.measures[1].status", equalTo("IN_PROGRESS"));
  }
}
