package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * A change whose event could never be delivered is refused when it is made, with the limit and the
 * size, and nothing of it is stored: here a plan whose measures, each within its own field limits,
 * add up to more than the topics take.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class EventSizeLimitTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void approvingAPlanWhoseEventWouldPassTheLimitIsRefusedAndChangesNothing() throws Exception {
    String agency = MeasuresFixtures.agency("SIZE-LIMIT");
    MeasuresFixtures.plan(agency, 2568);
    for (int i = 0; i < 6; i++) {
      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .contentType(ContentType.JSON)
          .body(measureAtItsLargest())
          .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
          .then()
          .statusCode(201);
    }
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/2568", agency)
            .header("ETag");
    long eventsBefore = outboxEvents(agency);

    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.APPROVAL)
        .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/too-large"))
        .body("detail", containsString("above the limit of 1,000,000 bytes"))
        .body("context.eventType", equalTo("PlanApproved"))
        .body("context.limitBytes", equalTo(1_000_000));

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200)
        .header("ETag", etag)
        .body("status", equalTo("DRAFT"))
        .body("measures[0].status", equalTo("DRAFT"));
    assertThat(outboxEvents(agency)).isEqualTo(eventsBefore);
  }

  @Test
  void aMeasureHoldsAtMostTheDocumentedNumberOfEvidenceRecords() {
    // ita.evidence.max-per-measure is 3 in this test's configuration (application.properties: 100).
    String agency = MeasuresFixtures.agency("EVIDENCE-CAP");
    MeasuresFixtures.plan(agency, 2568);
    String measure = MeasuresFixtures.addMeasure(agency, 2568);
    for (int i = 0; i < 3; i++) {
      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .contentType(ContentType.JSON)
          .body("{\"occurredOn\": \"2025-11-20\", \"titleTh\": \"ประชุมครั้งที่ " + (i + 1) + "\"}")
          .post("/api/v1/measures/{id}/evidence", measure)
          .then()
          .statusCode(201);
    }
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"occurredOn\": \"2025-11-21\", \"titleTh\": \"ประชุมครั้งที่ 4\"}")
        .post("/api/v1/measures/{id}/evidence", measure)
        .then()
        .statusCode(409)
        .body("detail", containsString("already has 3 evidence records"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}/evidence", measure)
        .then()
        .statusCode(200)
        .body("size()", equalTo(3));
  }

  /**
   * A measure with 30 steps of 2,000 Thai characters each: within every field limit, some 180 KB as
   * UTF-8.
   */
  private static String measureAtItsLargest() throws Exception {
    ObjectNode body = (ObjectNode) JSON.readTree(MeasuresFixtures.measureBody(2568));
    ArrayNode steps = body.putArray("steps");
    String step = "ก".repeat(2000);
    for (int i = 0; i < 30; i++) {
      steps.add(step);
    }
    return body.toString();
  }

  private static long outboxEvents(String agency) {
    return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", agency));
  }
}
