package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** Agencies and plans for measures-service's tests. */
final class MeasuresFixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The head of agency's approval as the demo plans record it, signed today. */
  static final String APPROVAL =
      "{\"approverNameTh\": \"นายสมชาย ใจดี\", \"approverPositionTh\": \"อธิบดี\"}";

  private MeasuresFixtures() {}

  /** Announces an agency as the registry would, and waits until this service knows it. */
  static String agency(String code) {
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        code,
        UUID.randomUUID().toString(),
        EventTypes.AGENCY_REGISTERED,
        EventData.agency(code, "หน่วยงาน " + code, 0));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> DirectoryAgency.findById(code) != null));
    return code;
  }

  /** Who monitors the fixtures' plans, as seed 002 words it. */
  static final String PLAN_MONITORING =
      "จะดำเนินการกำกับติดตามโดย ผู้อำนวยการ ฝ่ายบริหาร โดยได้รับมอบอำนาจจากผู้อำนวยการ";

  /** A draft plan for the agency and year, created by its own officer. */
  static void plan(String agency, int fiscalYear) {
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            "{\"titleTh\": \"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\", \"monitoring\": \""
                + PLAN_MONITORING
                + "\"}")
        .put("/api/v1/agencies/{a}/plans/{y}", agency, fiscalYear)
        .then()
        .statusCode(200);
  }

  /** A measure running the whole fiscal year with a milestone in each quarter. */
  static String measureBody(int fiscalYear) {
    int ce = fiscalYear - 543;
    Map<String, Object> measure = new LinkedHashMap<>();
    measure.put("issue", 4);
    measure.put("tier", "URGENT");
    measure.put(
        "targetQuestions", List.of(Map.of("code", "i10", "score", new BigDecimal("77.10"))));
    measure.put("titleTh", "จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์");
    measure.put(
        "steps",
        List.of("กำหนดหลักเกณฑ์การยืมทรัพย์สิน", "พัฒนาระบบยืม-คืนออนไลน์", "อบรมบุคลากร"));
    measure.put("periodStart", LocalDate.of(ce - 1, 10, 1).toString());
    measure.put("periodEnd", LocalDate.of(ce, 9, 30).toString());
    measure.put("responsibleUnits", List.of("งานพัสดุ", "งานเทคโนโลยีสารสนเทศ"));
    measure.put("monitoring", "คณะกรรมการทรัพย์สินประชุมทุกไตรมาส");
    measure.put("reporting", Map.of("to", "ผู้อำนวยการ", "everyMonths", 6));
    measure.put(
        "milestones",
        List.of(
            milestone("Q1", "ประกาศหลักเกณฑ์"),
            milestone("Q2", "เปิดใช้ระบบ"),
            milestone("Q3", "อบรมบุคลากร"),
            milestone("Q4", "สรุปผล")));
    try {
      return JSON.writeValueAsString(measure);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> milestone(String quarter, String activity) {
    return Map.of("quarter", quarter, "activity", activity);
  }

  /** An evidence entry of the measure, recorded by its agency's officer; answers its id. */
  static String evidence(String agency, String measureId) {
    return given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"occurredOn\": \"2024-11-20\", \"titleTh\": \"ประชุมชี้แจงมาตรการ\"}")
        .post("/api/v1/measures/{id}/evidence", measureId)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String addMeasure(String agency, int fiscalYear) {
    return given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(measureBody(fiscalYear))
        .post("/api/v1/agencies/{a}/plans/{y}/measures", agency, fiscalYear)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
