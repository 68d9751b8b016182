package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * A milestone the platform's editors wrote (a demo plan whose seed gives only a period) is marked
 * so, in the API and in the events, apart from the milestones the agency planned itself.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class EditorialMilestoneTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void anEditorialMilestoneIsMarkedInTheMeasureAndInThePlanEvent() throws Exception {
    String agency = MeasuresFixtures.agency("ED-MILESTONE");
    MeasuresFixtures.plan(agency, 2568);
    ObjectNode measure = (ObjectNode) JSON.readTree(MeasuresFixtures.measureBody(2568));
    ((ObjectNode) measure.get("milestones").get(0)).put("editorial", true);
    String body = JSON.writeValueAsString(measure);
    String id =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .contentType(ContentType.JSON)
            .body(body)
            .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
            .then()
            .statusCode(201)
            .body("milestones.quarter", equalTo(List.of("Q1", "Q2", "Q3", "Q4")))
            .body("milestones.editorial", equalTo(List.of(true, false, false, false)))
            .extract()
            .path("id");
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.PLANS);
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/2568", agency)
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.APPROVAL)
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(200);

    TestTopics.Event event =
        TestTopics.awaitEvent(
            mark, e -> agency.equals(e.key()) && EventTypes.PLAN_APPROVED.equals(e.ceType()));
    assertThat(EventSchemas.violations("plan.schema.json", event.value())).isEmpty();
    JsonNode milestones = JSON.readTree(event.value()).at("/measures/0/milestones");
    assertThat(milestones.findValuesAsText("quarter")).containsExactly("Q1", "Q2", "Q3", "Q4");
    assertThat(milestones.findValues("editorial").stream().map(JsonNode::asBoolean).toList())
        .containsExactly(true, false, false, false);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/measures/{id}", id)
        .then()
        .statusCode(404);
  }
}
