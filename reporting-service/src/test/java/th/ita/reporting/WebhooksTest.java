package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Webhooks end to end, with real Kafka and PostgreSQL and a real HTTP receiver on localhost (which
 * the test profile allows): delivery and its signature, order and ids across a receiver's outage,
 * the automatic pause, redelivery, and who may subscribe to what.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class WebhooksTest {

  static final String SUBSCRIPTIONS = "/api/v1/webhooks/subscriptions";

  @Test
  void anEventArrivesAsASignedCloudEvent() throws Exception {
    String agency = ReportFixtures.agency("WH-SIGN", "MOC");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      ExtractableResponse<Response> created =
          subscribe(TestTokens.officer(agency), receiver.url(), agency, "ResultPublished")
              .statusCode(201)
              .body("status", equalTo("ACTIVE"))
              .body("agencyCode", equalTo(agency))
              .body("secret", startsWith("whsec_"))
              .extract();
      String id = created.path("id");
      String secret = created.path("secret");
      assertThat(created.header("Location")).endsWith(SUBSCRIPTIONS + "/" + id);
      assertThat(created.header("ETag")).isEqualTo("\"0\"");

      ObjectNode result = ReportFixtures.result(agency, 1);
      String eventId = ReportFixtures.send(Topics.RESULTS, agency, "ResultPublished", result);
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);

      WebhookReceiver.Received r = receiver.received().get(0);
      assertThat(r.header("ce-id")).isEqualTo(eventId);
      assertThat(r.header("webhook-id")).isEqualTo(eventId);
      assertThat(r.header("ce-type")).isEqualTo("ResultPublished");
      assertThat(r.header("ce-source")).isEqualTo("/test");
      assertThat(r.header("ce-specversion")).isEqualTo("1.0");
      assertThat(r.header("content-type")).isEqualTo("application/json");
      assertThat(r.body()).isEqualTo(result.toString());
      long timestamp = Long.parseLong(r.header("webhook-timestamp"));
      assertThat(Math.abs(Instant.now().getEpochSecond() - timestamp)).isLessThan(60);
      assertThat(r.header("webhook-signature"))
          .isEqualTo("v1," + hmac(secret, eventId + "." + timestamp + "." + r.body()));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(TestTokens.officer(agency))
                      .get(SUBSCRIPTIONS + "/{id}/deliveries", id)
                      .then()
                      .statusCode(200)
                      .body("totalItems", equalTo(1))
                      .body("items[0].eventId", equalTo(eventId))
                      .body("items[0].eventType", equalTo("ResultPublished"))
                      .body("items[0].agencyCode", equalTo(agency))
                      .body("items[0].state", equalTo("DELIVERED"))
                      .body("items[0].attempts", equalTo(1))
                      .body("items[0].lastStatusCode", equalTo(200)));
      // The secret is shown once: reading the subscription again never shows it.
      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .get(SUBSCRIPTIONS + "/{id}", id)
          .then()
          .statusCode(200)
          .body("containsKey('secret')", equalTo(false));
      delete(agency, id);
    }
  }

  @Test
  void aReceiverThatIsDownGetsEveryEventAfterwardsInOrderWithTheSameIds() throws Exception {
    String agency = ReportFixtures.agency("WH-DOWN", "MOC");
    try (WebhookReceiver receiver = new WebhookReceiver().answer(503, 503, 500)) {
      String id =
          subscribe(
                  TestTokens.officer(agency),
                  receiver.url(),
                  agency,
                  "ResultPublished",
                  "PlanApproved")
              .statusCode(201)
              .extract()
              .path("id");
      String first =
          ReportFixtures.send(
              Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
      String second =
          ReportFixtures.send(
              Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 2));
      String third =
          ReportFixtures.send(
              Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 3));
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 6);

      // Three failed attempts at the first event, then each event once, in the order published:
      // the second waited for the first.
      assertThat(receiver.ids()).containsExactly(first, first, first, first, second, third);
      assertThat(receiver.received().stream().map(WebhookReceiver.Received::answered))
          .containsExactly(503, 503, 500, 200, 200, 200);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(TestTokens.officer(agency))
                      .get(SUBSCRIPTIONS + "/{id}/deliveries", id)
                      .then()
                      .statusCode(200)
                      .body("items.eventId", equalTo(List.of(third, second, first)))
                      .body("items.state", equalTo(List.of("DELIVERED", "DELIVERED", "DELIVERED")))
                      .body("items.attempts", equalTo(List.of(1, 1, 4))));
      delete(agency, id);
    }
  }

  @Test
  void aSubscriptionThatKeepsFailingIsPausedAndGoesOnAfterResume() throws Exception {
    String agency = ReportFixtures.agency("WH-PAUSE", "MOC");
    String officer = TestTokens.officer(agency);
    String id =
        subscribe(officer, "http://localhost:" + closedPort() + "/gone", agency, "PlanApproved")
            .statusCode(201)
            .extract()
            .path("id");
    String eventId =
        ReportFixtures.send(
            Topics.PLANS, agency, "PlanApproved", ReportFixtures.plan(agency, "APPROVED", 2));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(officer)
                    .get(SUBSCRIPTIONS + "/{id}", id)
                    .then()
                    .body("status", equalTo("PAUSED"))
                    .body(
                        "pausedReason",
                        startsWith("Paused by the platform: 6 attempts in a row failed since ")));
    given()
        .auth()
        .oauth2(officer)
        .get(SUBSCRIPTIONS + "/{id}/deliveries", id)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].eventId", equalTo(eventId))
        .body("items[0].state", equalTo("PENDING"))
        .body("items[0].attempts", equalTo(6))
        .body("items[0].lastStatusCode", equalTo(null))
        .body("items[0].lastError", startsWith("ConnectException"));

    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String etag = given().auth().oauth2(officer).get(SUBSCRIPTIONS + "/{id}", id).header("ETag");
      given()
          .auth()
          .oauth2(officer)
          .contentType(ContentType.JSON)
          .header("If-Match", etag)
          .body(body(receiver.url(), agency, "PlanApproved"))
          .put(SUBSCRIPTIONS + "/{id}", id)
          .then()
          .statusCode(200)
          .body("url", equalTo(receiver.url()))
          .body("status", equalTo("PAUSED"));
      given()
          .auth()
          .oauth2(officer)
          .post(SUBSCRIPTIONS + "/{id}/resume", id)
          .then()
          .statusCode(200)
          .body("status", equalTo("ACTIVE"))
          .body("containsKey('pausedReason')", equalTo(false));
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
      assertThat(receiver.ids()).containsExactly(eventId);
      delete(agency, id);
    }
  }

  @Test
  void oneEventOrEverythingSinceATimeIsDeliveredAgain() throws Exception {
    String agency = ReportFixtures.agency("WH-AGAIN", "MOC");
    String officer = TestTokens.officer(agency);
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String id =
          subscribe(officer, receiver.url(), agency, "ResultPublished")
              .statusCode(201)
              .extract()
              .path("id");
      Instant before = Instant.now().minusSeconds(1);
      String first =
          ReportFixtures.send(
              Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 1));
      String second =
          ReportFixtures.send(
              Topics.RESULTS, agency, "ResultPublished", ReportFixtures.result(agency, 2));
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () ->
                  given()
                      .auth()
                      .oauth2(officer)
                      .get(SUBSCRIPTIONS + "/{id}/deliveries", id)
                      .then()
                      .body("items.state", equalTo(List.of("DELIVERED", "DELIVERED"))));
      String firstDelivery =
          given()
              .auth()
              .oauth2(officer)
              .get(SUBSCRIPTIONS + "/{id}/deliveries", id)
              .then()
              .extract()
              .path("items[1].id");

      given()
          .auth()
          .oauth2(officer)
          .post(SUBSCRIPTIONS + "/{id}/deliveries/{d}/redeliver", id, firstDelivery)
          .then()
          .statusCode(202)
          .body("eventId", equalTo(first))
          .body("state", equalTo("PENDING"))
          .body("attempts", equalTo(0));
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 3);
      assertThat(receiver.ids()).containsExactly(first, second, first);

      given()
          .auth()
          .oauth2(officer)
          .post(SUBSCRIPTIONS + "/{id}/redeliver?since={t}", id, before.toString())
          .then()
          .statusCode(202)
          .body("queued", equalTo(2));
      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 5);
      assertThat(receiver.ids()).containsExactly(first, second, first, first, second);

      given()
          .auth()
          .oauth2(officer)
          .post(SUBSCRIPTIONS + "/{id}/redeliver?since=yesterday", id)
          .then()
          .statusCode(400)
          .contentType("application/problem+json")
          .body("errors[0].field", equalTo("since"));
      delete(agency, id);
    }
  }

  @Test
  void anOfficerSubscribesOnlyToTheirOwnAgencyAndSeesOnlyTheirOwnSubscriptions() {
    String agency = ReportFixtures.agency("WH-OWN", "MOC");
    String other = ReportFixtures.agency("WH-OTHER", "MOC");
    String url = "http://localhost:9/hooks";
    subscribe(TestTokens.officer(agency), url, other, "ResultPublished")
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/forbidden"))
        .body(
            "detail",
            equalTo(
                "Your token is for agency '"
                    + agency
                    + "'; you may subscribe only to its events, not to agency '"
                    + other
                    + "'"));
    subscribe(TestTokens.officer(agency), url, null, "ResultPublished")
        .statusCode(400)
        .body("errors[0].field", equalTo("agencyCode"));
    String theirs =
        subscribe(TestTokens.officer(other), url, other, "MeasureStatusChanged")
            .statusCode(201)
            .extract()
            .path("id");
    // Another agency's subscription does not exist for this officer: the same 404 as none at all.
    String missing = java.util.UUID.randomUUID().toString();
    for (String id : List.of(theirs, missing)) {
      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .get(SUBSCRIPTIONS + "/{id}", id)
          .then()
          .statusCode(404)
          .body("type", equalTo("/problems/not-found"))
          .body("detail", equalTo("Webhook subscription '" + id + "' does not exist"));
    }
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(SUBSCRIPTIONS + "?size=200")
        .then()
        .statusCode(200)
        .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(theirs)));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(SUBSCRIPTIONS + "/{id}", theirs)
        .then()
        .statusCode(200);

    // Viewers subscribe to the published events only.
    subscribe(TestTokens.viewer(), url, other, "MeasureStatusChanged")
        .statusCode(403)
        .body(
            "detail",
            equalTo(
                "Your role may subscribe only to the published events ResultPublished and"
                    + " PlanPublished, not MeasureStatusChanged"));
    String viewers =
        subscribe(TestTokens.viewer(), url, other, "ResultPublished", "PlanPublished")
            .statusCode(201)
            .extract()
            .path("id");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .delete(SUBSCRIPTIONS + "/{id}", viewers)
        .then()
        .statusCode(204);
    delete(other, theirs);
  }

  @Test
  void anInternalAddressOrPlainHttpIsRefusedUnlessTheHostIsAllowed() {
    String agency = ReportFixtures.agency("WH-ADDR", "MOC");
    String admin = TestTokens.admin();
    Map<String, String> refused =
        Map.of(
            "https://10.1.2.3/hook",
            "resolves to 10.1.2.3, a private, loopback, link-local or otherwise internal address",
            "https://127.0.0.1/hook",
            "resolves to 127.0.0.1, a private, loopback, link-local or otherwise internal address",
            "https://169.254.169.254/latest/meta-data",
            "resolves to 169.254.169.254, a private, loopback, link-local or otherwise internal"
                + " address",
            "https://[fd00::1]/hook",
            "resolves to fd00:0:0:0:0:0:0:1, a private, loopback, link-local or otherwise internal"
                + " address",
            "http://203.0.113.10/hook",
            "must use https (plain http only to hosts an operator allows)",
            "ftp://localhost/hook",
            "must be an absolute https URL with a host");
    refused.forEach(
        (url, why) ->
            subscribe(admin, url, agency, "ResultPublished")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/validation"))
                .body("detail", equalTo("1 field is invalid"))
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", equalTo(why)));
    // localhost is allowed in this profile (ita.webhooks.allowed-hosts), plain http included.
    String id =
        subscribe(admin, "http://localhost:9/hook", agency, "ResultPublished")
            .statusCode(201)
            .extract()
            .path("id");
    given().auth().oauth2(admin).delete(SUBSCRIPTIONS + "/{id}", id).then().statusCode(204);
    given().auth().oauth2(admin).get(SUBSCRIPTIONS + "/{id}", id).then().statusCode(404);
  }

  @Test
  void aPortalSubscribedToFrameworksGetsEachFrameworkVersion() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String id =
          subscribe(TestTokens.viewer(), receiver.url(), null, "FrameworkPublished")
              .statusCode(201)
              .extract()
              .path("id");
      ObjectNode framework;
      try (var in = WebhooksTest.class.getResourceAsStream("/events/fy2567.framework.json")) {
        framework = (ObjectNode) ReportFixtures.JSON.readTree(in);
      }
      // A version of its own, so that no other test's framework is this one.
      framework.put("version", 700_000 + new Random().nextInt(100_000));
      String eventId =
          ReportFixtures.send(Topics.FRAMEWORKS, "2567", "FrameworkPublished", framework);

      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 1);
      WebhookReceiver.Received r = receiver.received().get(0);
      assertThat(r.header("ce-id")).isEqualTo(eventId);
      assertThat(r.header("ce-type")).isEqualTo("FrameworkPublished");
      assertThat(r.body()).isEqualTo(framework.toString());
      given()
          .auth()
          .oauth2(TestTokens.viewer())
          .delete(SUBSCRIPTIONS + "/{id}", id)
          .then()
          .statusCode(204);
    }
  }

  /**
   * The webhook channel reads every topic (its {@code topics} list): the registry's and the
   * measures' events arrive too, which no other test here subscribes to.
   */
  @Test
  void eventsOfTheRegistryAndOfMeasuresArriveToo() throws Exception {
    String agency = ReportFixtures.agency("WH-TOPICS", "MOC");
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      subscribe(
              TestTokens.officer(agency),
              receiver.url(),
              agency,
              "AgencyUpdated",
              "MeasureStatusChanged")
          .statusCode(201);
      ObjectNode renamed =
          ReportFixtures.JSON
              .createObjectNode()
              .put("code", agency)
              .put("nameTh", "กรมทดสอบ " + agency)
              .put("nameEn", "Renamed department " + agency)
              .put("type", "DEPARTMENT")
              .put("typeNameTh", "ส่วนราชการระดับกรม")
              .put("ministryCode", "MOC")
              .put("ministryNameTh", "กระทรวงทดสอบ")
              .put("version", 1);
      String agencyEvent = ReportFixtures.send(Topics.AGENCIES, agency, "AgencyUpdated", renamed);
      ObjectNode measure =
          ReportFixtures.measure(ReportFixtures.plan(agency, "PUBLISHED", 3), 0)
              .put("status", "IN_PROGRESS");
      String measureEvent =
          ReportFixtures.send(
              Topics.MEASURES,
              agency,
              "MeasureStatusChanged",
              ReportFixtures.measureEvent(
                  measure, "PLANNED", "IN_PROGRESS", null, "2025-01-01T00:00:00Z"));

      await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() == 2);
      assertThat(receiver.received())
          .extracting(r -> r.header("ce-id") + " " + r.header("ce-type"))
          .containsExactlyInAnyOrder(
              agencyEvent + " AgencyUpdated", measureEvent + " MeasureStatusChanged");
    }
  }

  static io.restassured.response.ValidatableResponse subscribe(
      String token, String url, String agency, String... types) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(body(url, agency, types))
        .post(SUBSCRIPTIONS)
        .then();
  }

  static String body(String url, String agency, String... types) {
    ObjectNode body = ReportFixtures.JSON.createObjectNode().put("url", url);
    var array = body.putArray("eventTypes");
    for (String t : types) {
      array.add(t);
    }
    if (agency != null) {
      body.put("agencyCode", agency);
    }
    return body.toString();
  }

  static void delete(String agency, String id) {
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .delete(SUBSCRIPTIONS + "/{id}", id)
        .then()
        .statusCode(204);
  }

  /** The signature a receiver computes: HMAC-SHA256 with the secret's decoded bytes. */
  static String hmac(String secret, String content) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    return Base64.getEncoder()
        .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
  }

  /** A local port nothing listens on: a receiver that is down. */
  static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
