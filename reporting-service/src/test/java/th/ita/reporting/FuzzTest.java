package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.ApiFuzzer;
import th.ita.platform.testing.DataFingerprint;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Every operation of the served OpenAPI document, driven with valid and hostile requests (see
 * {@link ApiFuzzer}) over a draft and a published measures document and a finished export job:
 * never a 5xx, every 4xx a problem naming what is wrong, and a refused write changes no table.
 */
@QuarkusTest
@TestProfile(SeparateDatabase.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class FuzzTest {

  @Inject DataSource dataSource;

  @Test
  void hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
    String draft = ReportFixtures.agency("FZ-DRAFT", "MFA");
    String published = ReportFixtures.agency("FZ-PUB", "MFA");
    String hook =
        "{\"url\":\"http://localhost:9/hook\",\"eventTypes\":[\"ResultPublished\"],\"agencyCode\":\""
            + draft
            + "\"}";
    String subscription =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .contentType("application/json")
            .body(hook)
            .post("/api/v1/webhooks/subscriptions")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    ReportFixtures.send(Topics.RESULTS, draft, "ResultPublished", ReportFixtures.result(draft, 1));
    ReportFixtures.send(
        Topics.PLANS, draft, "PlanApproved", ReportFixtures.plan(draft, "APPROVED", 2));
    ReportFixtures.send(
        Topics.RESULTS, published, "ResultPublished", ReportFixtures.result(published, 1));
    ReportFixtures.send(
        Topics.PLANS, published, "PlanPublished", ReportFixtures.plan(published, "PUBLISHED", 3));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              given()
                  .auth()
                  .oauth2(TestTokens.admin())
                  .get("/api/v1/agencies/{a}/reports/2568/measures", draft)
                  .then()
                  .statusCode(200)
                  .body("plan.status", equalTo("APPROVED"));
              given()
                  .auth()
                  .oauth2(TestTokens.admin())
                  .get("/api/v1/agencies/{a}/reports/2568/measures", published)
                  .then()
                  .statusCode(200)
                  .body("published", equalTo(true));
            });
    String job =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .post("/api/v1/dashboards/2567/exports?format=csv")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/report-jobs/{id}", job)
                    .then()
                    .body("state", equalTo("DONE")));

    String delivery =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    given()
                        .auth()
                        .oauth2(TestTokens.admin())
                        .get("/api/v1/webhooks/subscriptions/{id}/deliveries", subscription)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<String>path("items[0].id"),
                id -> id != null);

    ApiFuzzer.Result result =
        ApiFuzzer.forServedApi()
            .token(TestTokens.admin())
            .tries(12) // documents render as PDF and DOCX: fewer tries keep the suite within CI's
            // minute
            .known("agencyCode", draft, published)
            .known("fiscalYear", 2567, 2568)
            .known("id", job)
            .known("ministry", "MFA")
            .known("subscriptionId", subscription)
            .known("deliveryId", delivery)
            .known("since", "2026-01-01T00:00:00Z")
            .validBody("createWebhookSubscription", hook)
            .validBody("updateWebhookSubscription", hook)
            .validBody("putReportSettings", "{\"publicDocuments\": true}")
            // Workers move a job's state and progress on their own; a refused request must not add
            // or remove one. The read model is written by the consumers whenever an event arrives,
            // also one that a valid fuzzed redrive of a dead letter sent back to its topic a moment
            // earlier, so it is left out: no request writes it but a rebuild.
            .fingerprint(
                new DataFingerprint(
                    dataSource,
                    Set.of(
                        "outbox_event",
                        "inbox_event",
                        "agency_directory",
                        "report_result",
                        "report_plan",
                        "report_measure",
                        "report_measure_change",
                        "webhook_event",
                        "webhook_delivery"),
                    // The delivery worker counts a subscription's failed attempts and may pause it.
                    Map.of("report_job", "id", "webhook_subscription", "id")))
            .run();
    assertThat(result.failures()).as(result.report()).isEmpty();
  }
}
