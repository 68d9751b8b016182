package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TopicReader;
import th.ita.platform.testing.TopicReader.Event;

/** Registry changes reach the real Kafka broker as CloudEvents, through the outbox. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AgencyEventsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void registeringAndUpdatingAnAgencyPublishesSnapshotsKeyedByCode() throws Exception {
    given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
        .body(AgencyResourceTest.body("EVT-1", "กรมเหตุการณ์"))
        .post("/api/v1/agencies").then().statusCode(201);

    Event registered = TopicReader.awaitEvent(Topics.AGENCIES,
        e -> "EVT-1".equals(e.key()) && "AgencyRegistered".equals(e.ceType()), Duration.ofSeconds(20));
    assertThat(registered.headers())
        .containsEntry("ce_specversion", "1.0")
        .containsEntry("ce_source", "/assessment-service")
        .containsEntry("ce_subject", "EVT-1")
        .containsKey("ce_time");
    assertThat(registered.ceId()).isNotBlank();
    JsonNode data = json.readTree(registered.value());
    assertThat(data.get("nameTh").asText()).isEqualTo("กรมเหตุการณ์");
    assertThat(data.get("ministryCode").asText()).isEqualTo("MOC");
    assertThat(data.get("version").asLong()).isZero();

    given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
        .body(AgencyResourceTest.body("EVT-1", "กรมเหตุการณ์ (ชื่อใหม่)"))
        .put("/api/v1/agencies/EVT-1").then().statusCode(200);

    Event updated = TopicReader.awaitEvent(Topics.AGENCIES,
        e -> "EVT-1".equals(e.key()) && "AgencyUpdated".equals(e.ceType()), Duration.ofSeconds(20));
    assertThat(json.readTree(updated.value()).get("version").asLong()).isEqualTo(1);
    assertThat(updated.partition()).as("one agency's events share a partition").isEqualTo(registered.partition());
    assertThat(updated.offset()).isGreaterThan(registered.offset());
  }

  @Test
  void aRefusedWriteAnnouncesNothing() {
    given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
        .body("{\"code\":\"EVT-BAD\",\"nameTh\":\"\",\"type\":\"DEPARTMENT\"}")
        .post("/api/v1/agencies").then().statusCode(400);
    assertThat(TopicReader.readAll(Topics.AGENCIES, Duration.ofSeconds(2)))
        .noneMatch(e -> "EVT-BAD".equals(e.key()));
  }
}
