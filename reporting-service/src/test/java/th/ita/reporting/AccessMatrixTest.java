package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static th.ita.platform.testing.AccessMatrix.Probe.delete;
import static th.ita.platform.testing.AccessMatrix.Probe.get;
import static th.ita.platform.testing.AccessMatrix.Probe.post;
import static th.ita.platform.testing.AccessMatrix.Probe.put;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.AccessMatrix;
import th.ita.platform.testing.AccessMatrix.Caller;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Who may call what in reporting-service, written down once: every operation of the served
 * document, one probe each (two where a draft and a published document differ), and the status each
 * caller gets. A draft document does not exist for those who may not see it (the 404 of no document
 * at all); report settings are the agency's own business; an export job and its file are its
 * requester's and the ita-admins'.
 */
@QuarkusTest
@TestProfile(SeparateDatabase.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class AccessMatrixTest {

  /** A draft document is hidden from everyone but the agency's own officers and ita-admins. */
  static final Caller[] HIDDEN = {
    Caller.NO_TOKEN, Caller.VIEWER, Caller.ASSESSOR, Caller.OTHER_OFFICER
  };

  /** An export job is hidden from everyone but its requester and ita-admins. */
  static final Caller[] NOT_REQUESTERS = {Caller.VIEWER, Caller.ASSESSOR, Caller.OTHER_OFFICER};

  static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";

  @Test
  void everyCallerGetsWhatTheTableSays() {
    String own = ReportFixtures.agency("RX-OWN", "MFA");
    String other = ReportFixtures.agency("RX-OTHER", "MFA");
    String none = ReportFixtures.agency("RX-NONE", "MFA");
    String published = ReportFixtures.agency("RX-PUB", "MFA");
    String hook =
        "{\"url\":\"http://localhost:9/hook\",\"eventTypes\":[\"ResultPublished\"],\"agencyCode\":\""
            + own
            + "\"}";
    String subscription =
        SUBSCRIPTIONS
            + "/"
            + given()
                .auth()
                .oauth2(TestTokens.officer(own))
                .contentType("application/json")
                .body(hook)
                .post(SUBSCRIPTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    ReportFixtures.send(Topics.RESULTS, own, "ResultPublished", ReportFixtures.result(own, 1));
    ReportFixtures.send(Topics.PLANS, own, "PlanApproved", ReportFixtures.plan(own, "APPROVED", 2));
    ReportFixtures.send(
        Topics.PLANS, published, "PlanPublished", ReportFixtures.plan(published, "PUBLISHED", 3));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              given()
                  .auth()
                  .oauth2(TestTokens.admin())
                  .get("/api/v1/agencies/{a}/reports/2568/measures", own)
                  .then()
                  .statusCode(200)
                  .body("plan.status", equalTo("APPROVED"))
                  .body("result.revision", equalTo(1)); // a topic of its own, like the plan's
              given()
                  .auth()
                  .oauth2(TestTokens.admin())
                  .get("/api/v1/agencies/{a}/reports/2568/measures", published)
                  .then()
                  .statusCode(200)
                  .body("published", equalTo(true));
            });
    String job =
        "/api/v1/report-jobs/"
            + given()
                .auth()
                .oauth2(TestTokens.officer(own))
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
                    .oauth2(TestTokens.officer(own))
                    .get(job)
                    .then()
                    .body("state", equalTo("DONE")));

    String delivery =
        subscription
            + "/deliveries/"
            + await()
                .atMost(Duration.ofSeconds(30))
                .until(
                    () ->
                        given()
                            .auth()
                            .oauth2(TestTokens.officer(own))
                            .get(subscription + "/deliveries")
                            .then()
                            .statusCode(200)
                            .extract()
                            .<String>path("items[0].id"),
                    id -> id != null);
    String missingSubscription = SUBSCRIPTIONS + "/" + UUID.randomUUID();
    String reports = "/api/v1/agencies/" + own + "/reports/";
    String nothing = "/api/v1/agencies/" + none + "/reports/";
    String settings = "/api/v1/agencies/" + own + "/report-settings";
    String unknown = UUID.randomUUID().toString();
    String missingJob = "/api/v1/report-jobs/" + unknown;

    AccessMatrix.forAgencies(own, other)
        //                                                                                      none
        //  exp  aud view asse  own othr admin
        .row(
            "listDeadLetters",
            get("/api/v1/admin/dead-letters"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row(
            "redriveDeadLetter",
            post("/api/v1/admin/dead-letters/0/999999/redrive"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "listParkedEvents",
            get("/api/v1/admin/outbox/parked"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row(
            "discardParkedEvent",
            delete("/api/v1/admin/outbox/parked/" + unknown),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "retryParkedEvent",
            post("/api/v1/admin/outbox/parked/" + unknown + "/retry"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "rebuildProjections",
            post("/api/v1/admin/projections/rebuild"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row("getReportSettings", get(settings), 401, 401, 401, 403, 403, 200, 403, 200)
        .row(
            "putReportSettings",
            put(settings, "{\"publicDocuments\": true}").staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        // Where an agency published its documents is public by nature (OIT assessors check it);
        // only the agency's own officers and head, and ita-admins, record it.
        .row(
            "getDisclosures",
            get("/api/v1/agencies/" + own + "/disclosures/2568"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "putDisclosures",
            put("/api/v1/agencies/" + own + "/disclosures/2568", "{\"documents\": []}")
                .staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        .row(
            "getDisclosureDashboard",
            get("/api/v1/dashboards/2568/disclosures"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "getMeasuresDocument",
            get(reports + "2568/measures"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "getMeasuresDocument",
            get("/api/v1/agencies/" + published + "/reports/2568/measures"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "getMeasuresDocumentFile",
            get(reports + "2568/measures.html"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "getProgressReport",
            get(reports + "2568/progress"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "getProgressReportFile",
            get(reports + "2568/progress.html"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "getAnalysisReport",
            get(reports + "2567/analysis"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "getAnalysisReportFile",
            get(reports + "2567/analysis.html"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row("getDashboard", get("/api/v1/dashboards/2567"), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "getDashboardFile",
            get("/api/v1/dashboards/2567.csv"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "exportDashboard",
            post("/api/v1/dashboards/2567/exports?format=csv"),
            401,
            401,
            401,
            202,
            202,
            202,
            202,
            202)
        .row(
            "listReportAgencies",
            get("/api/v1/report-agencies"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row("getReportJob", get(job), 401, 401, 401, 404, 404, 200, 404, 200)
        .row("getReportJobFile", get(job + "/file"), 401, 401, 401, 404, 404, 200, 404, 200)
        // Webhooks: officers subscribe to their own agency's events, national readers to the
        // published ones; a subscription is its owner's (and the ita-admins') alone.
        .row(
            "createWebhookSubscription",
            post(SUBSCRIPTIONS, hook),
            401,
            401,
            401,
            201,
            201,
            201,
            403,
            201)
        .row("listWebhookSubscriptions", get(SUBSCRIPTIONS), 401, 401, 401, 200, 200, 200, 200, 200)
        .row("getWebhookSubscription", get(subscription), 401, 401, 401, 404, 404, 200, 404, 200)
        .row(
            "updateWebhookSubscription",
            put(subscription, hook).staleIfMatch(),
            401,
            401,
            401,
            404,
            404,
            412,
            404,
            412)
        .row(
            "deleteWebhookSubscription",
            delete(subscription).staleIfMatch(),
            401,
            401,
            401,
            404,
            404,
            412,
            404,
            412)
        .row(
            "pauseWebhookSubscription",
            post(subscription + "/pause").staleIfMatch(),
            401,
            401,
            401,
            404,
            404,
            412,
            404,
            412)
        .row(
            "resumeWebhookSubscription",
            post(subscription + "/resume").staleIfMatch(),
            401,
            401,
            401,
            404,
            404,
            412,
            404,
            412)
        .row(
            "rotateWebhookSecret",
            post(subscription + "/secret"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "listWebhookDeliveries",
            get(subscription + "/deliveries"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "redeliverWebhookDelivery",
            post(delivery + "/redeliver"),
            401,
            401,
            401,
            404,
            404,
            202,
            404,
            202)
        .row(
            "redeliverWebhookEvents",
            post(subscription + "/redeliver?since=2026-01-01T00:00:00Z"),
            401,
            401,
            401,
            404,
            404,
            202,
            404,
            202)
        .sameAnswer(
            "an officer's webhook subscription",
            get(subscription),
            get(missingSubscription),
            NOT_REQUESTERS)
        .sameAnswer(
            "an officer's webhook deliveries",
            get(subscription + "/deliveries"),
            get(missingSubscription + "/deliveries"),
            NOT_REQUESTERS)
        // A draft document, and someone else's job, are told apart from none only to those who may
        // see them.
        .sameAnswer(
            "a draft measures document",
            get(reports + "2568/measures"),
            get(nothing + "2568/measures"),
            HIDDEN)
        .sameAnswer(
            "a draft measures document file",
            get(reports + "2568/measures.pdf"),
            get(nothing + "2568/measures.pdf"),
            HIDDEN)
        .sameAnswer(
            "a draft progress report",
            get(reports + "2568/progress"),
            get(nothing + "2568/progress"),
            HIDDEN)
        .sameAnswer("an officer's export job", get(job), get(missingJob), NOT_REQUESTERS)
        .sameAnswer(
            "an officer's export file",
            get(job + "/file"),
            get(missingJob + "/file"),
            NOT_REQUESTERS)
        .verify();
  }
}
