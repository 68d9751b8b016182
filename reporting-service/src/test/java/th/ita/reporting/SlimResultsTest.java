package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;
import th.ita.reporting.service.JoinedFrameworks;

/**
 * Results of version 2 (codes and figures, {@code ce_dataschema}
 * urn:ita:events:result-published:v2) are joined to the framework version they name, so an agency's
 * documents show them exactly as they show the same result of version 1; a result that arrives
 * before its framework waits for it and is then applied. The events are assessment-service's own
 * for seed 001 (see {@code src/test/resources/events}).
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class SlimResultsTest {

  @Inject AgroalDataSource database;
  @Inject JoinedFrameworks frameworks;

  private static final String V2 = "urn:ita:events:result-published:v2";

  private static ObjectNode event(String resource) {
    return (ObjectNode) ReportFixtures.read("events/" + resource);
  }

  private static void sendFramework(long version) {
    announce(framework(2567, version));
  }

  /** Seed 001's FY2567 framework as the given year's version. */
  private static ObjectNode framework(int fiscalYear, long version) {
    return event("fy2567.framework.json").put("fiscalYear", fiscalYear).put("version", version);
  }

  private static void announce(ObjectNode framework) {
    ReportFixtures.send(
        Topics.FRAMEWORKS,
        framework.get("fiscalYear").asText(),
        "FrameworkPublished",
        UUID.randomUUID().toString(),
        framework.toString());
  }

  private static void sendV2(String agency, long frameworkVersion) {
    TestTopics.sendAll(List.of(v2(agency, 2567, 1, frameworkVersion)));
  }

  /** Seed 001's result as version 2, as the given year and revision of the agency's. */
  private static ProducerRecord<String, String> v2(
      String agency, int fiscalYear, int revision, long frameworkVersion) {
    ObjectNode result =
        event("MFA-ASEAN-2567.v2.json")
            .put("agencyCode", agency)
            .put("fiscalYear", fiscalYear)
            .put("revision", revision)
            .put("frameworkVersion", frameworkVersion);
    return TestTopics.cloudEvent(
        Topics.RESULTS,
        agency,
        UUID.randomUUID().toString(),
        "ResultPublished",
        V2,
        result.toString());
  }

  /** Seed 001's result as version 1 for one agency and as version 2 for another, once applied. */
  private static void sendV1AndV2(String v1, String v2) {
    ReportFixtures.send(
        Topics.RESULTS,
        v1,
        "ResultPublished",
        event("MFA-ASEAN-2567.v1.json").put("agencyCode", v1));
    sendV2(v2, 0);
    awaitResult(v1);
    awaitResult(v2);
  }

  /** The result of the agency's document, with the agency's code written as AGENCY. */
  private static JsonNode documentResult(String agency, String document, int year) {
    String body =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/agencies/{a}/reports/{y}/" + document, agency, year)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return ReportFixtures.readTree(body.replace(agency, "AGENCY")).get("result");
  }

  private static void awaitResult(String agency) {
    awaitMeasuresDocument(agency, 2568, "result.fiscalYear", 2567);
  }

  /** Waits until the agency's measures document of the plan year shows the value at the path. */
  private static void awaitMeasuresDocument(String agency, int planYear, String path, int value) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/agencies/{a}/reports/{y}/measures", agency, planYear)
                    .then()
                    .statusCode(200)
                    .body(path, equalTo(value)));
  }

  @Test
  void aVersion2ResultsDocumentsShowWhatVersion1Showed() {
    sendFramework(0);
    String v1 = ReportFixtures.agency("SLIM-V1", "MFA");
    String v2 = ReportFixtures.agency("SLIM-V2", "MFA");
    sendV1AndV2(v1, v2);

    // The same less the answer types and level bands, which frameworks announce and version 1
    // never carried.
    JsonNode analysis = withoutAnswerTypes(documentResult(v2, "analysis", 2567));
    assertThat(analysis).isEqualTo(withoutAnswerTypes(documentResult(v1, "analysis", 2567)));
    assertThat(withoutAnswerTypes(documentResult(v2, "measures", 2568)))
        .isEqualTo(withoutAnswerTypes(documentResult(v1, "measures", 2568)));
    assertThat(documentResult(v2, "analysis", 2567).path("levelBands")).hasSize(3);
    assertThat(documentResult(v1, "analysis", 2567).path("levelBands")).isEmpty();
    assertThat(documentResult(v2, "analysis", 2567).at("/questions/0/answerType").asText())
        .isEqualTo("RATING");
    assertThat(analysis.at("/overall/level/nameTh").asText()).isEqualTo("ต้องปรับปรุงโดยด่วน");
    assertThat(analysis.at("/questions/0/textTh").asText()).isNotBlank();
    assertThat(analysis.get("questions").size()).isEqualTo(59);
  }

  /**
   * A version 2 result is stored as announced (its codes and figures, no framework texts) with the
   * version it was joined to, and the dashboards aggregate it exactly as the same result of version
   * 1: each agency is alone in a ministry of its own.
   */
  @Test
  void aVersion2ResultIsStoredAsAnnouncedAndTheDashboardsShowItAsVersion1() throws Exception {
    sendFramework(0);
    String ministry1 = "SLIM1-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    String ministry2 = "SLIM2-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
    String v1 = ReportFixtures.agency("SLIM-D1", ministry1);
    String v2 = ReportFixtures.agency("SLIM-D2", ministry2);
    sendV1AndV2(v1, v2);

    try (Connection c = database.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "SELECT framework_version, CAST(payload AS text) FROM report_result"
                    + " WHERE agency_code = ? AND fiscal_year = 2567")) {
      q.setString(1, v2);
      try (ResultSet row = q.executeQuery()) {
        assertThat(row.next()).isTrue();
        assertThat(row.getLong(1)).isEqualTo(0L);
        JsonNode stored = ReportFixtures.readTree(row.getString(2));
        // Compared as read from text, as both sides then have the same kinds of numbers.
        ObjectNode sent =
            event("MFA-ASEAN-2567.v2.json").put("agencyCode", v2).put("frameworkVersion", 0L);
        assertThat(stored).isEqualTo(ReportFixtures.readTree(sent.toString()));
        assertThat(row.getString(2)).doesNotContain("textTh");
      }
    }

    JsonNode dashboard1 = dashboard(ministry1);
    JsonNode dashboard2 = dashboard(ministry2);
    assertThat(dashboard2.get("levels")).isEqualTo(dashboard1.get("levels"));
    assertThat(dashboard2.get("indicatorAverages")).isEqualTo(dashboard1.get("indicatorAverages"));
    assertThat(dashboard2.get("indicatorAverages")).hasSize(10);
    assertThat(dashboard2.at("/indicatorAverages/0/nameTh").asText()).isNotBlank();
    assertThat(dashboard2.at("/levels/0/nameTh").asText()).isEqualTo("ต้องปรับปรุงโดยด่วน");
    for (String field : List.of("rank", "score", "levelCode", "levelNameTh")) {
      assertThat(dashboard2.at("/ranking/0/" + field))
          .isEqualTo(dashboard1.at("/ranking/0/" + field));
    }
  }

  /**
   * Documents read stored results outside a transaction, and join them to a framework version this
   * instance may never have read, as after a restart: reading it needs no transaction.
   */
  @Test
  void aFrameworkVersionNotReadBeforeIsReadAsDocumentsReadIt() throws Exception {
    ObjectNode framework = framework(2591, 3);
    announce(framework);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              try (Connection c = database.getConnection();
                  ResultSet row =
                      c.createStatement()
                          .executeQuery(
                              "SELECT count(*) FROM report_framework WHERE fiscal_year = 2591"
                                  + " AND version = 3")) {
                return row.next() && row.getInt(1) == 1;
              }
            });

    JsonNode read = frameworks.stored(2591, 3).data();

    assertThat(read.get("fiscalYear").asInt()).isEqualTo(2591);
    assertThat(read.get("questions")).hasSize(framework.get("questions").size());
  }

  private static JsonNode dashboard(String ministry) {
    return ReportFixtures.readTree(
        given()
            .auth()
            .oauth2(TestTokens.viewer())
            .get("/api/v1/dashboards/2567?ministry={m}", ministry)
            .then()
            .statusCode(200)
            .body("agencies", equalTo(1))
            .extract()
            .asString());
  }

  @Test
  void aResultThatArrivesBeforeItsFrameworkWaitsForItAndIsThenApplied() {
    String agency = ReportFixtures.agency("SLIM-WAIT", "MFA");
    // Version 41 of FY2567's framework has not been announced yet.
    sendV2(agency, 41);
    sendFramework(41);

    awaitResult(agency);
    JsonNode result = documentResult(agency, "analysis", 2567);
    assertThat(result.at("/overall/level/nameTh").asText()).isEqualTo("ต้องปรับปรุงโดยด่วน");
    assertThat(result.at("/indicators/0/nameTh").asText()).isNotBlank();
  }

  /**
   * The two revisions share a key and are sent together ({@link TestTopics#sendAll}), so they come
   * in one poll. The first must not wait with the second: the poll is tried together only a few
   * times, then an event at a time. A year of its own, as a result joins the newest framework
   * version at or after the one it names, and other tests announce FY2567's versions.
   */
  @Test
  void aResultWaitingForItsFrameworkHoldsUpNoResultBeforeItInTheSamePoll() {
    String agency = ReportFixtures.agency("SLIM-POLL", "MFA");
    ObjectNode first =
        event("MFA-ASEAN-2567.v1.json")
            .put("agencyCode", agency)
            .put("fiscalYear", 2593)
            .put("revision", 1);
    TestTopics.sendAll(
        List.of(
            TestTopics.cloudEvent(
                Topics.RESULTS,
                agency,
                UUID.randomUUID().toString(),
                "ResultPublished",
                first.toString()),
            v2(agency, 2593, 2, 43))); // no framework of FY2593 is announced yet

    awaitRevision(agency, 2594, 1);
    announce(framework(2593, 43));
    awaitRevision(agency, 2594, 2);
  }

  private static void awaitRevision(String agency, int planYear, int revision) {
    awaitMeasuresDocument(agency, planYear, "result.revision", revision);
  }

  private static JsonNode withoutAnswerTypes(JsonNode result) {
    // The level bands (for the grades) also come only with frameworks: version 1 has none.
    ((ObjectNode) result).remove("levelBands");
    for (JsonNode q : result.path("questions")) {
      ((ObjectNode) q).remove(List.of("answerType", "creditedAnswer"));
    }
    return result;
  }

  /**
   * A later version of a year's framework that has results only corrects labels (as V10 renamed the
   * FY2567 sub-groups): a result naming an earlier version shows the corrected ones, also when the
   * version it showed before was already joined (and parsed) for another result.
   */
  @Test
  void aResultShowsTheLabelsOfItsYearsNewestVersion() {
    sendFramework2590(8, "ชื่อที่แก้ไขแล้ว");
    String first = ReportFixtures.agency("SLIM-NEWER", "MFA");
    sendV2In2590(first, 7);
    assertThat(subGroupJoined(first).path("nameTh").asText()).isEqualTo("ชื่อที่แก้ไขแล้ว");
    assertThat(subGroupJoined(first).path("score").decimalValue()).isEqualByComparingTo("75.00");

    sendFramework2590(9, "ชื่อที่แก้ไขอีกครั้ง");
    // A result of version 9 waits for it: once it is shown, version 9 is stored.
    String waiting = ReportFixtures.agency("SLIM-NEWER", "MFA");
    sendV2In2590(waiting, 9);
    assertThat(subGroupJoined(waiting).path("nameTh").asText()).isEqualTo("ชื่อที่แก้ไขอีกครั้ง");

    String second = ReportFixtures.agency("SLIM-NEWER", "MFA");
    sendV2In2590(second, 7);
    assertThat(subGroupJoined(second).path("nameTh").asText()).isEqualTo("ชื่อที่แก้ไขอีกครั้ง");
  }

  private static void sendFramework2590(long version, String subGroupName) {
    ObjectNode framework = framework(2590, version);
    ((ObjectNode) framework.at("/indicators/8/subGroups/3")).put("nameTh", subGroupName);
    announce(framework);
  }

  private static void sendV2In2590(String agency, long frameworkVersion) {
    TestTopics.sendAll(List.of(v2(agency, 2590, 1, frameworkVersion)));
  }

  /** The agency's FY2590 result, once applied: the sub-group whose label the versions correct. */
  private static JsonNode subGroupJoined(String agency) {
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/agencies/{a}/reports/2590/analysis", agency)
                    .then()
                    .statusCode(200)
                    .body("result.fiscalYear", equalTo(2590)));
    return documentResult(agency, "analysis", 2590).at("/indicators/8/subGroups/3");
  }
}
