package th.ita.platform.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Loads the five seed agencies, their published results and their plans through the public API, as
 * an administrator, an assessor and each agency's head would. Loading is idempotent: what already
 * exists is left as it is, so restarts keep user edits. {@link DemoDataArrival} then waits for what
 * the services learn from events.
 */
public final class DemoData {

  /** The files of the seed plans, each holding its agency and fiscal year. */
  private static final List<String> PLANS =
      List.of("MFA-ASEAN-2568", "TCEB-2566", "DITP-2567", "MU-IRD-2568", "ICC-2569");

  /**
   * Attempts, one a second, at a request that needs an event to have reached its service first: a
   * service's first messages after its start run on code its compilers have not yet warmed.
   */
  private static final int ATTEMPTS_FOR_AN_EVENT = 120;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  /** How many demo agencies were created, and how many were already registered. */
  public record Loaded(int created, int existing) {}

  public Loaded loadAgencies(String assessmentUrl, String adminToken)
      throws IOException, InterruptedException {
    JsonNode agencies;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/agencies.json")) {
      agencies = json.readTree(in);
    }
    int created = 0;
    int existing = 0;
    for (JsonNode agency : agencies) {
      String code = agency.get("code").asText();
      HttpResponse<String> found =
          http.send(
              request(assessmentUrl + "/api/v1/agencies/" + code, adminToken).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (found.statusCode() == 200) {
        existing++;
        continue;
      }
      // An agency whose seed document states its own target (seed 002: TCEB, 95.00) gets it as its
      // analysis settings before its results are published, so they carry it.
      JsonNode settings = agency.get("analysisSettings");
      JsonNode registration = ((ObjectNode) agency.deepCopy()).without("analysisSettings");
      HttpResponse<String> response =
          http.send(
              request(assessmentUrl + "/api/v1/agencies", adminToken)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(registration)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IOException(
            "Loading demo agency "
                + code
                + " failed: "
                + response.statusCode()
                + " "
                + response.body());
      }
      if (settings != null) {
        send(
            request(assessmentUrl + "/api/v1/agencies/" + code + "/analysis-settings", adminToken)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"-1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(settings.toString())),
            200,
            1);
      }
      created++;
    }
    return new Loaded(created, existing);
  }

  /**
   * Enters and publishes the seed agencies' published scores, as an assessor would. A result that
   * is already there is left alone.
   */
  public int loadResults(String assessmentUrl, String assessorToken)
      throws IOException, InterruptedException {
    JsonNode entries;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/results.json")) {
      entries = json.readTree(in);
    }
    int published = 0;
    for (JsonNode entry : entries) {
      String body = resultBody(entry);
      String round = round(body);
      String url =
          assessmentUrl
              + "/api/v1/agencies/"
              + entry.get("agency").asText()
              + "/results/"
              + entry.get("fiscalYear").asInt();
      HttpResponse<String> found =
          http.send(
              request(url + "?round=" + round, assessorToken).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      String etag;
      if (found.statusCode() == 200
          && "PUBLISHED".equals(json.readTree(found.body()).path("status").asText())) {
        continue;
      } else if (found.statusCode() == 200) {
        etag =
            found
                .headers()
                .firstValue("ETag")
                .orElseThrow(); // a draft left by an interrupted start
      } else {
        HttpResponse<String> put =
            http.send(
                request(url, assessorToken)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (put.statusCode() != 200) {
          throw new IOException(
              "Loading demo result " + entry + " failed: " + put.statusCode() + " " + put.body());
        }
        etag = put.headers().firstValue("ETag").orElseThrow();
      }
      HttpResponse<String> publish =
          http.send(
              request(url + "/publish?round=" + round, assessorToken)
                  .header("If-Match", etag)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (publish.statusCode() != 200) {
        throw new IOException(
            "Publishing demo result "
                + entry
                + " failed: "
                + publish.statusCode()
                + " "
                + publish.body());
      }
      published++;
    }
    return published;
  }

  /**
   * Enters the seed agencies' plans as their heads of agency would, then approves and publishes
   * them; the evidence of seed 003 goes with its measure. A plan that exists is left alone.
   */
  public int loadPlans(String measuresUrl, Function<String, String> headToken)
      throws IOException, InterruptedException {
    int loaded = 0;
    for (JsonNode seed : seedPlans()) {
      String agency = seed.get("agency").asText();
      String token = headToken.apply(agency);
      String plan =
          measuresUrl + "/api/v1/agencies/" + agency + "/plans/" + seed.get("fiscalYear").asInt();
      if (http.send(request(plan, token).GET().build(), HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200) {
        continue;
      }
      // The agency reaches measures-service through an event; give it a moment to arrive.
      send(
          request(plan, token)
              .header("Content-Type", "application/json")
              .PUT(HttpRequest.BodyPublishers.ofString(seed.get("plan").toString())),
          200,
          ATTEMPTS_FOR_AN_EVENT);
      List<String> measureIds = new ArrayList<>();
      for (JsonNode measure : seed.get("measures")) {
        String created =
            send(
                request(plan + "/measures", token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(measure.toString())),
                201,
                1);
        measureIds.add(json.readTree(created).get("id").asText());
      }
      for (JsonNode evidence : seed.path("evidence")) {
        String id = measureIds.get(evidence.get("measure").asInt());
        var body = ((ObjectNode) evidence.deepCopy()).without("measure");
        send(
            request(measuresUrl + "/api/v1/measures/" + id + "/evidence", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
            201,
            1);
      }
      // The head of the agency approves, as its document is signed. The seed documents name no
      // one, so the demo approval gives the head's real title and a name that says it is demo data.
      Map<String, String> bodies =
          Map.of("approve", seed.get("approval").toString(), "publish", "");
      for (String action : List.of("approve", "publish")) {
        HttpResponse<String> current =
            http.send(request(plan, token).GET().build(), HttpResponse.BodyHandlers.ofString());
        String etag = current.headers().firstValue("ETag").orElseThrow();
        String body = bodies.get(action);
        send(
            request(plan + "/" + action, token)
                .header("If-Match", etag)
                .header("Content-Type", "application/json")
                .POST(
                    body.isEmpty()
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)),
            200,
            1);
      }
      loaded++;
    }
    return loaded;
  }

  /** The seed plans, each with its {@code agency}, {@code fiscalYear}, plan and measures. */
  List<JsonNode> seedPlans() throws IOException {
    List<JsonNode> plans = new ArrayList<>();
    for (String file : PLANS) {
      try (InputStream in = DemoData.class.getResourceAsStream("/demo/plans/" + file + ".json")) {
        plans.add(json.readTree(in));
      }
    }
    return plans;
  }

  /** The agency and fiscal year of each seed result of a FINAL round. */
  List<JsonNode> finalSeedResults() throws IOException {
    JsonNode entries;
    try (InputStream in = DemoData.class.getResourceAsStream("/demo/results.json")) {
      entries = json.readTree(in);
    }
    List<JsonNode> finals = new ArrayList<>();
    for (JsonNode entry : entries) {
      if ("FINAL".equals(round(resultBody(entry)))) {
        finals.add(entry);
      }
    }
    return finals;
  }

  private static String resultBody(JsonNode entry) throws IOException {
    try (InputStream in =
        DemoData.class.getResourceAsStream("/demo/results/" + entry.get("file").asText())) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private String round(String resultBody) throws IOException {
    return json.readTree(resultBody).path("round").asText("FINAL");
  }

  /** Sends until the expected status arrives or the attempts run out (one a second). */
  private String send(HttpRequest.Builder request, int expected, int attempts)
      throws IOException, InterruptedException {
    HttpResponse<String> response = null;
    for (int i = 0; i < attempts; i++) {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == expected) {
        return response.body();
      }
      Thread.sleep(1000);
    }
    throw new IOException(
        "Loading demo data: "
            + request.build().uri()
            + " answered "
            + response.statusCode()
            + " "
            + response.body());
  }

  /** A request of the public API as {@code token}'s holder, answered in JSON. */
  static HttpRequest.Builder request(String url, String token) {
    return HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }
}
