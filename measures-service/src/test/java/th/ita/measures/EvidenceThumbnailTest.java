package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Thumbnails of evidence photos: scaled to fit 320×320 as JPEG, tagged by the file's SHA-256 and
 * the size, readable exactly like the download, and refused (409, never a 5xx) for files that are
 * no photo or photos of too many pixels.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class EvidenceThumbnailTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aPhotoIsScaledToFitTheBoxAndTaggedByItsContentAndSize() throws Exception {
    String agency = MeasuresFixtures.agency("TN-OWN");
    String evidence = evidence(agency);
    JsonNode files =
        JSON.readTree(
            Uploads.upload(
                    TestTokens.officer(agency),
                    evidence,
                    Uploads.part("ภาพกว้าง.png", "image/png", image(1200, 600, "png")),
                    Uploads.part("ภาพสูง.jpg", "image/jpeg", image(640, 800, "jpeg")))
                .body());

    for (Object[] expected :
        List.of(new Object[] {files.get(0), 320, 160}, new Object[] {files.get(1), 256, 320})) {
      JsonNode file = (JsonNode) expected[0];
      String tag = "\"" + file.get("sha256").asText() + "-320\"";
      Response thumbnail =
          given()
              .auth()
              .oauth2(TestTokens.officer(agency))
              .get(file.get("href").asText() + "/thumbnail");
      assertThat(thumbnail.statusCode()).isEqualTo(200);
      assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
      assertThat(thumbnail.header("ETag")).isEqualTo(tag);
      BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumbnail.asByteArray()));
      assertThat(read.getWidth()).isEqualTo(expected[1]);
      assertThat(read.getHeight()).isEqualTo(expected[2]);

      given()
          .auth()
          .oauth2(TestTokens.officer(agency))
          .header("If-None-Match", tag)
          .get(file.get("href").asText() + "/thumbnail")
          .then()
          .statusCode(304)
          .header("ETag", tag);
    }
  }

  @Test
  void aDraftsThumbnailDoesNotExistForThoseWhoMayNotReadTheMeasure() throws Exception {
    String agency = MeasuresFixtures.agency("TN-DRAFT");
    MeasuresFixtures.agency("TN-ELSE");
    String evidence = evidence(agency);
    JsonNode photo =
        JSON.readTree(
                Uploads.upload(
                        TestTokens.officer(agency),
                        evidence,
                        Uploads.part("ภาพ.png", "image/png", image(400, 300, "png")))
                    .body())
            .get(0);
    String href = photo.get("href").asText() + "/thumbnail";

    given().auth().oauth2(TestTokens.admin()).get(href).then().statusCode(200);
    for (String token : List.of(TestTokens.officer("TN-ELSE"), TestTokens.viewer())) {
      Response hidden = given().auth().oauth2(token).get(href);
      assertThat(hidden.statusCode()).isEqualTo(404);
      assertThat(hidden.contentType()).isEqualTo("application/problem+json");
      assertThat(hidden.jsonPath().getString("detail"))
          .isEqualTo("Evidence '" + evidence + "' does not exist");
      // Even with the right ETag: nothing about the file is told.
      given()
          .auth()
          .oauth2(token)
          .header("If-None-Match", "\"" + photo.get("sha256").asText() + "-320\"")
          .get(href)
          .then()
          .statusCode(404);
    }
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/evidence/{e}/files/{f}/thumbnail", evidence, UUID.randomUUID())
        .then()
        .statusCode(404);
  }

  @Test
  void aFileThatIsNoPhotoOrAPhotoOfTooManyPixelsHasNoThumbnailAndSaysWhy() throws Exception {
    String agency = MeasuresFixtures.agency("TN-NONE");
    String evidence = evidence(agency);
    JsonNode files =
        JSON.readTree(
            Uploads.upload(
                    TestTokens.officer(agency),
                    evidence,
                    Uploads.part("รายงาน.pdf", "application/pdf", Uploads.PDF),
                    Uploads.part("ภาพใหญ่.png", "image/png", hugePng(8000, 7000)))
                .body());
    assertThat(files).hasSize(2);

    Response pdf =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get(files.get(0).get("href").asText() + "/thumbnail");
    assertThat(pdf.statusCode()).isEqualTo(409);
    assertThat(pdf.contentType()).isEqualTo("application/problem+json");
    assertThat(pdf.jsonPath().getString("type")).isEqualTo("/problems/conflict");
    assertThat(pdf.jsonPath().getString("detail"))
        .isEqualTo("'รายงาน.pdf' is a PDF document: only JPEG and PNG photos have a thumbnail");
    assertThat(pdf.jsonPath().getString("context.reason")).isEqualTo("not-an-image");

    Response huge =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get(files.get(1).get("href").asText() + "/thumbnail");
    assertThat(huge.statusCode()).isEqualTo(409);
    assertThat(huge.contentType()).isEqualTo("application/problem+json");
    assertThat(huge.jsonPath().getString("detail"))
        .isEqualTo(
            "The image has 8000×7000 pixels (56,000,000); a thumbnail is made of images of at"
                + " most 50,000,000 pixels and 16,384 a side");
    assertThat(huge.jsonPath().getString("context.reason")).isEqualTo("image-too-large");
    // The file itself is kept and downloads unchanged.
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(files.get(1).get("href").asText())
        .then()
        .statusCode(200)
        .contentType("image/png");
  }

  private static String evidence(String agency) {
    MeasuresFixtures.plan(agency, 2568);
    String measure = MeasuresFixtures.addMeasure(agency, 2568);
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

  /** Two colours side by side: small enough for the test profile's 64 KiB a file. */
  static byte[] image(int width, int height, String format) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(0x2E7D32));
    g.fillRect(0, 0, width / 2, height);
    g.setColor(new Color(0xF9A825));
    g.fillRect(width / 2, 0, width - width / 2, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  /**
   * A valid black 1-bit PNG of {@code width}×{@code height}: a few kilobytes on disk, that would
   * take hundreds of megabytes decoded.
   */
  static byte[] hugePng(int width, int height) throws IOException {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(png);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream h = new DataOutputStream(header);
    h.writeInt(width);
    h.writeInt(height);
    h.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, greyscale, deflate, filter 0, no interlace
    chunk(out, "IHDR", header.toByteArray());
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(data)) {
      byte[] row = new byte[1 + (width + 7) / 8];
      for (int y = 0; y < height; y++) {
        z.write(row);
      }
    }
    chunk(out, "IDAT", data.toByteArray());
    chunk(out, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
