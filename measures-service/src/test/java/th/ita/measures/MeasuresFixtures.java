package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.TestTokens;

/** Agencies and plans for measures-service's tests. */
final class MeasuresFixtures {

  private MeasuresFixtures() {}

  /** Announces an agency as the registry would, and waits until this service knows it. */
  static String agency(String code) {
    Kafka.sendCloudEvent(Topics.AGENCIES, code, UUID.randomUUID().toString(), "AgencyRegistered",
        EventData.agency(code, "หน่วยงาน " + code, 0));
    await().atMost(Duration.ofSeconds(20)).until(() ->
        QuarkusTransaction.requiringNew().call(() -> DirectoryAgency.findById(code) != null));
    return code;
  }

  /** A draft plan for the agency and year, created by its own officer. */
  static void plan(String agency, int fiscalYear) {
    given().auth().oauth2(TestTokens.officer(agency)).contentType(ContentType.JSON)
        .body("{\"titleTh\": \"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\"}")
        .put("/api/v1/agencies/{a}/plans/{y}", agency, fiscalYear).then().statusCode(200);
  }

  /** A measure running the whole fiscal year with a milestone in each quarter. */
  static String measureBody(int fiscalYear) {
    int ce = fiscalYear - 543;
    return """
        {"issue": 4, "tier": "URGENT", "targetQuestions": [{"code": "i10", "score": 77.10}],
         "titleTh": "จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์",
         "steps": ["กำหนดหลักเกณฑ์การยืมทรัพย์สิน", "พัฒนาระบบยืม-คืนออนไลน์", "อบรมบุคลากร"],
         "periodStart": "%d-10-01", "periodEnd": "%d-09-30",
         "responsibleUnits": ["งานพัสดุ", "งานเทคโนโลยีสารสนเทศ"],
         "monitoring": "คณะกรรมการทรัพย์สินประชุมทุกไตรมาส",
         "reporting": {"to": "ผู้อำนวยการ", "everyMonths": 6},
         "milestones": [
           {"quarter": "Q1", "activity": "ประกาศหลักเกณฑ์"},
           {"quarter": "Q2", "activity": "เปิดใช้ระบบ"},
           {"quarter": "Q3", "activity": "อบรมบุคลากร"},
           {"quarter": "Q4", "activity": "สรุปผล"}]}""".formatted(ce - 1, ce);
  }

  static String addMeasure(String agency, int fiscalYear) {
    return given().auth().oauth2(TestTokens.officer(agency)).contentType(ContentType.JSON).body(measureBody(fiscalYear))
        .post("/api/v1/agencies/{a}/plans/{y}/measures", agency, fiscalYear)
        .then().statusCode(201).extract().path("id");
  }
}
