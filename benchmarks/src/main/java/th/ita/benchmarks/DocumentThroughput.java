package th.ita.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import th.ita.platform.dev.DemoData;
import th.ita.platform.dev.LocalTokenIssuer;

/**
 * Documents rendered against the same documents served from what was rendered before: seed 001's
 * measures PDF under wrk (rendered anew for each request with {@code Cache-Control: no-cache},
 * against the kept one), and the national dashboard as an XLSX export job (its rendering, from the
 * job's own start and end, against downloading the finished file).
 */
final class DocumentThroughput {

  static final String SEED_001 = "/api/v1/agencies/MFA-ASEAN/reports/2568/measures?format=pdf";

  record Figures(
      HttpThroughput.Throughput measuresPdf,
      long pdfBytes,
      double exportRenderSeconds,
      double exportDownloadSeconds,
      long exportBytes,
      int exportAgencies) {}

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final RunningPlatform platform;
  private final LocalTokenIssuer tokens;

  DocumentThroughput(RunningPlatform platform, LocalTokenIssuer tokens) {
    this.platform = platform;
    this.tokens = tokens;
  }

  Figures measure(HttpThroughput wrk, int runs, int fiscalYear, int agencies) throws Exception {
    String viewer = tokens.issue("benchmark-documents", "viewer", null, Duration.ofHours(12));
    String admin = tokens.issue("benchmark-admin", "ita-admin", null, Duration.ofHours(12));
    loadSeed001(admin);
    String pdfUrl = platform.reportingUrl() + SEED_001;
    long pdfBytes = awaitDocument(pdfUrl, viewer);
    HttpThroughput.Throughput pdf =
        wrk.compare(pdfUrl, "Cache-Control: no-cache", null, viewer, runs);

    JsonNode job =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        platform.reportingUrl()
                            + "/api/v1/dashboards/"
                            + fiscalYear
                            + "/exports?format=xlsx"))
                .header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.noBody()),
            202);
    String jobUrl = platform.reportingUrl() + "/api/v1/report-jobs/" + job.get("id").asText();
    JsonNode done = awaitJob(jobUrl, admin);
    double render =
        Duration.between(
                    OffsetDateTime.parse(done.get("startedAt").asText()),
                    OffsetDateTime.parse(done.get("finishedAt").asText()))
                .toMillis()
            / 1000.0;
    HttpRequest download =
        HttpRequest.newBuilder(URI.create(jobUrl + "/file"))
            .header("Authorization", "Bearer " + admin)
            .build();
    double downloadMillis =
        Stats.medianMillis(
            1,
            5,
            () -> {
              HttpResponse<byte[]> file =
                  http.send(download, HttpResponse.BodyHandlers.ofByteArray());
              if (file.statusCode() != 200) {
                throw new IOException("The export's file answered " + file.statusCode());
              }
            });
    return new Figures(
        pdf, pdfBytes, render, downloadMillis / 1000.0, done.get("fileSize").asLong(), agencies);
  }

  /** The seed agencies, their results and plans, loaded as {@code ./ita} loads its demo data. */
  private void loadSeed001(String admin) throws Exception {
    DemoData demo = new DemoData();
    demo.loadAgencies(platform.assessmentUrl(), admin);
    demo.loadResults(
        platform.assessmentUrl(),
        tokens.issue("benchmark-assessor", "assessor", null, Duration.ofHours(1)));
    demo.loadPlans(
        platform.measuresUrl(),
        agency -> tokens.issue("benchmark-head", "agency-head", agency, Duration.ofHours(1)));
  }

  /** Waits until the events have brought the plan to reporting; the PDF's size. */
  private long awaitDocument(String url, String token) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<byte[]> pdf =
          http.send(
              HttpRequest.newBuilder(URI.create(url))
                  .header("Authorization", "Bearer " + token)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (pdf.statusCode() == 200 && pdf.body().length > 0) {
        JsonNode data =
            json.readTree(
                http.send(
                        HttpRequest.newBuilder(URI.create(url.replace("?format=pdf", "")))
                            .header("Authorization", "Bearer " + token)
                            .header("Accept", "application/json")
                            .build(),
                        HttpResponse.BodyHandlers.ofString())
                    .body());
        if (data.path("plan").isObject()) {
          return pdf.body().length;
        }
      }
      Thread.sleep(500);
    }
    throw new IOException("Seed 001's measures document did not reach reporting within 5 minutes");
  }

  private JsonNode awaitJob(String url, String token) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    while (Instant.now().isBefore(deadline)) {
      JsonNode job =
          send(
              HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token),
              200);
      switch (job.get("state").asText()) {
        case "DONE" -> {
          return job;
        }
        case "FAILED" -> throw new IOException("The national export failed: " + job);
        default -> Thread.sleep(500);
      }
    }
    throw new IOException("The national export did not finish within 10 minutes");
  }

  private JsonNode send(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IOException(
          request.build().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return json.readTree(response.body());
  }
}
