package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static th.ita.platform.testing.AccessMatrix.Probe.delete;
import static th.ita.platform.testing.AccessMatrix.Probe.get;
import static th.ita.platform.testing.AccessMatrix.Probe.post;
import static th.ita.platform.testing.AccessMatrix.Probe.put;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.AccessMatrix;
import th.ita.platform.testing.AccessMatrix.Caller;
import th.ita.platform.testing.AccessMatrix.Probe;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Who may call what in measures-service, written down once: every operation of the served document,
 * one probe each (two where a draft and a published plan differ), and the status each caller gets.
 * A draft plan and its measures do not exist for those who may not see them: they get the 404 of a
 * plan or measure that is not there, never a 403 that tells them it is.
 */
@QuarkusTest
@TestProfile(SeparateDatabase.class)
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class AccessMatrixTest {

  static final String OWN = "MX-OWN";
  static final String OTHER = "MX-OTHER";
  static final String NONE = "MX-NONE";

  static final String CONTACTS =
      "{\"contacts\": [{\"name\": \"นายสมชาย ใจดี\", \"email\": \"somchai@mx-own.example\"}]}";

  /**
   * A draft plan and its measures are hidden from everyone but the agency's own officers and
   * ita-admins.
   */
  static final Caller[] HIDDEN = {
    Caller.NO_TOKEN, Caller.VIEWER, Caller.ASSESSOR, Caller.OTHER_OFFICER
  };

  @Test
  void everyCallerGetsWhatTheTableSays() {
    MeasuresFixtures.agency(OWN);
    MeasuresFixtures.agency(OTHER);
    MeasuresFixtures.agency(NONE);
    MeasuresFixtures.plan(OWN, 2568);
    String unknown = UUID.randomUUID().toString();
    String draft = "/api/v1/measures/" + MeasuresFixtures.addMeasure(OWN, 2568);
    String milestone =
        given()
            .auth()
            .oauth2(TestTokens.officer(OWN))
            .get(draft)
            .then()
            .statusCode(200)
            .extract()
            .path("milestones[0].id");
    MeasuresFixtures.plan(OWN, 2569);
    String published = "/api/v1/measures/" + MeasuresFixtures.addMeasure(OWN, 2569);
    publish(OWN, 2569);
    TestTopics.sendCloudEvent(
        Topics.RESULTS,
        OWN,
        UUID.randomUUID().toString(),
        EventTypes.RESULT_PUBLISHED,
        EventData.result(OWN, 2567, 1, "77.10"));
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.admin())
                    .get("/api/v1/agencies/{a}/gap-lists/2568", OWN)
                    .then()
                    .statusCode(200));

    // Evidence files: one on the draft measure, one on the published measure.
    String draftEvidence = "/api/v1/evidence/" + MeasuresFixtures.evidence(OWN, idOf(draft));
    String draftFile =
        draftEvidence
            + "/files/"
            + Uploads.uploaded(
                TestTokens.officer(OWN),
                idOf(draftEvidence),
                Uploads.part("minutes.pdf", "application/pdf", Uploads.PDF));
    String publishedEvidence =
        "/api/v1/evidence/" + MeasuresFixtures.evidence(OWN, idOf(published));
    String publishedFile =
        publishedEvidence
            + "/files/"
            + Uploads.uploaded(
                TestTokens.officer(OWN),
                idOf(publishedEvidence),
                Uploads.part("minutes.pdf", "application/pdf", Uploads.PDF));
    // And a photo on each, for the thumbnails.
    String draftPhoto =
        draftEvidence
            + "/files/"
            + Uploads.uploaded(
                TestTokens.officer(OWN),
                idOf(draftEvidence),
                Uploads.part("photo.png", "image/png", Uploads.PNG));
    String publishedPhoto =
        publishedEvidence
            + "/files/"
            + Uploads.uploaded(
                TestTokens.officer(OWN),
                idOf(publishedEvidence),
                Uploads.part("photo.png", "image/png", Uploads.PNG));
    String missingEvidence = "/api/v1/evidence/" + unknown;
    String upload = Uploads.asciiBody(Uploads.part("report.pdf", "application/pdf", Uploads.PDF));

    String plans = "/api/v1/agencies/" + OWN + "/plans/";
    String gaps = "/api/v1/agencies/" + OWN + "/gap-lists/2568";
    String missing = "/api/v1/measures/" + unknown;
    String planBody = "{\"titleTh\": \"มาตรการส่งเสริมคุณธรรม\"}";
    String evidence = FuzzTest.EVIDENCE.formatted(milestone);
    String contacts = "/api/v1/agencies/" + OWN + "/reminder-contacts";
    // The test agencies are all of the ministry MOC (EventData.agency).
    String ministry = "/api/v1/ministries/MOC/reminder-contacts";

    AccessMatrix.forAgencies(OWN, OTHER)
        //                                                                                    none
        // exp  aud view asse  own othr admin
        .row(
            "listDeadLetters",
            get("/api/v1/admin/dead-letters"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row(
            "redriveDeadLetter",
            post("/api/v1/admin/dead-letters/0/999999/redrive"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "listParkedEvents",
            get("/api/v1/admin/outbox/parked"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            200)
        .row(
            "discardParkedEvent",
            delete("/api/v1/admin/outbox/parked/" + unknown),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row(
            "retryParkedEvent",
            post("/api/v1/admin/outbox/parked/" + unknown + "/retry"),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            404)
        .row("getGapList", get(gaps), 401, 401, 401, 200, 200, 200, 403, 200)
        .row(
            "getProposedMeasures",
            get(gaps + "/proposed-measures"),
            401,
            401,
            401,
            200,
            200,
            200,
            403,
            200)
        .row("getPlan", get(plans + "2568"), 401, 401, 401, 404, 404, 200, 404, 200)
        .row("getPlan", get(plans + "2569"), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "putPlan",
            put(plans + "2568", planBody).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        .row(
            "addMeasure",
            post(plans + "2569/measures", MeasuresFixtures.measureBody(2569)),
            401,
            401,
            401,
            403,
            403,
            409,
            403,
            409)
        .row(
            // Only the head of the agency approves: its plain officer is refused like a viewer.
            "approvePlan",
            post(plans + "2568/approve", MeasuresFixtures.APPROVAL).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            412)
        .row(
            "publishPlan",
            post(plans + "2568/publish").staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        .row(
            "getCurrentFiscalYear",
            get("/api/v1/fiscal-years/current"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "getFiscalYear",
            get("/api/v1/fiscal-years/2568"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row(
            "listMeasureTemplates",
            get("/api/v1/measure-templates?question=i10"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        .row("getMeasure", get(draft), 401, 401, 401, 404, 404, 200, 404, 200)
        .row("getMeasure", get(published), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "updateMeasure",
            put(draft, MeasuresFixtures.measureBody(2568)).staleIfMatch(),
            401,
            401,
            401,
            404,
            404,
            412,
            404,
            412)
        .row(
            "updateMeasure",
            put(published, MeasuresFixtures.measureBody(2569)).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        .row(
            "changeMeasureStatus",
            post(draft + "/status", "{\"to\": \"PLANNED\"}").staleIfMatch(),
            401,
            401,
            401,
            404,
            404,
            412,
            404,
            412)
        .row(
            "changeMilestoneStatus",
            post(draft + "/milestones/" + milestone + "/status", "{\"to\": \"OVERDUE\"}"),
            401,
            401,
            401,
            404,
            404,
            409,
            404,
            409)
        .row("listEvidence", get(draft + "/evidence"), 401, 401, 401, 404, 404, 200, 404, 200)
        .row(
            "addEvidence",
            post(draft + "/evidence", evidence),
            401,
            401,
            401,
            404,
            404,
            201,
            404,
            201)
        .row("getMeasureHistory", get(draft + "/history"), 401, 401, 401, 404, 404, 200, 404, 200)
        .row(
            "listEvidenceFiles",
            get(draftEvidence + "/files"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "uploadEvidenceFiles",
            Probe.of("POST", draftEvidence + "/files", Uploads.contentType(), upload),
            401,
            401,
            401,
            404,
            404,
            201,
            404,
            201)
        .row(
            "uploadEvidenceFiles",
            Probe.of("POST", publishedEvidence + "/files", Uploads.contentType(), upload),
            401,
            401,
            401,
            403,
            403,
            201,
            403,
            201)
        .row("downloadEvidenceFile", get(draftFile), 401, 401, 401, 404, 404, 200, 404, 200)
        .row("downloadEvidenceFile", get(publishedFile), 401, 401, 401, 200, 200, 200, 200, 200)
        .row(
            "evidenceFileThumbnail",
            get(draftPhoto + "/thumbnail"),
            401,
            401,
            401,
            404,
            404,
            200,
            404,
            200)
        .row(
            "evidenceFileThumbnail",
            get(publishedPhoto + "/thumbnail"),
            401,
            401,
            401,
            200,
            200,
            200,
            200,
            200)
        // The officer removes the published measure's file; the ita-admin after them finds none.
        .row("deleteEvidenceFile", delete(publishedFile), 401, 401, 401, 403, 403, 204, 403, 404)
        // An agency's reminder contacts are its own: hidden from everyone else like a draft, and
        // changed only by its officers (its head included) and ita-admins.
        .row("getReminderContacts", get(contacts), 401, 401, 401, 404, 404, 200, 404, 200)
        .row(
            "putReminderContacts",
            put(contacts, CONTACTS).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            412,
            403,
            412)
        // A ministry's digest coordinators: the platform has no ministry role, so ita-admins only.
        .row("getMinistryReminderContacts", get(ministry), 401, 401, 401, 403, 403, 403, 403, 200)
        .row(
            "putMinistryReminderContacts",
            put(ministry, CONTACTS).staleIfMatch(),
            401,
            401,
            401,
            403,
            403,
            403,
            403,
            412)
        // Open without a login: the token from the message is the proof (none holds this one).
        .row(
            "unsubscribeReminderContact",
            get("/api/v1/reminder-contacts/unsubscribe?token=" + "A".repeat(43)),
            404,
            404,
            404,
            404,
            404,
            404,
            404,
            404)
        .sameAnswer(
            "an agency's reminder contacts",
            get(contacts),
            get("/api/v1/agencies/MX-NOPE/reminder-contacts"),
            HIDDEN)
        // A draft plan and its measures are told apart from none only to those who may see them.
        .sameAnswer(
            "a draft plan",
            get(plans + "2568"),
            get("/api/v1/agencies/" + NONE + "/plans/2568"),
            HIDDEN)
        .sameAnswer("a draft measure", get(draft), get(missing), HIDDEN)
        .sameAnswer(
            "a draft measure's evidence",
            get(draft + "/evidence"),
            get(missing + "/evidence"),
            HIDDEN)
        .sameAnswer(
            "a draft measure's history", get(draft + "/history"), get(missing + "/history"), HIDDEN)
        .sameAnswer(
            "an edit of a draft measure",
            put(draft, MeasuresFixtures.measureBody(2568)).staleIfMatch(),
            put(missing, MeasuresFixtures.measureBody(2568)).staleIfMatch(),
            HIDDEN)
        .sameAnswer(
            "evidence for a draft measure",
            post(draft + "/evidence", evidence),
            post(missing + "/evidence", evidence),
            HIDDEN)
        .sameAnswer(
            "a draft measure's evidence file",
            get(draftFile),
            get(missingEvidence + "/files/" + unknown),
            HIDDEN)
        .sameAnswer(
            "a draft measure's photo's thumbnail",
            get(draftPhoto + "/thumbnail"),
            get(missingEvidence + "/files/" + unknown + "/thumbnail"),
            HIDDEN)
        .sameAnswer(
            "a draft measure's evidence files",
            get(draftEvidence + "/files"),
            get(missingEvidence + "/files"),
            HIDDEN)
        .sameAnswer(
            "an upload to a draft measure's evidence",
            Probe.of("POST", draftEvidence + "/files", Uploads.contentType(), upload),
            Probe.of("POST", missingEvidence + "/files", Uploads.contentType(), upload),
            HIDDEN)
        .sameAnswer(
            "removing a draft measure's evidence file",
            delete(draftFile),
            delete(missingEvidence + "/files/" + unknown),
            HIDDEN)
        .verify();
  }

  /** The last segment of a path: the id it names. */
  private static String idOf(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static void publish(String agency, int year) {
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/{y}", agency, year)
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
            .post("/api/v1/agencies/{a}/plans/{y}/approve", agency, year)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", approved)
        .post("/api/v1/agencies/{a}/plans/{y}/publish", agency, year)
        .then()
        .statusCode(200);
  }
}
