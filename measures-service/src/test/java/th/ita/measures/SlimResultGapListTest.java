package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * A result of version 2 (codes and scores, {@code ce_dataschema}
 * urn:ita:events:result-published:v2) gives the same gap list as the same result of version 1, once
 * joined to the framework version it names; one that arrives before its framework waits for it. The
 * events are assessment-service's own for seeds 001 and 004 ({@code src/test/resources/events}).
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class SlimResultGapListTest {

  @Inject AgroalDataSource database;

  /**
   * The stored list's framework version ("null" without one) and which of its questions carry their
   * text: "all", "none", or how many.
   */
  private List<String> stored(String agency, int planYear) throws SQLException {
    try (Connection c = database.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                """
                SELECT coalesce(CAST(g.framework_version AS text), 'null'),
                       count(*) FILTER (WHERE q ->> 'textTh' IS NOT NULL), count(*)
                FROM gap_list g CROSS JOIN LATERAL jsonb_array_elements(g.questions) q
                WHERE g.agency_code = ? AND g.fiscal_year = ? GROUP BY g.framework_version""")) {
      q.setString(1, agency);
      q.setInt(2, planYear);
      try (ResultSet row = q.executeQuery()) {
        assertThat(row.next()).isTrue();
        long withText = row.getLong(2);
        String texts =
            withText == 0 ? "none" : withText == row.getLong(3) ? "all" : String.valueOf(withText);
        return List.of(row.getString(1), texts);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode event(String resource) {
    try (InputStream in = SlimResultGapListTest.class.getResourceAsStream("/events/" + resource)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void framework(int year, long version) {
    TestTopics.sendCloudEvent(
        Topics.FRAMEWORKS,
        String.valueOf(year),
        UUID.randomUUID().toString(),
        EventTypes.FRAMEWORK_PUBLISHED,
        event("fy" + year + ".framework.json").put("version", version).toString());
  }

  private static void version1(String seed, String agency) {
    TestTopics.sendCloudEvent(
        Topics.RESULTS,
        agency,
        UUID.randomUUID().toString(),
        EventTypes.RESULT_PUBLISHED,
        event(seed + ".v1.json").put("agencyCode", agency).toString());
  }

  private static void version2(String seed, String agency, long frameworkVersion) {
    TestTopics.sendAll(List.of(version2Record(seed, agency, frameworkVersion)));
  }

  private static ProducerRecord<String, String> version2Record(
      String seed, String agency, long frameworkVersion) {
    return TestTopics.cloudEvent(
        Topics.RESULTS,
        agency,
        UUID.randomUUID().toString(),
        EventTypes.RESULT_PUBLISHED,
        "urn:ita:events:result-published:v2",
        event(seed + ".v2.json")
            .put("agencyCode", agency)
            .put("frameworkVersion", frameworkVersion)
            .toString());
  }

  /** The agency's gap list as the API shows it, with its code written as AGENCY. */
  private static JsonNode gapList(String agency, int planYear) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.officer(agency))
                    .get("/api/v1/agencies/{a}/gap-lists/{y}", agency, planYear)
                    .then()
                    .statusCode(200));
    String body =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get(
                "/api/v1/agencies/{a}/gap-lists/{y}?keepAbove=99.5&urgentBelow=60",
                agency,
                planYear)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    try {
      return JSON.readTree(body.replace(agency, "AGENCY"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void bothVersionsOfAResultGiveTheSameGapList() throws SQLException {
    framework(2567, 0);
    framework(2566, 0);
    for (String seed : new String[] {"MFA-ASEAN-2567", "DITP-2566"}) {
      int planYear = Integer.parseInt(seed.substring(seed.length() - 4)) + 1;
      String one =
          MeasuresFixtures.agency(
              "SLIM-1-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT));
      String two =
          MeasuresFixtures.agency(
              "SLIM-2-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT));
      version1(seed, one);
      version2(seed, two, 0);

      JsonNode fromVersion2 = gapList(two, planYear);
      assertThat(fromVersion2).as(seed).isEqualTo(gapList(one, planYear));
      // Stored without the texts, which stay with the framework version it names.
      assertThat(stored(two, planYear)).as(seed).isEqualTo(List.of("0", "none"));
      assertThat(stored(one, planYear)).as(seed).isEqualTo(List.of("null", "all"));
      assertThat(fromVersion2.get("gaps").size()).as(seed).isPositive();
      assertThat(fromVersion2.at("/gaps/0/textTh").asText()).as(seed).isNotBlank();
    }
  }

  @Test
  void aResultThatArrivesBeforeItsFrameworkWaitsForItAndIsThenApplied() {
    String agency = MeasuresFixtures.agency("SLIM-WAIT");
    version2("MFA-ASEAN-2567", agency, 41); // version 41 of FY2567 is not announced yet
    framework(2567, 41);

    JsonNode list = gapList(agency, 2568);
    assertThat(list.get("levelNameTh").asText()).isEqualTo("ต้องปรับปรุงโดยด่วน");
    assertThat(list.get("overallScore").decimalValue()).isEqualByComparingTo("69.80");
  }

  /**
   * The two results share a key and are sent together ({@link TestTopics#sendAll}), so they come in
   * one poll. The first must not wait with the second: the poll is tried together only a few times,
   * then an event at a time.
   */
  @Test
  void aResultWaitingForItsFrameworkHoldsUpNoResultBeforeItInTheSamePoll() {
    framework(2566, 0);
    String agency = MeasuresFixtures.agency("SLIM-POLL");
    TestTopics.sendAll(
        List.of(
            version2Record("DITP-2566", agency, 0),
            version2Record("MFA-ASEAN-2567", agency, 42))); // version 42 is not announced yet

    assertThat(gapList(agency, 2567).get("overallScore").decimalValue())
        .isEqualByComparingTo("82.06");
    framework(2567, 42);
    assertThat(gapList(agency, 2568).get("overallScore").decimalValue())
        .isEqualByComparingTo("69.80");
  }
}
