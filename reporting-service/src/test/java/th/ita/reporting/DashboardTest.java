package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * A ministry's year: levels, indicator means, a ranking where equal scores share a rank, and
 * overdue measures first.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class DashboardTest {

  @Test
  void aMinistrysDashboard() {
    String ministry = "DASH-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    String low = ReportFixtures.agency("DASH-A", ministry);
    String high1 = ReportFixtures.agency("DASH-B", ministry);
    String high2 = ReportFixtures.agency("DASH-C", ministry);
    ReportFixtures.send(Topics.RESULTS, low, "ResultPublished", ReportFixtures.result(low, 1));
    ReportFixtures.send(
        Topics.RESULTS, high1, "ResultPublished", ReportFixtures.result(high1, 1, "88.00", "PASS"));
    ReportFixtures.send(
        Topics.RESULTS, high2, "ResultPublished", ReportFixtures.result(high2, 1, "88.00", "PASS"));
    ObjectNode plan = ReportFixtures.plan(low, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, low, "PlanPublished", plan);
    ObjectNode late = ReportFixtures.measure(plan, 3).put("status", "DELAYED").put("version", 3);
    ((ObjectNode) late.get("milestones").get(0)).put("status", "OVERDUE").put("version", 1);
    ReportFixtures.send(
        Topics.MEASURES,
        low,
        "MeasureStatusChanged",
        ReportFixtures.measureEvent(late, "PLANNED", "DELAYED", null, "2025-01-01T00:00:00Z"));
    // A draft plan's measures are not on the dashboard.
    ReportFixtures.send(
        Topics.PLANS, high1, "PlanApproved", ReportFixtures.plan(high1, "APPROVED", 2));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get("/api/v1/dashboards/2567?ministry={m}", ministry.toLowerCase())
                    .then()
                    .statusCode(200)
                    .body("agencies", equalTo(3)));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2567?ministry={m}", ministry)
        .then()
        .body("ministryCode", equalTo(ministry))
        .body("averageScore", equalTo(81.93f))
        .body("levels.code", equalTo(List.of("PASS", "URGENT_IMPROVEMENT")))
        .body("levels.agencies", equalTo(List.of(2, 1)))
        .body("indicatorAverages", hasSize(10))
        .body("indicatorAverages.find { it.number == 9 }.average", equalTo(62.38f))
        .body("ranking.rank", equalTo(List.of(1, 1, 3)))
        .body("ranking[2].agencyCode", equalTo(low))
        .body("ranking[2].nameTh", equalTo("กรมทดสอบ " + low));

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(low))
                    .get("/api/v1/dashboards/2568?ministry={m}", ministry)
                    .then()
                    .statusCode(200)
                    .body("measures", hasSize(7))
                    .body("measures[0].overdue", equalTo(true))
                    .body("measures[0].status", equalTo("DELAYED"))
                    .body("measuresByStatus[0].status", equalTo("DELAYED"))
                    .body("measuresByStatus.find { it.status == 'PLANNED' }.measures", equalTo(6)));

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2567")
        .then()
        .statusCode(200)
        .body("ranking.agencyCode", hasItem(high2));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/dashboards/2567?measures=0")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("measures"));
    given().get("/api/v1/dashboards/2567").then().statusCode(401);
  }
}
