package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Events as the producers send them, built from seed 001 (Department of ASEAN Affairs: FY2567
 * results, 69.80 "ต้องปรับปรุงโดยด่วน", and its seven FY2568 measures). The fixtures are checked
 * against the producers' own JSON Schemas, so they cannot drift from what really goes on the
 * topics. Each use gets a fresh agency code and fresh plan, measure and milestone ids.
 */
final class ReportFixtures {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String RESULT_SCHEMA =
      "../assessment-service/src/main/resources/events/result-published.schema.json";
  static final String PLAN_SCHEMA =
      "../measures-service/src/main/resources/events/plan.schema.json";
  static final String MEASURE_SCHEMA =
      "../measures-service/src/main/resources/events/measure-changed.schema.json";
  static final String EVIDENCE_SCHEMA =
      "../measures-service/src/main/resources/events/evidence-recorded.schema.json";

  private ReportFixtures() {}

  /** A fresh agency in the registry (an AgencyRegistered event), in {@code ministry}. */
  static String agency(String prefix, String ministry) {
    String code =
        (prefix + "-" + UUID.randomUUID().toString().substring(0, 6)).toUpperCase(Locale.ROOT);
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        code,
        UUID.randomUUID().toString(),
        "AgencyRegistered",
        """
        {"code":"%s","nameTh":"กรมทดสอบ %s","nameEn":"Test department %s","type":"DEPARTMENT","typeNameTh":"ส่วนราชการระดับกรม",
         "ministryCode":"%s","ministryNameTh":"กระทรวงทดสอบ","version":0}"""
            .formatted(code, code, code, ministry));
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/report-agencies?size=200&ministry={m}", ministry)
                    .then()
                    .statusCode(200)
                    .body("items.code", Matchers.hasItem(code)));
    return code;
  }

  /** Seed 001's FY2567 FINAL result as ResultPublished, for {@code agency}. */
  static ObjectNode result(String agency, int revision, String overallScore, String levelCode) {
    ObjectNode r = (ObjectNode) read("fixtures/result-published-MFA-ASEAN-2567.json");
    r.put("agencyCode", agency).put("revision", revision).put("version", revision + 1);
    ObjectNode overall = (ObjectNode) r.get("overall");
    overall
        .put("score", new BigDecimal(overallScore))
        .put("official", new BigDecimal(overallScore));
    ((ObjectNode) overall.get("level")).put("code", levelCode);
    return r;
  }

  static ObjectNode result(String agency, int revision) {
    return result(agency, revision, "69.80", "URGENT_IMPROVEMENT");
  }

  /**
   * Seed 001's FY2568 plan as PlanApproved or PlanPublished, for {@code agency}, with fresh ids.
   */
  static ObjectNode plan(String agency, String status, int version) {
    ObjectNode p = (ObjectNode) read("fixtures/plan-published-MFA-ASEAN-2568.json");
    String planId = UUID.randomUUID().toString();
    p.put("id", planId).put("agencyCode", agency).put("status", status).put("version", version);
    if (!"PUBLISHED".equals(status)) {
      p.remove(List.of("publishedAt", "publishedBy"));
    }
    for (JsonNode m : p.get("measures")) {
      ((ObjectNode) m)
          .put("id", UUID.randomUUID().toString())
          .put("planId", planId)
          .put("agencyCode", agency);
      for (JsonNode ms : m.get("milestones")) {
        ((ObjectNode) ms).put("id", UUID.randomUUID().toString());
      }
    }
    return p;
  }

  /** The same plan at another status and version (same ids). */
  static ObjectNode planAt(ObjectNode plan, String status, int version) {
    ObjectNode copy = plan.deepCopy();
    copy.put("status", status).put("version", version);
    return copy;
  }

  /** A measure of {@code plan}, to change and send in a measure event. */
  static ObjectNode measure(ObjectNode plan, int index) {
    return (ObjectNode) plan.get("measures").get(index).deepCopy();
  }

  /** A MeasureStatusChanged or MilestoneStatusChanged for {@code measure}. */
  static ObjectNode measureEvent(
      ObjectNode measure, String from, String to, UUID milestoneId, String changedAt) {
    ObjectNode change = JSON.createObjectNode();
    if (from != null) {
      change.put("from", from);
    }
    change.put("to", to).put("changedBy", "officer").put("changedAt", changedAt);
    if (milestoneId != null) {
      change.put("milestoneId", milestoneId.toString());
    }
    ObjectNode event = JSON.createObjectNode();
    event.set("measure", measure);
    event.set("change", change);
    return event;
  }

  /**
   * An evidence entry of {@code measure} as measures-service records it (seed 003's meeting), for
   * its milestone {@code milestone}.
   */
  static ObjectNode evidence(
      ObjectNode measure, int milestone, String occurredOn, String occurredOnTh, String titleTh) {
    ObjectNode e = JSON.createObjectNode();
    e.put("id", UUID.randomUUID().toString())
        .put("measureId", measure.get("id").asText())
        .put("milestoneId", measure.get("milestones").get(milestone).get("id").asText())
        .put("occurredOn", occurredOn)
        .put("occurredOnTh", occurredOnTh)
        .put("startTime", "09:30:00")
        .put("endTime", "11:00:00")
        .put("titleTh", titleTh)
        .put("place", "ห้องประชุมกรมอาเซียน ชั้น 4");
    e.putArray("attendees").add("ผู้แทนจากกลุ่มงานต่าง ๆ");
    e.putArray("links")
        .addObject()
        .put("title", "รายงานการประชุม")
        .put("url", "https://example.go.th/minutes.pdf");
    e.putArray("attachments")
        .addObject()
        .put("fileName", "minutes.pdf")
        .put("mediaType", "application/pdf")
        .put("sizeBytes", 120000);
    e.put("recordedAt", occurredOn + "T09:00:00Z").put("recordedBy", "officer");
    return e;
  }

  /** An EvidenceRecorded for {@code measure} (which should already list {@code evidence}). */
  static ObjectNode evidenceEvent(ObjectNode measure, ObjectNode evidence) {
    ObjectNode event = JSON.createObjectNode();
    event.set("measure", measure);
    event.set("evidence", evidence);
    return event;
  }

  /** Publishes {@code data} as a binary CloudEvent keyed by agency; answers its id. */
  static String send(String topic, String agency, String type, JsonNode data) {
    String id = UUID.randomUUID().toString();
    send(topic, agency, type, id, data.toString());
    return id;
  }

  static void send(String topic, String agency, String type, String id, String data) {
    TestTopics.sendCloudEvent(topic, agency, id, type, data);
  }

  /**
   * Every way {@code data} breaks the producer's schema at {@code schemaFile} (a path from this
   * module).
   */
  static List<String> violations(String schemaFile, JsonNode data) {
    var schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                SchemaLocation.of(
                    Path.of(schemaFile).toAbsolutePath().normalize().toUri().toString()));
    return schema.validate(data).stream().map(ValidationMessage::getMessage).toList();
  }

  static JsonNode read(String resource) {
    try (InputStream in = ReportFixtures.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode readTree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fixture plan's measure titles, in order (Thai, as seed 001 writes them). */
  static List<String> titles(ObjectNode plan) {
    List<String> titles = new ArrayList<>();
    plan.get("measures").forEach(m -> titles.add(m.get("titleTh").asText()));
    return titles;
  }
}
