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
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ita.measures.job.OverdueJob;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * The fiscal calendar as the API shows it when the clock stands at a quarter's last minute and at
 * the next quarter's first, in Bangkok time. The plans here run in fiscal years long past that no
 * other test uses, so that the overdue job's counts are this test's own.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class MovedClockTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject OverdueJob overdue;

  @AfterEach
  void realTimeAgain() {
    MovableClock.INSTANCE.reset();
  }

  private static void moveTo(String bangkokDateTime) {
    Instant at = LocalDateTime.parse(bangkokDateTime).atZone(MovableClock.BANGKOK).toInstant();
    MovableClock.INSTANCE.moveTo(at);
  }

  private static int currentFiscalYear() {
    return given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/fiscal-years/current")
        .then()
        .statusCode(200)
        .extract()
        .path("fiscalYear");
  }

  @Test
  void theFiscalYearTurnsAtMidnightInBangkokOnTheFirstOfOctober() {
    moveTo("2025-09-30T23:59:59");
    assertThat(currentFiscalYear()).isEqualTo(2568);
    moveTo("2025-10-01T00:00:00");
    assertThat(currentFiscalYear()).isEqualTo(2569);
    // 1 October 00:30 in Bangkok is still 30 September in UTC: the Thai day decides.
    moveTo("2025-10-01T00:30:00");
    assertThat(currentFiscalYear()).isEqualTo(2569);
    // The other quarter boundaries stay inside the fiscal year.
    for (String at :
        List.of(
            "2025-12-31T23:59:59",
            "2026-01-01T00:00:00",
            "2026-03-31T23:59:59",
            "2026-04-01T00:00:00",
            "2026-06-30T23:59:59",
            "2026-07-01T00:00:00",
            "2026-09-30T23:59:59")) {
      moveTo(at);
      assertThat(currentFiscalYear()).as(at).isEqualTo(2569);
    }
  }

  @Test
  void eachMilestoneFallsOverdueTheMomentItsQuarterHasEnded() {
    // FY2521 ran from 1 October 1977 to 30 September 1978.
    String agency = MeasuresFixtures.agency("CLK-QTR");
    MeasuresFixtures.plan(agency, 2521);
    String id = MeasuresFixtures.addMeasure(agency, 2521);
    Map<TopicPartition, Long> start = TestTopics.endOffsets(Topics.MEASURES);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(Map.of("to", "PLANNED"))
        .post("/api/v1/measures/{id}/status", id)
        .then()
        .statusCode(200);
    // What the job announces is read from just after the officer's own change.
    TestTopics.Event planned =
        TestTopics.awaitEvent(
            start,
            e -> agency.equals(e.key()) && "PLANNED".equals(data(e).at("/change/to").asText()));
    TopicPartition partition = new TopicPartition(Topics.MEASURES, planned.partition());

    moveTo("1977-12-31T23:59:59");
    assertThat(overdue.markOverdue()).isZero();
    assertMilestones(agency, id, "PLANNED", List.of("PLANNED", "PLANNED", "PLANNED", "PLANNED"));

    moveTo("1978-01-01T00:00:00");
    assertThat(overdue.markOverdue()).isEqualTo(1);
    assertMilestones(agency, id, "DELAYED", List.of("OVERDUE", "PLANNED", "PLANNED", "PLANNED"));

    moveTo("1978-03-31T23:59:59");
    assertThat(overdue.markOverdue()).isZero();
    moveTo("1978-04-01T00:00:00");
    assertThat(overdue.markOverdue()).isEqualTo(1);
    assertMilestones(agency, id, "DELAYED", List.of("OVERDUE", "OVERDUE", "PLANNED", "PLANNED"));

    moveTo("1978-06-30T23:59:59");
    assertThat(overdue.markOverdue()).isZero();
    moveTo("1978-07-01T00:00:00");
    assertThat(overdue.markOverdue()).isEqualTo(1);
    assertMilestones(agency, id, "DELAYED", List.of("OVERDUE", "OVERDUE", "OVERDUE", "PLANNED"));

    moveTo("1978-09-30T23:59:59");
    assertThat(overdue.markOverdue()).isZero();
    moveTo("1978-10-01T00:00:00");
    assertThat(overdue.markOverdue()).isEqualTo(1);
    assertMilestones(agency, id, "DELAYED", List.of("OVERDUE", "OVERDUE", "OVERDUE", "OVERDUE"));

    // The history dates each change by the moved clock.
    JsonPath history =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/measures/{id}/history", id)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(instants(history.getList("findAll { it.to == 'DELAYED' }.changedAt", String.class)))
        .containsExactly(Instant.parse("1977-12-31T17:00:00Z"));
    assertThat(instants(history.getList("findAll { it.to == 'OVERDUE' }.changedAt", String.class)))
        .containsExactly(
            Instant.parse("1977-12-31T17:00:00Z"), Instant.parse("1978-03-31T17:00:00Z"),
            Instant.parse("1978-06-30T17:00:00Z"), Instant.parse("1978-09-30T17:00:00Z"));

    // Announced in that order: each milestone as it fell due, the measure delayed once.
    MovableClock.INSTANCE.reset();
    TestTopics.Event last =
        TestTopics.awaitEvent(
            Map.of(partition, planned.offset() + 1),
            e ->
                agency.equals(e.key())
                    && EventTypes.MILESTONE_STATUS_CHANGED.equals(e.ceType())
                    && "OVERDUE".equals(data(e).at("/measure/milestones/3/status").asText()));
    assertThat(
            TestTopics.between(
                    Map.of(partition, planned.offset() + 1), Map.of(partition, last.offset() + 1))
                .stream()
                .filter(e -> agency.equals(e.key()))
                .map(TestTopics.Event::ceType)
                .toList())
        .containsExactly(
            EventTypes.MILESTONE_STATUS_CHANGED,
            EventTypes.MEASURE_STATUS_CHANGED,
            EventTypes.MILESTONE_STATUS_CHANGED,
            EventTypes.MILESTONE_STATUS_CHANGED,
            EventTypes.MILESTONE_STATUS_CHANGED);
  }

  private static List<Instant> instants(List<String> dateTimes) {
    return dateTimes.stream().map(t -> OffsetDateTime.parse(t).toInstant()).toList();
  }

  private static JsonNode data(TestTopics.Event e) {
    try {
      return JSON.readTree(e.value());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void assertMilestones(
      String agency, String measureId, String status, List<String> milestones) {
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", measureId)
        .then()
        .statusCode(200)
        .body("status", equalTo(status))
        .body("milestones.status", equalTo(milestones));
  }
}
