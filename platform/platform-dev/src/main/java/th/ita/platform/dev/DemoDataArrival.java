package th.ita.platform.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Waits until the demo data has reached the services that learn it from events, so that the run
 * command says the platform is running only once a user following the README finds it there:
 *
 * <ul>
 *   <li>each seed result of a FINAL round as the next year's gap list in measures-service;
 *   <li>each seed plan that is approved or published in measures-service as its progress report in
 *       reporting-service, published there too if it is published. A plan a user left as a draft
 *       has no report to wait for.
 * </ul>
 *
 * A 404, or a report not yet in its plan's state, is waited out; any other answer is a fault and
 * ends the wait at once.
 */
final class DemoDataArrival {

  /**
   * The run command's wait, for everything together. A service's first messages after its start run
   * on code its compilers have not yet warmed; on a busy two-core machine that has taken over ten
   * seconds.
   */
  static final Duration WITHIN = Duration.ofMinutes(3);

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private final DemoData demo;
  private final Path logs;
  private final Duration within;

  DemoDataArrival(DemoData demo, Path logs, Duration within) {
    this.demo = demo;
    this.logs = logs;
    this.within = within;
  }

  void await(String measuresUrl, String reportingUrl, String adminToken)
      throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(within);
    for (JsonNode result : demo.finalSeedResults()) {
      String gapList =
          measuresUrl
              + "/api/v1/agencies/"
              + result.get("agency").asText()
              + "/gap-lists/"
              + (result.get("fiscalYear").asInt() + 1);
      awaitAnswer(gapList, adminToken, body -> true, "measures-service", deadline);
    }
    for (JsonNode seed : demo.seedPlans()) {
      String agency = seed.get("agency").asText();
      int fiscalYear = seed.get("fiscalYear").asInt();
      String planUrl = measuresUrl + "/api/v1/agencies/" + agency + "/plans/" + fiscalYear;
      HttpResponse<String> plan = get(planUrl, adminToken);
      if (plan.statusCode() != 200) {
        throw fault(planUrl, plan); // the demo data has just loaded it
      }
      String status = json.readTree(plan.body()).path("status").asText();
      if (!status.equals("APPROVED") && !status.equals("PUBLISHED")) {
        continue;
      }
      boolean published = status.equals("PUBLISHED");
      String progress =
          reportingUrl + "/api/v1/agencies/" + agency + "/reports/" + fiscalYear + "/progress";
      awaitAnswer(
          progress,
          adminToken,
          body -> body.path("published").asBoolean() == published,
          "reporting-service",
          deadline);
    }
  }

  /** Asks once a second until the answer is a 200 that {@code arrived} accepts. */
  private void awaitAnswer(
      String url, String token, Predicate<JsonNode> arrived, String service, Instant deadline)
      throws IOException, InterruptedException {
    while (true) {
      HttpResponse<String> response = get(url, token);
      int status = response.statusCode();
      if (status == 200 && arrived.test(json.readTree(response.body()))) {
        return;
      }
      if (status != 200 && status != 404) {
        throw fault(url, response);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IOException(
            "The demo data did not reach "
                + service
                + " within "
                + within.toSeconds()
                + " s ("
                + url
                + " answered "
                + status
                + " "
                + response.body()
                + "); see "
                + logs.resolve(service + ".log"));
      }
      Thread.sleep(1000);
    }
  }

  private static IOException fault(String url, HttpResponse<String> response) {
    return new IOException(
        "Waiting for the demo data: "
            + url
            + " answered "
            + response.statusCode()
            + " "
            + response.body());
  }

  private HttpResponse<String> get(String url, String token)
      throws IOException, InterruptedException {
    return http.send(
        DemoData.request(url, token).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
