package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.EvidenceFile;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Evidence files kept in PostgreSQL (and, as {@link S3EvidenceFileTest}, in S3): uploaded, checked
 * from their bytes, downloaded unchanged by those who may read the measure, announced by their
 * metadata only, and removed by the agency. (The test profile allows 64 KiB a file and 256 KiB a
 * measure.)
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class EvidenceFileTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PHOTO = "ภาพการประชุม.png";
  private static final String MINUTES = "รายงานการประชุม.pdf";

  @Test
  void aPhotoAndAPdfAreKeptDownloadedUnchangedAndAnnouncedByTheirMetadata() throws Exception {
    String agency = MeasuresFixtures.agency("EF-OWN");
    String measure = draftMeasure(agency);
    String evidence = evidence(agency, measure);
    String measureEtag = measureEtag(agency, measure);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.MEASURES);

    HttpResponse<String> uploaded =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part(PHOTO, "image/png", Uploads.PNG),
            Uploads.part(MINUTES, "application/pdf", Uploads.PDF));

    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    JsonNode files = JSON.readTree(uploaded.body());
    assertThat(files).hasSize(2);
    JsonNode photo = files.get(0);
    JsonNode minutes = files.get(1);
    assertThat(photo.get("fileName").asText()).isEqualTo(PHOTO);
    assertThat(photo.get("contentType").asText()).isEqualTo("image/png");
    assertThat(photo.get("size").asLong()).isEqualTo(Uploads.PNG.length);
    assertThat(photo.get("sha256").asText()).isEqualTo(sha256(Uploads.PNG));
    assertThat(photo.get("evidenceId").asText()).isEqualTo(evidence);
    assertThat(photo.get("measureId").asText()).isEqualTo(measure);
    assertThat(photo.get("uploadedBy").asText()).isEqualTo("test-officer-ef-own");
    assertThat(photo.get("href").asText())
        .isEqualTo("/api/v1/evidence/" + evidence + "/files/" + photo.get("id").asText());
    assertThat(minutes.get("fileName").asText()).isEqualTo(MINUTES);
    assertThat(minutes.get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(minutes.get("sha256").asText()).isEqualTo(sha256(Uploads.PDF));

    for (Object[] file :
        List.of(
            new Object[] {photo, Uploads.PNG, "image/png", "____________.png", PHOTO},
            new Object[] {
              minutes, Uploads.PDF, "application/pdf", "_______________.pdf", MINUTES
            })) {
      JsonNode meta = (JsonNode) file[0];
      Response download =
          given()
              .auth()
              .oauth2(TestTokens.officer(agency))
              .get(meta.get("href").asText())
              .then()
              .statusCode(200)
              .contentType((String) file[2])
              .header("ETag", "\"" + meta.get("sha256").asText() + "\"")
              .header(
                  "Content-Disposition",
                  "attachment; filename=\""
                      + file[3]
                      + "\"; filename*=UTF-8''"
                      + URLEncoder.encode((String) file[4], StandardCharsets.UTF_8))
              .extract()
              .response();
      byte[] bytes = download.asByteArray();
      assertThat(bytes).isEqualTo((byte[]) file[1]);
      assertThat(sha256(bytes)).isEqualTo(meta.get("sha256").asText());
      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .header("If-None-Match", "\"" + meta.get("sha256").asText() + "\"")
          .get(meta.get("href").asText())
          .then()
          .statusCode(304);
    }

    // The files are part of the evidence: the entry lists them and the measure's version moved on.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}/evidence", measure)
        .then()
        .statusCode(200)
        .body("[0].files.fileName", equalTo(List.of(PHOTO, MINUTES)));
    assertThat(measureEtag(agency, measure)).isNotEqualTo(measureEtag);

    // The entry's own EvidenceRecorded may leave after the mark; the upload's names the files.
    TestTopics.Event event =
        TestTopics.awaitEvent(
            mark,
            e ->
                agency.equals(e.key())
                    && EventTypes.EVIDENCE_RECORDED.equals(e.ceType())
                    && e.value().contains(photo.get("id").asText()));
    assertThat(EventSchemas.violations("evidence-recorded.schema.json", event.value())).isEmpty();
    JsonNode data = JSON.readTree(event.value());
    JsonNode expected =
        JSON.readTree(
            """
            [{"id": "%s", "fileName": "%s", "contentType": "image/png", "size": %d, "sha256": "%s"},
             {"id": "%s", "fileName": "%s", "contentType": "application/pdf", "size": %d, "sha256": "%s"}]"""
                .formatted(
                    photo.get("id").asText(),
                    PHOTO,
                    Uploads.PNG.length,
                    sha256(Uploads.PNG),
                    minutes.get("id").asText(),
                    MINUTES,
                    Uploads.PDF.length,
                    sha256(Uploads.PDF)));
    assertThat(data.at("/evidence/files")).isEqualTo(expected);
    assertThat(data.at("/measure/evidence/0/files")).isEqualTo(expected);
    assertThat(data.at("/evidence/id").asText()).isEqualTo(evidence);
  }

  @Test
  void aFileTooLargeIsRefusedAndNothingOfTheUploadIsKept() {
    String agency = MeasuresFixtures.agency("EF-LARGE");
    String measure = draftMeasure(agency);
    String evidence = evidence(agency, measure);
    String measureEtag = measureEtag(agency, measure);
    long contentRows = contentRows();

    HttpResponse<String> refused =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part(PHOTO, "image/png", Uploads.PNG),
            Uploads.part("scan.pdf", "application/pdf", Uploads.pdfOfSize(65_537)));

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = read(refused.body());
    assertThat(problem.get("type").asText()).isEqualTo("/problems/too-large");
    assertThat(problem.get("detail").asText())
        .isEqualTo(
            "'scan.pdf' has 65,537 bytes; a file may have at most 65,536"
                + " (ita.evidence.files.max-file-size)");
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(problem.at("/errors/0/rejectedValue").asText()).isEqualTo("scan.pdf");
    assertNothingKept(agency, measure, evidence, measureEtag, contentRows);

    // Five files of 60,000 bytes fit one by one, not together in a measure's 262,144.
    Uploads.Part[] five = new Uploads.Part[5];
    for (int i = 0; i < five.length; i++) {
      five[i] = Uploads.part("part-" + (i + 1) + ".pdf", null, Uploads.pdfOfSize(60_000));
    }
    HttpResponse<String> tooMuch = Uploads.upload(TestTokens.officer(agency), evidence, five);
    assertThat(tooMuch.statusCode()).isEqualTo(413);
    assertThat(read(tooMuch.body()).get("detail").asText())
        .isEqualTo(
            "With 'part-5.pdf' the files of measure "
                + measure
                + " would take 300,000 bytes; a measure's evidence may take at most 262,144"
                + " (ita.evidence.files.max-measure-size)");
    assertNothingKept(agency, measure, evidence, measureEtag, contentRows);
  }

  @Test
  void aFileIsKeptOnlyAsWhatItsBytesAre() {
    String agency = MeasuresFixtures.agency("EF-KIND");
    String measure = draftMeasure(agency);
    String evidence = evidence(agency, measure);
    String measureEtag = measureEtag(agency, measure);
    long contentRows = contentRows();

    HttpResponse<String> declaredOtherwise =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part(MINUTES, "application/pdf", Uploads.PDF),
            Uploads.part("minutes-signed", "application/pdf", Uploads.PNG));
    assertThat(declaredOtherwise.statusCode()).isEqualTo(415);
    assertThat(declaredOtherwise.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");
    JsonNode problem = read(declaredOtherwise.body());
    assertThat(problem.get("type").asText()).isEqualTo("/problems/unsupported-media-type");
    assertThat(problem.get("detail").asText())
        .isEqualTo("'minutes-signed' is declared application/pdf but its content is a PNG image");
    assertThat(problem.at("/errors/0/rejectedValue").asText()).isEqualTo("minutes-signed");

    HttpResponse<String> namedOtherwise =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part("photo.jpg", "application/octet-stream", Uploads.PNG));
    assertThat(namedOtherwise.statusCode()).isEqualTo(415);
    assertThat(read(namedOtherwise.body()).get("detail").asText())
        .isEqualTo("'photo.jpg' is named as a JPEG image but its content is a PNG image");

    HttpResponse<String> unsupported =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part("notes.txt", "text/plain", "บันทึก".getBytes(StandardCharsets.UTF_8)));
    assertThat(unsupported.statusCode()).isEqualTo(415);
    assertThat(read(unsupported.body()).get("detail").asText())
        .isEqualTo(
            "'notes.txt' is not a JPEG or PNG image, a PDF, or a DOCX or XLSX file: only those are"
                + " kept as evidence");
    assertNothingKept(agency, measure, evidence, measureEtag, contentRows);

    // An office file is told by the parts inside it, whatever a browser declares for it.
    HttpResponse<String> docx =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part("รายงานผล.docx", "application/octet-stream", Uploads.docx()));
    assertThat(docx.statusCode()).as(docx.body()).isEqualTo(201);
    assertThat(read(docx.body()).at("/0/contentType").asText())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void anotherAgencyCannotTellADraftsFileExistsAndTheAgencyRemovesIt() throws Exception {
    String agency = MeasuresFixtures.agency("EF-DRAFT");
    MeasuresFixtures.agency("EF-ELSE");
    String measure = draftMeasure(agency);
    String evidence = evidence(agency, measure);
    JsonNode file =
        read(Uploads.upload(
                    TestTokens.officer(agency),
                    evidence,
                    Uploads.part(PHOTO, "image/png", Uploads.PNG))
                .body())
            .get(0);
    String href = file.get("href").asText();
    String missing =
        "/api/v1/evidence/" + java.util.UUID.randomUUID() + "/files/" + file.get("id").asText();

    for (String token : List.of(TestTokens.officer("EF-ELSE"), TestTokens.viewer())) {
      Response hidden = given().auth().oauth2(token).get(href);
      Response none = given().auth().oauth2(token).get(missing);
      assertThat(hidden.statusCode()).isEqualTo(404);
      assertThat(hidden.contentType()).isEqualTo("application/problem+json");
      assertThat(hidden.jsonPath().getString("detail"))
          .isEqualTo("Evidence '" + evidence + "' does not exist");
      assertThat(none.jsonPath().getString("detail").replaceAll("'.*'", "'…'"))
          .isEqualTo(hidden.jsonPath().getString("detail").replaceAll("'.*'", "'…'"));
      given()
          .auth()
          .oauth2(token)
          .get("/api/v1/evidence/{e}/files", evidence)
          .then()
          .statusCode(404);
      given().auth().oauth2(token).delete(href).then().statusCode(404);
    }
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.MEASURES);
    long contentRows = contentRows();
    long version = ETags.version(measureEtag(agency, measure));

    given().auth().oauth2(TestTokens.officer(agency)).delete(href).then().statusCode(204);

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(href)
        .then()
        .statusCode(404)
        .body("detail", equalTo("Evidence file '" + file.get("id").asText() + "' does not exist"));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/evidence/{e}/files", evidence)
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
    assertThat(contentRows()).isEqualTo(contentRows - 1);
    // The removal's event is the one at the measure's new version, its entry without the file.
    assertThat(ETags.version(measureEtag(agency, measure))).isEqualTo(version + 1);
    TestTopics.Event event =
        TestTopics.awaitEvent(
            mark,
            e ->
                agency.equals(e.key())
                    && EventTypes.EVIDENCE_RECORDED.equals(e.ceType())
                    && read(e.value()).at("/measure/version").asLong() == version + 1);
    assertThat(JSON.readTree(event.value()).at("/evidence/files")).isEqualTo(JSON.readTree("[]"));
  }

  @Test
  void anUploadWithoutFilesOrWithAnUnprintableNameIsRefusedNamingThePart() throws Exception {
    String agency = MeasuresFixtures.agency("EF-EMPTY");
    String measure = draftMeasure(agency);
    String evidence = evidence(agency, measure);
    String measureEtag = measureEtag(agency, measure);
    long contentRows = contentRows();

    HttpResponse<String> none = Uploads.upload(TestTokens.officer(agency), evidence);
    assertThat(none.statusCode()).isEqualTo(400);
    JsonNode problem = read(none.body());
    assertThat(problem.get("type").asText()).isEqualTo("/problems/validation");
    assertThat(problem.at("/errors/0/field").asText()).isEqualTo("file");
    assertThat(problem.at("/errors/0/message").asText())
        .isEqualTo("must hold at least one file: send each as a multipart part named 'file'");

    HttpResponse<String> empty =
        Uploads.upload(
            TestTokens.officer(agency), evidence, Uploads.part("blank.pdf", null, new byte[0]));
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(read(empty.body()).at("/errors/0/message").asText())
        .isEqualTo("'blank.pdf' is empty");

    HttpResponse<String> unprintable =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part("C:\\fakepath\\ภาพ\u0007.png", "image/png", Uploads.PNG));
    assertThat(unprintable.statusCode()).isEqualTo(400);
    assertThat(read(unprintable.body()).at("/errors/0/message").asText())
        .isEqualTo(
            "the file name must not contain control characters (found U+0007 at position 3)");
    assertNothingKept(agency, measure, evidence, measureEtag, contentRows);

    // The folders a browser may send go; the name stays.
    HttpResponse<String> withFolders =
        Uploads.upload(
            TestTokens.officer(agency),
            evidence,
            Uploads.part("C:\\fakepath\\ภาพ.png", "image/png", Uploads.PNG));
    assertThat(withFolders.statusCode()).as(withFolders.body()).isEqualTo(201);
    assertThat(read(withFolders.body()).at("/0/fileName").asText()).isEqualTo("ภาพ.png");
  }

  private static void assertNothingKept(
      String agency, String measure, String evidence, String measureEtag, long contentRows) {
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/evidence/{e}/files", evidence)
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
    assertThat(measureEtag(agency, measure)).isEqualTo(measureEtag);
    assertThat(contentRows()).isEqualTo(contentRows);
    assertThat(
            QuarkusTransaction.requiringNew()
                .call(() -> EvidenceFile.count("evidence.id", java.util.UUID.fromString(evidence))))
        .isZero();
  }

  /** The files whose bytes the store holds. */
  private static long contentRows() {
    return StoredFiles.count();
  }

  static String draftMeasure(String agency) {
    MeasuresFixtures.plan(agency, 2568);
    return MeasuresFixtures.addMeasure(agency, 2568);
  }

  static String evidence(String agency, String measure) {
    return given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"occurredOn\": \"2024-11-20\", \"titleTh\": \"ประชุมชี้แจงมาตรการ\"}")
        .post("/api/v1/measures/{id}/evidence", measure)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  static String measureEtag(String agency, String measure) {
    return given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/measures/{id}", measure)
        .then()
        .statusCode(200)
        .extract()
        .header("ETag");
  }

  static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(json, e);
    }
  }

  static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
