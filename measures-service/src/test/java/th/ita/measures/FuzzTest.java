package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.ApiFuzzer;
import th.ita.platform.testing.DataFingerprint;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Every operation of the served OpenAPI document, driven with valid and hostile requests (see
 * {@link ApiFuzzer}) over a draft plan, a published plan with evidence and a gap list: never a 5xx,
 * every 4xx a problem naming what is wrong, and a refused write changes no table.
 */
@QuarkusTest
@TestProfile(SeparateDatabase.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class FuzzTest {

  static final String EVIDENCE =
      """
      {"milestoneId": "%s", "occurredOn": "2024-11-20", "startTime": "09:30", "endTime": "11:00",
       "titleTh": "ประชุมภายในเพื่อชี้แจงผลการประเมินและมาตรการแก้ไข", "place": "ห้องประชุม ชั้น 4",
       "attendees": ["ผู้แทนจากกลุ่มงานต่าง ๆ"],
       "links": [{"title": "รายงานการประชุม", "url": "https://example.go.th/minutes.pdf"}],
       "attachments": [{"fileName": "minutes.pdf", "mediaType": "application/pdf", "sizeBytes": 120000}]}""";

  @Inject DataSource dataSource;

  @Test
  void hostileRequestsAreAnsweredWithProblemsAndChangeNothing() {
    String draft = MeasuresFixtures.agency("FZ-DRAFT");
    String published = MeasuresFixtures.agency("FZ-PUB");
    MeasuresFixtures.plan(draft, 2568);
    String draftMeasure = MeasuresFixtures.addMeasure(draft, 2568);
    String milestone =
        given()
            .auth()
            .oauth2(TestTokens.officer(draft))
            .get("/api/v1/measures/{id}", draftMeasure)
            .then()
            .statusCode(200)
            .extract()
            .path("milestones[0].id");
    MeasuresFixtures.plan(published, 2568);
    String publishedMeasure = MeasuresFixtures.addMeasure(published, 2568);
    publish(published);
    TestTopics.sendCloudEvent(
        Topics.RESULTS,
        published,
        UUID.randomUUID().toString(),
        EventTypes.RESULT_PUBLISHED,
        EventData.result(published, 2567, 1, "77.10"));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/agencies/{a}/gap-lists/2568", published)
                    .then()
                    .statusCode(200));

    String draftEvidence = MeasuresFixtures.evidence(draft, draftMeasure);
    String publishedEvidence = MeasuresFixtures.evidence(published, publishedMeasure);
    String file =
        Uploads.uploaded(
            TestTokens.officer(draft),
            draftEvidence,
            Uploads.part("minutes.pdf", "application/pdf", Uploads.PDF));

    // The fuzzer sends the upload's multipart body without a boundary it can know, so every
    // upload it makes is refused (EvidenceFileTest and the access matrix upload real files); the
    // downloads and removals it makes run on a real file.
    ApiFuzzer.Result result =
        ApiFuzzer.forServedApi()
            .token(TestTokens.admin())
            .known("agencyCode", draft, published)
            .known("fiscalYear", 2568, 2567)
            .known("measureId", draftMeasure, publishedMeasure)
            .known("milestoneId", milestone)
            .known("evidenceId", draftEvidence, publishedEvidence)
            .known("fileId", file)
            .known("question", "i10")
            .known("issue", 4)
            .validBody(
                "putPlan", "{\"titleTh\": \"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\"}")
            .validBody("addMeasure", MeasuresFixtures.measureBody(2568))
            .validBody("updateMeasure", MeasuresFixtures.measureBody(2568))
            .validBody("changeMeasureStatus", "{\"to\": \"PLANNED\", \"note\": \"อนุมัติแล้ว\"}")
            .validBody("changeMilestoneStatus", "{\"to\": \"IN_PROGRESS\"}")
            .validBody("addEvidence", EVIDENCE.formatted(milestone))
            .validBody(
                "approvePlan",
                "{\"approverNameTh\": \"นายสมชาย ใจดี\", \"approverPositionTh\": \"อธิบดี\","
                    + " \"approvedOn\": \"2024-10-15\"}")
            .validBody(
                "putReminderContacts",
                "{\"contacts\": [{\"name\": \"นางสาวสมหญิง รักดี\", \"email\":"
                    + " \"somying@fz.example\", \"language\": \"en\", \"responsibleUnit\":"
                    + " \"งานพัสดุ\"}]}")
            .validBody(
                "putMinistryReminderContacts",
                "{\"contacts\": [{\"name\": \"นางสาวสมหญิง รักดี\", \"email\":"
                    + " \"somying@fz.example\", \"language\": \"en\"}]}")
            .known("ministryCode", "MOC")
            .known("token", "A".repeat(43))
            .fingerprint(
                new DataFingerprint(dataSource, Set.of("outbox_event", "inbox_event"), Map.of()))
            .run();
    assertThat(result.failures()).as(result.report()).isEmpty();
  }

  private static void publish(String agency) {
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/2568", agency)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
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
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", approved)
        .post("/api/v1/agencies/{a}/plans/2568/publish", agency)
        .then()
        .statusCode(200);
  }
}
