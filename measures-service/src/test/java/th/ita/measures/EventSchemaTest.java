package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** The documented schemas describe what measures-service really puts on its topics. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class EventSchemaTest {

  @Test
  void measureAndPlanEventsMatchTheirSchemas() throws Exception {
    String agency = MeasuresFixtures.agency("SCHEMA-1");
    Map<TopicPartition, Long> measuresMark = TestTopics.endOffsets(Topics.MEASURES);
    Map<TopicPartition, Long> plansMark = TestTopics.endOffsets(Topics.PLANS);
    MeasuresFixtures.plan(agency, 2599);
    String id = MeasuresFixtures.addMeasure(agency, 2599);
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
        .body("{\"to\": \"IN_PROGRESS\", \"note\": \"เริ่ม\"}")
        .post("/api/v1/measures/{id}/milestones/{m}/status", id, q1)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            """
            {"milestoneId": "%s", "occurredOn": "2025-11-20", "startTime": "09:30", "endTime": "11:00",
             "titleTh": "ประชุมภายในเพื่อชี้แจงผลการประเมินและมาตรการแก้ไข", "description": "ชี้แจงมาตรการ", "place": "ห้องประชุม 1",
             "attendees": ["ผู้แทนจากกลุ่มงานต่าง ๆ"],
             "links": [{"title": "รายงานการประชุม", "url": "https://example.go.th/minutes.pdf"}],
             "attachments": [{"fileName": "minutes.pdf", "mediaType": "application/pdf", "sizeBytes": 120000, "reference": "DOC-1"}]}"""
                .formatted(q1))
        .post("/api/v1/measures/{id}/evidence", id)
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"occurredOn\": \"2025-12-01\", \"titleTh\": \"อบรมบุคลากร\"}")
        .post("/api/v1/measures/{id}/evidence", id)
        .then()
        .statusCode(201);
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

    for (String type : new String[] {"MilestoneStatusChanged", "MeasureStatusChanged"}) {
      var event =
          TestTopics.awaitEvent(
              measuresMark, e -> agency.equals(e.key()) && type.equals(e.ceType()));
      assertThat(EventSchemas.violations("measure-changed.schema.json", event.value()))
          .as(type)
          .isEmpty();
    }
    var evidence =
        TestTopics.awaitEvent(
            measuresMark, e -> agency.equals(e.key()) && "EvidenceRecorded".equals(e.ceType()));
    assertThat(EventSchemas.violations("evidence-recorded.schema.json", evidence.value()))
        .as("EvidenceRecorded")
        .isEmpty();
    for (String type : new String[] {"PlanApproved", "PlanPublished"}) {
      var event =
          TestTopics.awaitEvent(plansMark, e -> agency.equals(e.key()) && type.equals(e.ceType()));
      assertThat(EventSchemas.violations("plan.schema.json", event.value())).as(type).isEmpty();
      // The plan-wide monitoring reaches the documents through the plan events.
      assertThat(new ObjectMapper().readTree(event.value()).path("monitoring").asText())
          .as(type)
          .isEqualTo(MeasuresFixtures.PLAN_MONITORING);
    }
  }
}
