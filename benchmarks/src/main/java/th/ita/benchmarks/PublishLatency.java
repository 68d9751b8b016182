package th.ita.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * From a publish to the result in the reporting read model: for each of {@code count} new agencies,
 * one draft and one publish through the API, one at a time, each timed from sending the publish
 * until reporting's {@code report_result} holds the revision (read every millisecond over one JDBC
 * connection). The path is the outbox, its relay (woken by the commit), Kafka and reporting's
 * consumer.
 */
final class PublishLatency {

  record Figures(int publishes, double p50Millis, double p95Millis, double maxMillis) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String assessmentUrl;
  private final String adminToken;
  private final String assessorToken;
  private final String reportingJdbc;

  PublishLatency(
      String assessmentUrl, String adminToken, String assessorToken, String reportingJdbc) {
    this.assessmentUrl = assessmentUrl;
    this.adminToken = adminToken;
    this.assessorToken = assessorToken;
    this.reportingJdbc = reportingJdbc;
  }

  Figures measure(int count) throws Exception {
    List<Double> millis = new ArrayList<>();
    try (Connection reporting = DriverManager.getConnection(reportingJdbc, "postgres", "postgres");
        PreparedStatement applied =
            reporting.prepareStatement(
                "SELECT 1 FROM report_result WHERE agency_code = ? AND fiscal_year = 2567"
                    + " AND round = 'FINAL'")) {
      for (int i = 1; i <= count; i++) {
        String code = String.format("LATENCY%04d", i);
        send(
            "POST",
            "/api/v1/agencies",
            adminToken,
            null,
            """
            {"code": "%s", "nameTh": "หน่วยงานทดสอบ %d", "nameEn": "Latency %d", "type": "DEPARTMENT"}"""
                .formatted(code, i, i),
            201);
        String score = String.format("%d.%02d", 60 + i % 40, i % 100);
        send(
            "PUT",
            "/api/v1/agencies/" + code + "/results/2567",
            assessorToken,
            null,
            """
            {"round": "FINAL", "official": {"overall": %s,
              "tools": [{"code": "IIT", "score": %s}, {"code": "EIT", "score": %s}, {"code": "OIT", "score": %s}],
              "indicators": [{"number": 1, "score": %s}]}}"""
                .formatted(score, score, score, score, score),
            200);
        long begin = System.nanoTime();
        send(
            "POST",
            "/api/v1/agencies/" + code + "/results/2567/publish",
            assessorToken,
            "\"0\"",
            null,
            200);
        applied.setString(1, code);
        while (!exists(applied)) {
          if (System.nanoTime() - begin > Duration.ofMinutes(1).toNanos()) {
            throw new IllegalStateException(code + "'s result did not reach the read model");
          }
          Thread.sleep(1);
        }
        millis.add((System.nanoTime() - begin) / 1e6);
      }
    }
    List<Double> sorted = millis.stream().sorted().toList();
    return new Figures(
        sorted.size(),
        Stats.percentile(sorted, 50),
        Stats.percentile(sorted, 95),
        sorted.get(sorted.size() - 1));
  }

  private static boolean exists(PreparedStatement query) throws Exception {
    try (ResultSet rs = query.executeQuery()) {
      return rs.next();
    }
  }

  private void send(
      String method, String path, String token, String ifMatch, String body, int expected)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(assessmentUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
  }
}
