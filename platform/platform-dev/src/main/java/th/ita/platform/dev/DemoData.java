package th.ita.platform.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Loads the five seed agencies through the public API, as an administrator would. Loading is
 * idempotent: an agency that already exists is left as it is, so restarts keep user edits.
 */
final class DemoData {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  /** How many demo agencies were created, and how many were already registered. */
  record Loaded(int created, int existing) {}

  Loaded loadAgencies(String assessmentUrl, String adminToken) throws IOException, InterruptedException {
    JsonNode agencies;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/agencies.json")) {
      agencies = json.readTree(in);
    }
    int created = 0;
    int existing = 0;
    for (JsonNode agency : agencies) {
      String code = agency.get("code").asText();
      HttpResponse<String> found =
          http.send(request(assessmentUrl + "/api/v1/agencies/" + code, adminToken).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (found.statusCode() == 200) {
        existing++;
        continue;
      }
      HttpResponse<String> response =
          http.send(
              request(assessmentUrl + "/api/v1/agencies", adminToken)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(agency)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IOException("Loading demo agency " + code + " failed: " + response.statusCode() + " " + response.body());
      }
      created++;
    }
    return new Loaded(created, existing);
  }

  /**
   * Enters and publishes the seed agencies' published scores, as an assessor would. A result that
   * is already there is left alone.
   */
  int loadResults(String assessmentUrl, String assessorToken) throws IOException, InterruptedException {
    JsonNode entries;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/results.json")) {
      entries = json.readTree(in);
    }
    int published = 0;
    for (JsonNode entry : entries) {
      String body;
      try (InputStream in = DemoData.class.getResourceAsStream("/demo/results/" + entry.get("file").asText())) {
        body = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      String round = json.readTree(body).path("round").asText("FINAL");
      String url = assessmentUrl + "/api/v1/agencies/" + entry.get("agency").asText() + "/results/"
          + entry.get("fiscalYear").asInt();
      HttpResponse<String> found = http.send(request(url + "?round=" + round, assessorToken).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      if (found.statusCode() == 200) {
        continue;
      }
      HttpResponse<String> put = http.send(request(url, assessorToken).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (put.statusCode() != 200) {
        throw new IOException("Loading demo result " + entry + " failed: " + put.statusCode() + " " + put.body());
      }
      HttpResponse<String> publish = http.send(request(url + "/publish?round=" + round, assessorToken)
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      if (publish.statusCode() != 200) {
        throw new IOException("Publishing demo result " + entry + " failed: " + publish.statusCode() + " " + publish.body());
      }
      published++;
    }
    return published;
  }

  private static HttpRequest.Builder request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }
}
