package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;
import th.ita.platform.testing.TestTopics.Event;

/** Registry changes reach the real Kafka broker as CloudEvents, through the outbox. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class AgencyEventsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void registeringAndUpdatingAnAgencyPublishesSnapshotsKeyedByCode() throws Exception {
    String code = Fixtures.newCode("EVT");
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.AGENCIES);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency(code).named("กรมเหตุการณ์").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);

    Event registered =
        TestTopics.awaitEvent(
            mark, e -> code.equals(e.key()) && "AgencyRegistered".equals(e.ceType()));
    assertThat(registered.headers())
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_source", "/assessment-service")
        .containsEntry("ce_subject", code)
        .containsKey("ce_time");
    assertThat(registered.ceId()).isNotBlank();
    JsonNode data = json.readTree(registered.value());
    assertThat(data.get("nameTh").asText()).isEqualTo("กรมเหตุการณ์");
    assertThat(data.get("ministryCode").asText()).isEqualTo("MOC");
    assertThat(data.get("version").asLong()).isZero();

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(AgencyData.agency(code).named("กรมเหตุการณ์ (ชื่อใหม่)").json())
        .put("/api/v1/agencies/{a}", code)
        .then()
        .statusCode(200);

    Event updated =
        TestTopics.awaitEvent(
            mark, e -> code.equals(e.key()) && "AgencyUpdated".equals(e.ceType()));
    assertThat(json.readTree(updated.value()).get("version").asLong()).isEqualTo(1);
    assertThat(updated.partition())
        .as("one agency's events share a partition")
        .isEqualTo(registered.partition());
    assertThat(updated.offset()).isGreaterThan(registered.offset());
    assertThat(SentEvents.since(mark, List.of(code)))
        .filteredOn(e -> code.equals(e.key()))
        .extracting(Event::ceType)
        .containsExactly("AgencyRegistered", "AgencyUpdated");
  }

  @Test
  void aRefusedWriteAnnouncesNothing() {
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.AGENCIES);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"code\":\"EVT-BAD\",\"nameTh\":\"\",\"type\":\"DEPARTMENT\"}")
        .post("/api/v1/agencies")
        .then()
        .statusCode(400);
    // The outbox is the only way out: nothing was written to it, so nothing was sent.
    assertThat(QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("key", "EVT-BAD")))
        .isZero();
    assertThat(SentEvents.since(mark, List.of("EVT-BAD")))
        .noneMatch(e -> "EVT-BAD".equals(e.key()));
  }
}
