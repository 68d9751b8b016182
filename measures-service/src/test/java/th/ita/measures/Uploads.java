package th.ita.measures;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * multipart/form-data uploads as a browser sends them (file names in UTF-8), and small files of
 * each kind the platform keeps.
 */
final class Uploads {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String BOUNDARY = "ita-evidence-boundary-7d1f";

  /** A 1×1 PNG. */
  static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    '\r',
    '\n',
    0x1A,
    '\n',
    0,
    0,
    0,
    13,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    6,
    0,
    0,
    0,
    0x1F,
    0x15,
    (byte) 0xC4,
    (byte) 0x89,
    0,
    0,
    0,
    13,
    'I',
    'D',
    'A',
    'T',
    0x78,
    (byte) 0x9C,
    0x63,
    0,
    1,
    0,
    0,
    5,
    0,
    1,
    0x0D,
    0x0A,
    0x2D,
    (byte) 0xB4,
    0,
    0,
    0,
    0,
    'I',
    'E',
    'N',
    'D',
    (byte) 0xAE,
    0x42,
    0x60,
    (byte) 0x82
  };

  /** A one-line PDF. */
  static final byte[] PDF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  private Uploads() {}

  /** One part of an upload. */
  record Part(String fileName, String contentType, byte[] bytes) {}

  static Part part(String fileName, String contentType, byte[] bytes) {
    return new Part(fileName, contentType, bytes);
  }

  /** A PDF of exactly {@code size} bytes. */
  static byte[] pdfOfSize(int size) {
    byte[] bytes = new byte[size];
    java.util.Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(PDF, 0, bytes, 0, PDF.length);
    return bytes;
  }

  /** The smallest archive that is a DOCX to the platform: the parts Word's files always have. */
  static byte[] docx() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A multipart body of plain-ASCII parts, as text (for probes that send strings). */
  static String asciiBody(Part... parts) {
    return new String(body(parts), StandardCharsets.US_ASCII);
  }

  static String contentType() {
    return "multipart/form-data; boundary=" + BOUNDARY;
  }

  static HttpResponse<String> upload(String token, String evidenceId, Part... parts) {
    byte[] body = body(parts);
    List<String> headers = new ArrayList<>(List.of("Authorization", "Bearer " + token));
    headers.addAll(List.of("Content-Type", contentType()));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    RestAssured.baseURI
                        + ":"
                        + RestAssured.port
                        + "/api/v1/evidence/"
                        + evidenceId
                        + "/files"))
            .headers(headers.toArray(String[]::new))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] body(Part... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part p : parts) {
      write(body, "--" + BOUNDARY + "\r\n");
      write(
          body,
          "Content-Disposition: form-data; name=\"file\"; filename=\"" + p.fileName() + "\"\r\n");
      if (p.contentType() != null) {
        write(body, "Content-Type: " + p.contentType() + "\r\n");
      }
      write(body, "\r\n");
      body.writeBytes(p.bytes());
      write(body, "\r\n");
    }
    write(body, "--" + BOUNDARY + "--\r\n");
    return body.toByteArray();
  }

  /** Uploads a file and answers its id. */
  static String uploaded(String token, String evidenceId, Part part) {
    HttpResponse<String> response = upload(token, evidenceId, part);
    if (response.statusCode() != 201) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    return io.restassured.path.json.JsonPath.from(response.body()).getString("[0].id");
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
