package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ita.measures.job.OverdueJob;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Milestones fall overdue when their quarter ends, and every change is announced with a snapshot.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class OverdueAndEventsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Inject OverdueJob overdue;

  private static void move(String measureId, String agency, String to) {
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"to\": \"" + to + "\"}")
        .post("/api/v1/measures/{id}/status", measureId)
        .then()
        .statusCode(200);
  }

  private JsonNode data(TestTopics.Event event) {
    try {
      return json.readTree(event.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TopicPartition partitionOf(TestTopics.Event event) {
    return new TopicPartition(Topics.MEASURES, event.partition());
  }

  @AfterEach
  void realTimeAgain() {
    MovableClock.INSTANCE.reset();
  }

  @Test
  void aMilestoneWhoseQuarterHasEndedBecomesOverdueAndItsMeasureDelayed() {
    // FY2541 ran to 30 September 1998; no other test plans in it, so the job's count is this test's
    // own.
    String agency = MeasuresFixtures.agency("OV-PAST");
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.MEASURES);
    MeasuresFixtures.plan(agency, 2541);
    String id = MeasuresFixtures.addMeasure(agency, 2541);
    move(id, agency, "PLANNED");
    move(id, agency, "IN_PROGRESS");
    String q1 =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/measures/{id}", id)
            .path("milestones[0].id");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"to\": \"DONE\"}")
        .post("/api/v1/measures/{id}/milestones/{m}/status", id, q1)
        .then()
        .statusCode(200);

    MovableClock.INSTANCE.moveTo(
        Instant.parse("1998-09-30T17:00:00Z")); // 1 October 1998, 00:00 in Bangkok
    assertThat(overdue.markOverdue()).isEqualTo(3);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DELAYED"))
        .body("milestones.status", equalTo(List.of("DONE", "OVERDUE", "OVERDUE", "OVERDUE")))
        .body(
            "allowedTransitions",
            equalTo(List.of("IN_PROGRESS", "COMPLETED", "ON_HOLD", "CANCELLED")));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}/history", id)
        .then()
        .body("findAll { it.to == 'DELAYED' }.changedBy", equalTo(List.of("system:overdue-job")));

    TestTopics.Event delayed =
        TestTopics.awaitEvent(
            mark,
            e -> agency.equals(e.key()) && "DELAYED".equals(data(e).at("/change/to").asText()));
    JsonNode data = data(delayed);
    assertThat(data.at("/measure/status").asText()).isEqualTo("DELAYED");
    assertThat(data.at("/measure/titleTh").asText())
        .isEqualTo("จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์");
    assertThat(data.at("/measure/milestones").size()).isEqualTo(4);
    assertThat(data.at("/change/from").asText()).isEqualTo("IN_PROGRESS");
    TopicPartition partition = partitionOf(delayed);
    assertThat(
            TestTopics.between(
                    Map.of(partition, mark.get(partition)), Map.of(partition, delayed.offset() + 1))
                .stream()
                .filter(e -> agency.equals(e.key()))
                .map(e -> e.ceType() + " " + data(e).at("/change/to").asText())
                .toList())
        .containsExactly(
            "MeasureStatusChanged PLANNED",
            "MeasureStatusChanged IN_PROGRESS",
            "MilestoneStatusChanged DONE",
            "MilestoneStatusChanged OVERDUE",
            "MilestoneStatusChanged OVERDUE",
            "MilestoneStatusChanged OVERDUE",
            "MeasureStatusChanged DELAYED");

    // Running again changes nothing and announces nothing: the next event of the measure is the
    // officer's.
    assertThat(overdue.markOverdue()).isZero();
    MovableClock.INSTANCE.reset();
    move(id, agency, "ON_HOLD");
    TestTopics.Event onHold =
        TestTopics.awaitEvent(
            Map.of(partition, delayed.offset() + 1),
            e -> agency.equals(e.key()) && "ON_HOLD".equals(data(e).at("/change/to").asText()));
    assertThat(
            TestTopics.between(
                    Map.of(partition, delayed.offset() + 1), Map.of(partition, onHold.offset() + 1))
                .stream()
                .filter(e -> agency.equals(e.key()))
                .map(TestTopics.Event::offset)
                .toList())
        .containsExactly(onHold.offset());
  }

  @Test
  void milestonesOfTheCurrentYearAreNotTouched() {
    String agency = MeasuresFixtures.agency("OV-FUTURE");
    MeasuresFixtures.plan(agency, 2599);
    String id = MeasuresFixtures.addMeasure(agency, 2599);
    overdue.markOverdue();
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", id)
        .then()
        .body("status", equalTo("DRAFT"))
        .body("milestones.status", equalTo(List.of("PLANNED", "PLANNED", "PLANNED", "PLANNED")));
  }

  @Test
  void approvingAndPublishingAPlanAreAnnouncedWithTheWholePlan() throws Exception {
    String agency = MeasuresFixtures.agency("EV-PLAN");
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.PLANS);
    MeasuresFixtures.plan(agency, 2599);
    MeasuresFixtures.addMeasure(agency, 2599);
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/2599", agency)
            .header("ETag");
    etag =
        given()
            .auth()
            .oauth2(TestTokens.head(agency))
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(MeasuresFixtures.APPROVAL)
            .post("/api/v1/agencies/{a}/plans/2599/approve", agency)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", etag)
        .post("/api/v1/agencies/{a}/plans/2599/publish", agency)
        .then()
        .statusCode(200);

    TestTopics.Event published =
        TestTopics.awaitEvent(
            mark, e -> agency.equals(e.key()) && "PlanPublished".equals(e.ceType()));
    JsonNode plan = json.readTree(published.value());
    assertThat(plan.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(plan.get("fiscalYear").asInt()).isEqualTo(2599);
    assertThat(plan.at("/measures/0/steps").size()).isEqualTo(3);
    TopicPartition partition = new TopicPartition(Topics.PLANS, published.partition());
    assertThat(
            TestTopics.between(
                    Map.of(partition, mark.get(partition)),
                    Map.of(partition, published.offset() + 1))
                .stream()
                .filter(e -> agency.equals(e.key()))
                .map(TestTopics.Event::ceType)
                .toList())
        .containsExactly("PlanApproved", "PlanPublished");
  }

  @Test
  void recordingEvidenceRaisesTheMeasureVersionAndIsAnnouncedWithAllItsEvidence() throws Exception {
    String agency = MeasuresFixtures.agency("EV-EVID");
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.MEASURES);
    MeasuresFixtures.plan(agency, 2569);
    String id = MeasuresFixtures.addMeasure(agency, 2569);
    var before =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/measures/{id}", id)
            .then()
            .extract();
    String etag = before.header("ETag");
    int version = before.path("version");
    String q2 = before.path("milestones[1].id");

    String evidenceId =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .contentType(ContentType.JSON)
            .body(
                """
            {"milestoneId": "%s", "occurredOn": "2026-01-15", "startTime": "09:30", "endTime": "11:00",
             "titleTh": "เปิดใช้ระบบยืม-คืนออนไลน์", "place": "ห้องประชุม 2", "attendees": ["งานพัสดุ"],
             "links": [{"title": "ประกาศ", "url": "https://example.go.th/notice.pdf"}],
             "attachments": [{"fileName": "notice.pdf", "mediaType": "application/pdf", "sizeBytes": 5000}]}"""
                    .formatted(q2))
            .post("/api/v1/measures/{id}/evidence", id)
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    // Evidence is a change to the measure: its version (and ETag) moves on, and the old ETag is
    // stale.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", id)
        .then()
        .statusCode(200)
        .body("version", equalTo(version + 1))
        .body("evidence.id", equalTo(List.of(evidenceId)));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(MeasuresFixtures.measureBody(2569))
        .put("/api/v1/measures/{id}", id)
        .then()
        .statusCode(412);

    TestTopics.Event recorded =
        TestTopics.awaitEvent(
            mark, e -> agency.equals(e.key()) && "EvidenceRecorded".equals(e.ceType()));
    assertThat(recorded.headers().get("ce_subject")).isEqualTo(id);
    JsonNode data = json.readTree(recorded.value());
    assertThat(data.at("/measure/version").asInt()).isEqualTo(version + 1);
    assertThat(data.at("/evidence/id").asText()).isEqualTo(evidenceId);
    JsonNode evidence = data.at("/measure/evidence");
    assertThat(evidence.size()).isEqualTo(1);
    assertThat(evidence.at("/0/id").asText()).isEqualTo(evidenceId);
    assertThat(evidence.at("/0/milestoneId").asText()).isEqualTo(q2);
    assertThat(evidence.at("/0/occurredOn").asText()).isEqualTo("2026-01-15");
    assertThat(evidence.at("/0/titleTh").asText()).isEqualTo("เปิดใช้ระบบยืม-คืนออนไลน์");
    assertThat(evidence.at("/0/recordedBy").asText())
        .isEqualTo("test-officer-" + agency.toLowerCase());
    assertThat(evidence.at("/0/recordedAt").asText()).contains("T");
    assertThat(evidence.at("/0/links/0/url").asText())
        .isEqualTo("https://example.go.th/notice.pdf");
    assertThat(evidence.at("/0/attachments/0/fileName").asText()).isEqualTo("notice.pdf");
  }
}
