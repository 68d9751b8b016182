package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.reporting.domain.EvidenceThumbnail;

/**
 * Evidence photos' thumbnails: queued with the projection, fetched once from measures-service (a
 * JDK HTTP server standing in for it, {@link MeasuresStandIn}) with a viewer token for its
 * audience, tried again after a 503, given up after a 404, shown in the progress report's PDF and
 * DOCX and named in its XLSX, and dropped with the file.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
@QuarkusTestResource(MeasuresStandIn.class)
class EvidenceThumbnailsTest {

  private static final String PROGRESS = "/api/v1/agencies/{a}/reports/2568/progress";
  private static final String AS_OF = "2025-03-31";
  private static final String PDF = "application/pdf";
  private static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Requests per file id, and the tokens' faults (empty while every token was right). */
  private static final Map<String, Integer> requests = new ConcurrentHashMap<>();

  private static final List<String> tokenFaults = new ArrayList<>();
  private static final Map<String, Integer> unavailable = new ConcurrentHashMap<>();
  private static final AtomicBoolean photoReady = new AtomicBoolean();
  private static final String PHOTO = UUID.randomUUID().toString();
  private static final String GONE = UUID.randomUUID().toString();
  private static final byte[] THUMBNAIL = jpeg(320, 240);

  @BeforeAll
  static void standInForMeasuresService() {
    MeasuresStandIn.answerWith(EvidenceThumbnailsTest::answer);
  }

  @AfterAll
  static void stop() {
    MeasuresStandIn.answerWith(null);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    String[] path = exchange.getRequestURI().getPath().split("/");
    // /api/v1/evidence/{evidenceId}/files/{fileId}/thumbnail
    String fileId = path.length == 8 && "thumbnail".equals(path[7]) ? path[6] : "?";
    requests.merge(fileId, 1, Integer::sum);
    String fault = tokenFault(exchange.getRequestHeaders().getFirst("Authorization"));
    int status;
    byte[] body = new byte[0];
    if (fault != null) {
      synchronized (tokenFaults) {
        tokenFaults.add(fault);
      }
      status = 401;
    } else if (fileId.equals(PHOTO) && !photoReady.get()) {
      unavailable.merge(fileId, 1, Integer::sum);
      status = 503;
    } else if (fileId.equals(PHOTO)) {
      status = 200;
      body = THUMBNAIL;
      exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
    } else {
      status = 404;
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  /** What is wrong with the bearer token measures-service would check, or null. */
  private static String tokenFault(String authorization) {
    try {
      if (authorization == null || !authorization.startsWith("Bearer ")) {
        return "no bearer token";
      }
      String[] jwt = authorization.substring(7).split("\\.");
      String pem = Files.readString(Path.of("target/platform-test/keys/public-key.pem"));
      PublicKey key =
          KeyFactory.getInstance("RSA")
              .generatePublic(
                  new X509EncodedKeySpec(
                      Base64.getMimeDecoder()
                          .decode(pem.replaceAll("-----[A-Z ]+-----", "").trim())));
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initVerify(key);
      rsa.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
      if (!rsa.verify(Base64.getUrlDecoder().decode(jwt[2]))) {
        return "bad signature";
      }
      JsonNode claims =
          ReportFixtures.readTree(
              new String(Base64.getUrlDecoder().decode(jwt[1]), StandardCharsets.UTF_8));
      if (!claims.get("aud").toString().equals("[\"measures-service\"]")) {
        return "audience " + claims.get("aud");
      }
      if (!claims.get("groups").toString().equals("[\"viewer\"]")) {
        return "groups " + claims.get("groups");
      }
      if (!claims.get("iss").asText().equals("https://ita.local/issuer")) {
        return "issuer " + claims.get("iss");
      }
      return null;
    } catch (Exception e) {
      return e.toString();
    }
  }

  @Test
  void aPhotoIsFetchedOnceAfterA503ShownInTheReportAndDroppedWithItsFile() throws Exception {
    String agency = ReportFixtures.agency("THUMB", "MFA");
    ObjectNode plan = ReportFixtures.plan(agency, "PUBLISHED", 3);
    ReportFixtures.send(Topics.PLANS, agency, "PlanPublished", plan);
    ObjectNode measure = ReportFixtures.measure(plan, 0);
    ObjectNode meeting =
        ReportFixtures.evidence(measure, 0, "2024-11-20", "20 พ.ย. 2567", "ประชุมชี้แจงมาตรการ");
    ArrayNode files = meeting.putArray("files");
    files.add(file(PHOTO, "ภาพการประชุม.jpg", "image/jpeg", "a"));
    files.add(file(GONE, "ภาพที่หายไป.png", "image/png", "b"));
    String minutes = UUID.randomUUID().toString();
    files.add(file(minutes, "รายงานการประชุม.pdf", "application/pdf", "c"));
    ((ArrayNode) measure.get("evidence")).add(meeting);
    measure.put("version", 3);
    ObjectNode event = ReportFixtures.evidenceEvent(measure, meeting);
    assertThat(ReportFixtures.violations(ReportFixtures.EVIDENCE_SCHEMA, event)).isEmpty();
    ReportFixtures.send(Topics.MEASURES, agency, "EvidenceRecorded", event);

    // The missing photo is given up after its 404; the other waits out measures-service's 503s.
    await().atMost(Duration.ofSeconds(30)).until(() -> unavailable.getOrDefault(PHOTO, 0) >= 2);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> row(GONE) != null && row(GONE).state == EvidenceThumbnail.State.GONE);
    EvidenceThumbnail gone = row(GONE);
    assertThat(gone.attempts).isEqualTo(1);
    assertThat(gone.lastStatus).isEqualTo(404);
    assertThat(gone.bytes).isNull();
    assertThat(row(minutes)).isNull();
    assertThat(row(PHOTO).state).isEqualTo(EvidenceThumbnail.State.PENDING);

    // Meanwhile the report names every file and shows no picture.
    Response without = document(agency, PDF);
    assertThat(images(without.asByteArray())).isZero();
    assertThat(PdfText.squash(text(without.asByteArray())))
        .contains(PdfText.squash("ไฟล์แนบ: ภาพการประชุม.jpg"))
        .contains(PdfText.squash("ไฟล์แนบ: ภาพที่หายไป.png"))
        .contains(PdfText.squash("ไฟล์แนบ: รายงานการประชุม.pdf"));

    photoReady.set(true);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> row(PHOTO).state == EvidenceThumbnail.State.FETCHED);
    EvidenceThumbnail photo = row(PHOTO);
    assertThat(photo.bytes).isEqualTo(THUMBNAIL);
    assertThat(photo.mediaType).isEqualTo("image/jpeg");
    assertThat(photo.sha256).isEqualTo("a".repeat(64));
    assertThat(photo.lastStatus).isEqualTo(200);
    assertThat(photo.attempts).isEqualTo(unavailable.get(PHOTO) + 1);
    assertThat(requests.get(PHOTO)).isEqualTo(photo.attempts);
    assertThat(requests.get(GONE)).isEqualTo(1);
    assertThat(requests).doesNotContainKey(minutes);
    synchronized (tokenFaults) {
      assertThat(tokenFaults).isEmpty();
    }

    // The thumbnail is a new document: a new ETag, one picture, captioned with the file's name.
    Response with = document(agency, PDF);
    // Kept for a person to look at (docs/images/progress-thumbnails.png is its first evidence
    // page).
    Files.write(Path.of("target/progress-thumbnails.pdf"), with.asByteArray());
    assertThat(with.header("ETag")).isNotEqualTo(without.header("ETag"));
    assertThat(images(with.asByteArray())).isEqualTo(1);
    String text = PdfText.squash(text(with.asByteArray()));
    assertThat(text)
        .contains(PdfText.squash("ภาพถ่ายประกอบ: ประชุมชี้แจงมาตรการ"))
        .doesNotContain(PdfText.squash("ไฟล์แนบ: ภาพการประชุม.jpg"))
        .contains(PdfText.squash("ไฟล์แนบ: ภาพที่หายไป.png"));
    assertThat(mediaParts(document(agency, DOCX).asByteArray())).isEqualTo(1);
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(new ByteArrayInputStream(document(agency, XLSX).asByteArray()))) {
      Sheet pictures = workbook.getSheet("ภาพประกอบ");
      assertThat(pictures).isNotNull();
      List<String> names = new ArrayList<>();
      pictures.forEach(r -> r.forEach(c -> names.add(c.getStringCellValue())));
      assertThat(names).contains("ภาพการประชุม.jpg");
    }

    // The photo removed from the entry takes its thumbnail with it.
    ObjectNode later = measure.deepCopy();
    ObjectNode entry = (ObjectNode) later.get("evidence").get(later.get("evidence").size() - 1);
    ((ArrayNode) entry.get("files")).remove(0);
    later.put("version", 4);
    ReportFixtures.send(
        Topics.MEASURES, agency, "EvidenceRecorded", ReportFixtures.evidenceEvent(later, entry));
    await().atMost(Duration.ofSeconds(30)).until(() -> row(PHOTO) == null);
    // A photo measures-service answered 404 for is asked once more when its measure changes (its
    // plan may have been published since), and given up again.
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> requests.get(GONE) == 2 && row(GONE).state == EvidenceThumbnail.State.GONE);
    assertThat(row(GONE).attempts).isEqualTo(1);
    assertThat(images(document(agency, PDF).asByteArray())).isZero();
  }

  private static ObjectNode file(String id, String name, String type, String shaChar) {
    ObjectNode f = ReportFixtures.JSON.createObjectNode();
    return f.put("id", id)
        .put("fileName", name)
        .put("contentType", type)
        .put("size", 20000)
        .put("sha256", shaChar.repeat(64));
  }

  private static EvidenceThumbnail row(String fileId) {
    return QuarkusTransaction.requiringNew()
        .call(() -> EvidenceThumbnail.<EvidenceThumbnail>findById(UUID.fromString(fileId)));
  }

  private static Response document(String agency, String type) {
    Response r =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .accept(type)
            .queryParam("asOf", AS_OF)
            .get(PROGRESS, agency);
    assertThat(r.statusCode()).isEqualTo(200);
    return r;
  }

  /** The image XObjects of every page. */
  static int images(byte[] pdf) throws IOException {
    int count = 0;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
          if (resources.getXObject(name) instanceof PDImageXObject) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The JPEG pictures a DOCX holds (its charts are PNG): its word/media parts. */
  static int mediaParts(byte[] docx) throws IOException {
    int count = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().startsWith("word/media/")
            && (e.getName().endsWith(".jpeg") || e.getName().endsWith(".jpg"))) {
          count++;
        }
      }
    }
    return count;
  }

  /** A meeting room as a child would draw it: a wall, a table and six people around it. */
  static byte[] jpeg(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(
        new java.awt.GradientPaint(0, 0, new Color(0xE3F2FD), 0, height, new Color(0x90A4AE)));
    g.fillRect(0, 0, width, height);
    g.setColor(new Color(0x1565C0));
    g.fillRect(width / 8, height / 10, width * 3 / 4, height / 4);
    g.setColor(new Color(0x6D4C41));
    g.fillRoundRect(width / 6, height / 2, width * 2 / 3, height / 5, 30, 30);
    Color[] shirts = {
      new Color(0xC62828), new Color(0x2E7D32), new Color(0xF9A825),
      new Color(0x6A1B9A), new Color(0x00838F), new Color(0xEF6C00)
    };
    for (int i = 0; i < 6; i++) {
      int x = width / 6 + i * (width * 2 / 3) / 6 + 6;
      g.setColor(shirts[i]);
      g.fillRoundRect(x, height / 2 - 30, 30, 40, 12, 12);
      g.setColor(new Color(0xFFCC80));
      g.fillOval(x + 5, height / 2 - 52, 20, 22);
    }
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
