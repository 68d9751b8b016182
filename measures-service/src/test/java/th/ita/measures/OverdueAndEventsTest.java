package th.ita.measures;

import java.io.IOException;
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
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.measures.job.OverdueJob;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TopicReader;

/** Milestones fall overdue when their quarter ends, and every change is announced with a snapshot. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "measures"))
class OverdueAndEventsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Inject OverdueJob overdue;

  private static void move(String measureId, String agency, String to) {
    given().auth().oauth2(TestTokens.officer(agency)).contentType(ContentType.JSON).body("{\"to\": \"" + to + "\"}")
        .post("/api/v1/measures/{id}/status", measureId).then().statusCode(200);
  }

  private boolean changeTo(TopicReader.Event event, String status) {
    try {
      return status.equals(json.readTree(event.value()).at("/change/to").asText());
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void aMilestoneWhoseQuarterHasEndedBecomesOverdueAndItsMeasureDelayed() throws Exception {
    // FY2567 ended on 30 September 2024: every quarter of it is over.
    String agency = MeasuresFixtures.agency("OV-PAST");
    MeasuresFixtures.plan(agency, 2567);
    String id = MeasuresFixtures.addMeasure(agency, 2567);
    move(id, agency, "PLANNED");
    move(id, agency, "IN_PROGRESS");
    String q1 = given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/measures/{id}", id).path("milestones[0].id");
    given().auth().oauth2(TestTokens.officer(agency)).contentType(ContentType.JSON).body("{\"to\": \"DONE\"}")
        .post("/api/v1/measures/{id}/milestones/{m}/status", id, q1).then().statusCode(200);

    assertThat(overdue.markOverdue()).isGreaterThanOrEqualTo(3);

    given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/measures/{id}", id)
        .then().statusCode(200)
        .body("status", equalTo("DELAYED"))
        .body("milestones.status", equalTo(List.of("DONE", "OVERDUE", "OVERDUE", "OVERDUE")))
        .body("allowedTransitions", equalTo(List.of("IN_PROGRESS", "COMPLETED", "ON_HOLD", "CANCELLED")));
    given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/measures/{id}/history", id)
        .then().body("findAll { it.to == 'DELAYED' }.changedBy", equalTo(List.of("system:overdue-job")));

    TopicReader.Event delayed = TopicReader.awaitEvent(Topics.MEASURES,
        e -> agency.equals(e.key()) && "MeasureStatusChanged".equals(e.ceType()) && changeTo(e, "DELAYED"),
        Duration.ofSeconds(20));
    JsonNode data = json.readTree(delayed.value());
    assertThat(data.at("/measure/status").asText()).isEqualTo("DELAYED");
    assertThat(data.at("/measure/titleTh").asText()).contains("ยืม-คืน");
    assertThat(data.at("/measure/milestones").size()).isEqualTo(4);
    assertThat(data.at("/change/from").asText()).isEqualTo("IN_PROGRESS");

    // Running again changes nothing and announces nothing more.
    long before = TopicReader.readAll(Topics.MEASURES, Duration.ofSeconds(2)).stream().filter(e -> agency.equals(e.key())).count();
    assertThat(overdue.markOverdue()).isZero();
    assertThat(TopicReader.readAll(Topics.MEASURES, Duration.ofSeconds(3)).stream().filter(e -> agency.equals(e.key())).count())
        .isEqualTo(before);
  }

  @Test
  void milestonesOfTheCurrentYearAreNotTouched() {
    String agency = MeasuresFixtures.agency("OV-FUTURE");
    MeasuresFixtures.plan(agency, 2599);
    String id = MeasuresFixtures.addMeasure(agency, 2599);
    overdue.markOverdue();
    given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/measures/{id}", id)
        .then().body("status", equalTo("DRAFT")).body("milestones.status", equalTo(List.of("PLANNED", "PLANNED", "PLANNED", "PLANNED")));
  }

  @Test
  void approvingAndPublishingAPlanAreAnnouncedWithTheWholePlan() throws Exception {
    String agency = MeasuresFixtures.agency("EV-PLAN");
    MeasuresFixtures.plan(agency, 2599);
    MeasuresFixtures.addMeasure(agency, 2599);
    String etag = given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/agencies/{a}/plans/2599", agency).header("ETag");
    etag = given().auth().oauth2(TestTokens.officer(agency)).header("If-Match", etag)
        .post("/api/v1/agencies/{a}/plans/2599/approve", agency).then().statusCode(200).extract().header("ETag");
    given().auth().oauth2(TestTokens.officer(agency)).header("If-Match", etag)
        .post("/api/v1/agencies/{a}/plans/2599/publish", agency).then().statusCode(200);

    TopicReader.Event published = TopicReader.awaitEvent(Topics.PLANS,
        e -> agency.equals(e.key()) && "PlanPublished".equals(e.ceType()), Duration.ofSeconds(20));
    JsonNode plan = json.readTree(published.value());
    assertThat(plan.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(plan.get("fiscalYear").asInt()).isEqualTo(2599);
    assertThat(plan.at("/measures/0/steps").size()).isEqualTo(3);
    assertThat(TopicReader.readAll(Topics.PLANS, Duration.ofSeconds(2)).stream()
        .filter(e -> agency.equals(e.key())).map(TopicReader.Event::ceType).toList())
        .containsExactly("PlanApproved", "PlanPublished");
  }

  @Test
  void recordingEvidenceRaisesTheMeasureVersionAndIsAnnouncedWithAllItsEvidence() throws Exception {
    String agency = MeasuresFixtures.agency("EV-EVID");
    MeasuresFixtures.plan(agency, 2569);
    String id = MeasuresFixtures.addMeasure(agency, 2569);
    var before = given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/measures/{id}", id).then().extract();
    String etag = before.header("ETag");
    int version = before.path("version");
    String q2 = before.path("milestones[1].id");

    String evidenceId = given().auth().oauth2(TestTokens.officer(agency)).contentType(ContentType.JSON)
        .body("""
            {"milestoneId": "%s", "occurredOn": "2026-01-15", "startTime": "09:30", "endTime": "11:00",
             "titleTh": "เปิดใช้ระบบยืม-คืนออนไลน์", "place": "ห้องประชุม 2", "attendees": ["งานพัสดุ"],
             "links": [{"title": "ประกาศ", "url": "https://example.go.th/notice.pdf"}],
             "attachments": [{"fileName": "notice.pdf", "mediaType": "application/pdf", "sizeBytes": 5000}]}""".formatted(q2))
        .post("/api/v1/measures/{id}/evidence", id).then().statusCode(201).extract().path("id");

    // Evidence is a change to the measure: its version (and ETag) moves on, and the old ETag is stale.
    given().auth().oauth2(TestTokens.officer(agency)).get("/api/v1/measures/{id}", id).then().statusCode(200)
        .body("version", equalTo(version + 1))
        .body("evidence.id", equalTo(List.of(evidenceId)));
    given().auth().oauth2(TestTokens.officer(agency)).contentType(ContentType.JSON).header("If-Match", etag)
        .body(MeasuresFixtures.measureBody(2569)).put("/api/v1/measures/{id}", id).then().statusCode(412);

    TopicReader.Event recorded = TopicReader.awaitEvent(Topics.MEASURES,
        e -> agency.equals(e.key()) && "EvidenceRecorded".equals(e.ceType()), Duration.ofSeconds(20));
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
    assertThat(evidence.at("/0/recordedBy").asText()).isEqualTo("test-officer-" + agency.toLowerCase());
    assertThat(evidence.at("/0/recordedAt").asText()).contains("T");
    assertThat(evidence.at("/0/links/0/url").asText()).isEqualTo("https://example.go.th/notice.pdf");
    assertThat(evidence.at("/0/attachments/0/fileName").asText()).isEqualTo("notice.pdf");
  }
}
