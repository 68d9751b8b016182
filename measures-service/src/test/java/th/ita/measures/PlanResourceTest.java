package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class PlanResourceTest {

  @Test
  void aMeasureIsKeptWithEveryFieldAndThaiPeriods() {
    String agency = MeasuresFixtures.agency("PL-ONE");
    MeasuresFixtures.plan(agency, 2568);
    String id = MeasuresFixtures.addMeasure(agency, 2568);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("issue", equalTo(4))
        .body("issueNameTh", equalTo("กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ"))
        .body("tier", equalTo("URGENT"))
        .body("targetQuestions[0].code", equalTo("i10"))
        .body("steps", hasSize(3))
        .body("steps[1]", equalTo("พัฒนาระบบยืม-คืนออนไลน์"))
        .body("periodTh", equalTo("ต.ค. 2567 – ก.ย. 2568"))
        .body("periodEn", equalTo("Oct 2024 – Sep 2025"))
        .body("quarters", equalTo(List.of("Q1", "Q2", "Q3", "Q4")))
        .body("responsibleUnits", equalTo(List.of("งานพัสดุ", "งานเทคโนโลยีสารสนเทศ")))
        .body("reporting.to", equalTo("ผู้อำนวยการ"))
        .body("reporting.everyMonths", equalTo(6))
        .body(
            "milestones.dueDate",
            equalTo(List.of("2024-12-31", "2025-03-31", "2025-06-30", "2025-09-30")))
        .body("milestones[0].quarterTh", equalTo("ไตรมาส 1 (ต.ค. – ธ.ค. 2567)"))
        .body("milestones.status", equalTo(List.of("PLANNED", "PLANNED", "PLANNED", "PLANNED")))
        .body("allowedTransitions", equalTo(List.of("PLANNED", "CANCELLED")));
  }

  @Test
  void quartersAndPeriodsAreCheckedAgainstTheFiscalYear() {
    String agency = MeasuresFixtures.agency("PL-QTR");
    MeasuresFixtures.plan(agency, 2568);
    // Q1 of FY2568 is October to December 2024: a measure of that quarter alone has one milestone,
    // due 31 Dec.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            """
            {"titleTh": "ไตรมาสแรก", "periodStart": "2024-10-01", "periodEnd": "2024-12-31",
             "milestones": [{"quarter": "Q1", "activity": "ทำ"}]}""")
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(201)
        .body("quarters", equalTo(List.of("Q1")))
        .body("milestones[0].dueDate", equalTo("2024-12-31"))
        .body("periodTh", equalTo("ต.ค. 2567 – ธ.ค. 2567"));
    // 30 September 2024 belongs to FY2567, 1 October 2025 to FY2569; Q2 lies outside an Oct–Dec
    // period.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            """
            {"titleTh": "ผิดปี", "periodStart": "2024-09-30", "periodEnd": "2025-10-01",
             "milestones": [{"quarter": "Q1", "activity": "ทำ"}]}""")
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("periodStart", "periodEnd"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            """
            {"titleTh": "นอกช่วง", "periodStart": "2024-10-01", "periodEnd": "2024-12-31",
             "milestones": [{"quarter": "Q2", "activity": "ทำ"}]}""")
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("milestones[0].quarter"))
        .body("errors[0].message", containsString("2025-01-01 to 2025-03-31"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"titleTh\": \"\", \"issue\": 9, \"milestones\": [{\"quarter\": \"Q5\"}]}")
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("milestones[0].quarter"))
        .body("errors[0].message", containsString("Q1, Q2, Q3, Q4"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            "{\"titleTh\": \"\", \"issue\": 9, \"periodStart\": \"2024-10-01\", \"periodEnd\": \"2025-09-30\"}")
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("titleTh", "issue"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .body("measures", hasSize(1));
  }

  @Test
  void illegalTransitionsAreRefusedWithWhatIsAllowed() {
    String agency = MeasuresFixtures.agency("PL-FLOW");
    MeasuresFixtures.plan(agency, 2568);
    String id = MeasuresFixtures.addMeasure(agency, 2568);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"to\": \"COMPLETED\", \"note\": \"ข้ามขั้น\"}")
        .post("/api/v1/measures/{id}/status", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("context.allowedTransitions", equalTo(List.of("CANCELLED", "PLANNED")))
        .body("detail", containsString("DRAFT"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"to\": \"FINISHED\"}")
        .post("/api/v1/measures/{id}/status", id)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("to"));

    for (String to : List.of("PLANNED", "IN_PROGRESS", "COMPLETED")) {
      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .contentType(ContentType.JSON)
          .body("{\"to\": \"" + to + "\", \"note\": \"ตามแผน\"}")
          .post("/api/v1/measures/{id}/status", id)
          .then()
          .statusCode(200)
          .body("status", equalTo(to));
    }
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", id)
        .then()
        .body("percentComplete", equalTo(100))
        .body("allowedTransitions", hasSize(0));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}/history", id)
        .then()
        .statusCode(200)
        .body("to", equalTo(List.of("DRAFT", "PLANNED", "IN_PROGRESS", "COMPLETED")))
        .body("[2].from", equalTo("PLANNED"))
        .body("[2].note", equalTo("ตามแผน"))
        .body("[2].changedBy", equalTo("test-officer-pl-flow"));
  }

  @Test
  void aStaleIfMatchIsRefused() {
    String agency = MeasuresFixtures.agency("PL-LOCK");
    MeasuresFixtures.plan(agency, 2568);
    String id = MeasuresFixtures.addMeasure(agency, 2568);
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/measures/{id}", id)
            .header("ETag");
    String edited =
        MeasuresFixtures.measureBody(2568).replace("จัดทำระบบยืม-คืน", "ปรับปรุงระบบยืม-คืน");

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(edited)
        .put("/api/v1/measures/{id}", id)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(MeasuresFixtures.measureBody(2568))
        .put("/api/v1/measures/{id}", id)
        .then()
        .statusCode(412)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.measureBody(2568))
        .put("/api/v1/measures/{id}", id)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", id)
        .then()
        .body("titleTh", containsString("ปรับปรุงระบบยืม-คืน"));
  }

  @Test
  void officersWorkOnlyOnTheirOwnAgency() {
    String mine = MeasuresFixtures.agency("PL-MINE");
    String theirs = MeasuresFixtures.agency("PL-THEIRS");
    MeasuresFixtures.plan(theirs, 2568);
    String id = MeasuresFixtures.addMeasure(theirs, 2568);

    String intruder = TestTokens.officer(mine);
    // Their draft is not the intruder's to see: the same 404 as no plan at all, not a telling 403.
    given()
        .auth()
        .oauth2(intruder)
        .get("/api/v1/agencies/{a}/plans/2568", theirs)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("Agency '" + theirs + "' has no plan for fiscal year 2568"));
    given()
        .auth()
        .oauth2(intruder)
        .contentType(ContentType.JSON)
        .body("{}")
        .put("/api/v1/agencies/{a}/plans/2568", theirs)
        .then()
        .statusCode(403)
        .body("detail", containsString("PL-MINE"));
    given()
        .auth()
        .oauth2(intruder)
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.measureBody(2568))
        .post("/api/v1/agencies/{a}/plans/2568/measures", theirs)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(intruder)
        .get("/api/v1/measures/{id}", id)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Measure '" + id + "' does not exist"));
    given()
        .auth()
        .oauth2(intruder)
        .contentType(ContentType.JSON)
        .body("{\"to\":\"PLANNED\"}")
        .post("/api/v1/measures/{id}/status", id)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/plans/2568", theirs)
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/{a}/plans/2568", theirs)
        .then()
        .statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .put("/api/v1/agencies/{a}/plans/2568", theirs)
        .then()
        .statusCode(401);
  }

  @Test
  void aPlanIsApprovedThenPublishedAndThenVisibleToEveryone() {
    String agency = MeasuresFixtures.agency("PL-PUB");
    MeasuresFixtures.plan(agency, 2568);
    MeasuresFixtures.addMeasure(agency, 2568);
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/2568", agency)
            .header("ETag");

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .post("/api/v1/agencies/{a}/plans/2568/publish", agency)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", etag)
        .post("/api/v1/agencies/{a}/plans/2568/publish", agency)
        .then()
        .statusCode(409)
        .body("detail", containsString("DRAFT"));
    String approved =
        given()
            .auth()
            .oauth2(TestTokens.head(agency))
            .header("If-Match", etag)
            .contentType(ContentType.JSON)
            .body(MeasuresFixtures.APPROVAL)
            .post("/api/v1/agencies/{a}/plans/2568/approve", agency)
            .then()
            .statusCode(200)
            .body("status", equalTo("APPROVED"))
            .body("measures[0].status", equalTo("PLANNED"))
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", approved)
        .post("/api/v1/agencies/{a}/plans/2568/publish", agency)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("publishedBy", equalTo("test-officer-pl-pub"));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/{a}/plans/2568", agency)
        .then()
        .statusCode(200)
        .body("measures[0].titleTh", containsString("ยืม-คืน"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.measureBody(2568))
        .post("/api/v1/agencies/{a}/plans/2568/measures", agency)
        .then()
        .statusCode(409);
  }

  @Test
  void evidenceKeepsWhenItHappenedApartFromWhenItWasRecorded() {
    String agency = MeasuresFixtures.agency("PL-EVID");
    MeasuresFixtures.plan(agency, 2569);
    String id = MeasuresFixtures.addMeasure(agency, 2569);
    String q1 =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/measures/{id}", id)
            .path("milestones[0].id");

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            """
            {"milestoneId": "%s", "occurredOn": "2025-11-20", "startTime": "09:30", "endTime": "11:00",
             "titleTh": "ประชุมภายในเพื่อชี้แจงผลการประเมินและมาตรการแก้ไข",
             "place": "ห้องประชุมศูนย์ความร่วมมือระหว่างประเทศ อาคาร 6 ชั้น 4",
             "attendees": ["ผู้แทนจากกลุ่มงานต่าง ๆ"],
             "links": [{"title": "รายงานการประชุม", "url": "https://example.go.th/minutes.pdf"}],
             "attachments": [{"fileName": "minutes.pdf", "mediaType": "application/pdf", "sizeBytes": 120000}]}"""
                .formatted(q1))
        .post("/api/v1/measures/{id}/evidence", id)
        .then()
        .statusCode(201)
        .body("occurredOn", equalTo("2025-11-20"))
        .body("occurredOnTh", equalTo("20 พ.ย. 2568"))
        .body("startTime", equalTo("09:30:00"))
        .body("recordedBy", equalTo("test-officer-pl-evid"))
        .body("recordedAt", containsString("T"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(
            """
            {"occurredOn": "2999-01-01", "titleTh": "อนาคต", "startTime": "11:00", "endTime": "09:00",
             "links": [{"url": "ftp://x"}], "attachments": [{"fileName": "a.exe", "mediaType": "application/x-msdownload", "sizeBytes": 99999999}]}""")
        .post("/api/v1/measures/{id}/evidence", id)
        .then()
        .statusCode(400)
        .body(
            "errors.field",
            hasItems(
                "occurredOn",
                "links[0].url",
                "attachments[0].mediaType",
                "attachments[0].sizeBytes"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}/evidence", id)
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].milestoneId", equalTo(q1));
  }
}
