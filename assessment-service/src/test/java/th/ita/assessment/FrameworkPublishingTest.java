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
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.service.FrameworkService;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Each framework version is announced once with its texts on {@code ita.frameworks}: the bundled
 * ones at start-up, a new or changed one in the transaction that stores it.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class FrameworkPublishingTest {

  private final ObjectMapper json = new ObjectMapper();

  @Inject FrameworkService frameworks;

  /** The versions announced for the year, oldest first, as the outbox holds them. */
  private List<Long> announcedVersions(int year) {
    List<OutboxEvent> events =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    OutboxEvent.<OutboxEvent>list(
                        "key = ?1 and type = ?2 order by seq",
                        String.valueOf(year),
                        EventTypes.FRAMEWORK_PUBLISHED));
    return events.stream().map(e -> read(e.payload).get("version").asLong()).toList();
  }

  private JsonNode read(String payload) {
    try {
      return json.readTree(payload);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyBundledFrameworkWasAnnouncedOnceAtStartUp() throws Exception {
    for (int year : List.of(2565, 2566, 2567, 2568)) {
      assertThat(announcedVersions(year)).as("FY" + year).containsExactly(0L);
    }
    var event =
        TestTopics.awaitEvent(TestTopics.beginning(Topics.FRAMEWORKS), e -> "2566".equals(e.key()));
    assertThat(event.ceType()).isEqualTo("FrameworkPublished");
    assertThat(event.headers()).containsEntry("ce_subject", "2566");
    JsonNode data = json.readTree(event.value());
    assertThat(data.get("questions").size()).isEqualTo(88);
    assertThat(data.at("/questions/0/code").asText()).isEqualTo("I1");
    assertThat(data.at("/indicators/0/nameTh").asText()).isEqualTo("การปฏิบัติหน้าที่");
  }

  @Test
  void aClonedFrameworkAndEachChangeOfItAreAnnounced() throws Exception {
    var mark = TestTopics.endOffsets(Topics.FRAMEWORKS);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2591}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(201);
    assertThat(announcedVersions(2591)).containsExactly(0L);

    var response =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/frameworks/2591")
            .then()
            .statusCode(200)
            .extract();
    Map<String, Object> framework = response.jsonPath().getMap("");
    framework.put("titleEn", "ITA framework, fiscal year 2048 (draft)");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", response.header("ETag"))
        .body(framework)
        .put("/api/v1/frameworks/2591")
        .then()
        .statusCode(200);
    assertThat(announcedVersions(2591)).containsExactly(0L, 1L);

    var changed =
        TestTopics.awaitEvent(
            mark, e -> "2591".equals(e.key()) && read(e.value()).get("version").asLong() == 1);
    assertThat(json.readTree(changed.value()).get("titleEn").asText())
        .isEqualTo("ITA framework, fiscal year 2048 (draft)");
    assertThat(EventSchemas.violations("framework-published.schema.json", changed.value()))
        .isEmpty();
  }

  @Test
  void aFrameworkNeverAnnouncedIsAnnouncedOnceAtTheNextStart() {
    assertThat(announcedVersions(2564)).containsExactly(0L);
    // As a framework stored before the event existed.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                FrameworkRecord.getEntityManager()
                    .createNativeQuery(
                        "UPDATE framework SET announced_version = NULL WHERE fiscal_year = 2564")
                    .executeUpdate());

    frameworks.announceUnannounced();
    frameworks.announceUnannounced(); // a second replica, or the start after

    assertThat(announcedVersions(2564)).containsExactly(0L, 0L);
  }
}
