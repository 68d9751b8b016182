package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * A plan is approved by the head of the agency, named with their position and the day they signed;
 * an officer who prepared the plan cannot approve it, and the approval travels in the plan events.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class PlanApprovalTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void realTimeAgain() {
    MovableClock.INSTANCE.reset();
  }

  @Test
  void anOfficerWhoIsNotTheHeadIsRefusedAndThePlanStaysADraft() {
    String agency = MeasuresFixtures.agency("APV-OFFICER");
    MeasuresFixtures.plan(agency, 2568);
    MeasuresFixtures.addMeasure(agency, 2568);
    String etag = etag(agency);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.APPROVAL)
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/forbidden"))
        .body(
            "detail",
            equalTo(
                "Only the head of agency 'APV-OFFICER' (role agency-head) or an ita-admin records"
                    + " the approval of its plan; an officer prepares it"));
    // The head of another agency is no head here.
    given()
        .auth()
        .oauth2(TestTokens.head("APV-ELSEWHERE"))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.APPROVAL)
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(403);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200)
        .header("ETag", etag)
        .body("status", equalTo("DRAFT"))
        .body("approval", nullValue())
        .body("measures[0].status", equalTo("DRAFT"));
  }

  @Test
  void theApproverAndPositionAreRequiredAndTheDayIsNeverInTheFuture() {
    String agency = MeasuresFixtures.agency("APV-INPUT");
    MeasuresFixtures.plan(agency, 2568);
    MeasuresFixtures.addMeasure(agency, 2568);
    String etag = etag(agency);
    moveTo("2024-11-01T08:00:00");

    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"approverNameTh\": \" \"}")
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", equalTo(List.of("approverNameTh", "approverPositionTh")))
        .body(
            "errors.message",
            equalTo(
                List.of(
                    "must name the person who approved the plan",
                    "must give the approver's position, such as อธิบดี or ผู้อำนวยการ")));
    // A client written before approvers were recorded, which posts nothing, is told what to send.
    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/unsupported-media-type"));
    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors[0].message", equalTo("a JSON body naming the approver is required"));
    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(approval("2024-11-02"))
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("approvedOn"))
        .body(
            "errors[0].message",
            equalTo("must not be in the future: today in Bangkok is 2024-11-01"))
        .body("errors[0].rejectedValue", equalTo("2024-11-02"));
    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(approval("2023-09-30"))
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("approvedOn"))
        .body(
            "errors[0].message",
            equalTo(
                "must not be before 2023-10-01, when FY2567 began: the plan answers that year's"
                    + " results"));

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200)
        .header("ETag", etag)
        .body("status", equalTo("DRAFT"));
  }

  @Test
  void theHeadApprovesAndTheApprovalIsShownAndAnnouncedUntilPublication() throws Exception {
    String agency = MeasuresFixtures.agency("APV-HEAD");
    MeasuresFixtures.plan(agency, 2568);
    MeasuresFixtures.addMeasure(agency, 2568);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.PLANS);
    // 1 November 2024, 06:30 in Bangkok, is still 31 October in UTC: the Thai day counts.
    moveTo("2024-11-01T06:30:00");

    String approved =
        given()
            .auth()
            .oauth2(TestTokens.head(agency))
            .header("If-Match", etag(agency))
            .contentType(ContentType.JSON)
            .body(
                "{\"approverNameTh\": \"  นางสาวศิริพร วงศ์ไทย \","
                    + " \"approverPositionTh\": \"ผู้อำนวยการกองพัสดุ\"}")
            .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
            .then()
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .body("approvedBy", equalTo("test-officer-apv-head"))
            .body("approval.approverNameTh", equalTo("นางสาวศิริพร วงศ์ไทย"))
            .body("approval.approverPositionTh", equalTo("ผู้อำนวยการกองพัสดุ"))
            .body("approval.approvedOn", equalTo("2024-11-01"))
            .body("approval.approvedOnTh", equalTo("1 พ.ย. 2567"))
            .body("approval.recordedBy", equalTo("test-officer-apv-head"))
            .body("approval.recordedAt", equalTo("2024-10-31T23:30:00Z"))
            .body("publishedOn", nullValue())
            .extract()
            .header("ETag");
    moveTo("2024-11-15T10:00:00");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", approved)
        .post("/api/v1/agencies/{a}/plans/2568/publish", agency)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedOn", equalTo("2024-11-15"))
        .body("approval.approvedOn", equalTo("2024-11-01"));

    JsonNode approvedEvent = planEvent(mark, agency, EventTypes.PLAN_APPROVED);
    assertThat(approvedEvent.get("approval"))
        .isEqualTo(
            JSON.readTree(
                """
                {"approverNameTh": "นางสาวศิริพร วงศ์ไทย",
                 "approverPositionTh": "ผู้อำนวยการกองพัสดุ",
                 "approvedOn": "2024-11-01", "recordedBy": "test-officer-apv-head"}"""));
    assertThat(approvedEvent.has("publishedOn")).isFalse();
    JsonNode publishedEvent = planEvent(mark, agency, EventTypes.PLAN_PUBLISHED);
    assertThat(publishedEvent.get("approval")).isEqualTo(approvedEvent.get("approval"));
    assertThat(publishedEvent.get("publishedOn").asText()).isEqualTo("2024-11-15");
  }

  @Test
  void anItaAdminMayRecordTheApprovalForTheHead() {
    String agency = MeasuresFixtures.agency("APV-ADMIN");
    MeasuresFixtures.plan(agency, 2568);
    MeasuresFixtures.addMeasure(agency, 2568);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag(agency))
        .contentType(ContentType.JSON)
        .body(approval("2024-10-15"))
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(200)
        .body("approval.approverNameTh", equalTo("นายสมชาย ใจดี"))
        .body("approval.approverPositionTh", equalTo("อธิบดี"))
        .body("approval.approvedOn", equalTo("2024-10-15"))
        .body("approval.recordedBy", equalTo("test-ita-admin"));
  }

  private static JsonNode planEvent(Map<TopicPartition, Long> mark, String agency, String type)
      throws Exception {
    TestTopics.Event event =
        TestTopics.awaitEvent(mark, e -> agency.equals(e.key()) && type.equals(e.ceType()));
    assertThat(EventSchemas.violations("plan.schema.json", event.value())).as(type).isEmpty();
    return JSON.readTree(event.value());
  }

  private static String approval(String approvedOn) {
    return "{\"approverNameTh\": \"นายสมชาย ใจดี\", \"approverPositionTh\": \"อธิบดี\","
        + " \"approvedOn\": \""
        + approvedOn
        + "\"}";
  }

  private static String etag(String agency) {
    return given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  private static void moveTo(String bangkokDateTime) {
    MovableClock.INSTANCE.moveTo(
        LocalDateTime.parse(bangkokDateTime).atZone(MovableClock.BANGKOK).toInstant());
  }
}
