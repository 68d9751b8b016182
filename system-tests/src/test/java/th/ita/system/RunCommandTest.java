package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's promise: {@code ./ita} brings the whole platform up on real PostgreSQL and Kafka
 * with the demo agencies, its data survives a restart, and Ctrl-C leaves no process behind, even
 * when the run command was started with SIGINT ignored (as a script's background job is; see {@link
 * RunningPlatform#start}). Should a test fail, the platform's whole process tree is stopped.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static RunningPlatform platform;

  @BeforeAll
  static void freshState() throws Exception {
    platform = new RunningPlatform("ita-state");
    // As a developer's ./ita keeps them: in the state directory, made anew here.
    platform.withEnvironment("ITA_CLASS_DATA_DIR", platform.state().resolve("cds").toString());
  }

  @AfterAll
  static void stopIfStillRunning() {
    platform.killIfAlive();
  }

  @Test
  @Order(1)
  void startsEverythingAndLoadsTheDemoAgencies() throws Exception {
    platform.start();
    assertThat(platform.output())
        .contains(
            "Demo data: 5 agencies created",
            "Demo data: 6 seed results published",
            "Demo data: 5 seed plans published",
            "Demo data: every gap list and progress report is ready");
    // A JDK 17 to 24 records each service's class-data archive while it runs; a JDK 25 or newer
    // writes its ahead-of-time cache as it stops (the next test).
    if (!aheadOfTimeCaches()) {
      assertThat(platform.output())
          .contains(
              "Recorded assessment-service's class-data archive",
              "Recorded measures-service's class-data archive",
              "Recorded reporting-service's class-data archive");
    } else {
      assertThat(platform.output()).doesNotContain("Recorded ");
    }

    for (String service : platform.serviceUrls()) {
      assertThat(get(service, "/q/health/ready", null).statusCode()).isEqualTo(200);
      assertThat(get(service, "/q/openapi", null).statusCode()).isEqualTo(200);
    }
    String viewer = platform.token("viewer");
    JsonNode agencies =
        JSON.readTree(get(platform.assessmentUrl(), "/api/v1/agencies", viewer).body());
    assertThat(agencies.get("totalItems").asInt()).isEqualTo(5);
    assertThat(agencies.findValuesAsText("code"))
        .contains("DITP", "MFA-ASEAN", "TCEB", "ICC", "MU-IRD");

    // The seed agencies' published scores, as NACC published them (seed 004).
    JsonNode ditp =
        JSON.readTree(
            get(platform.assessmentUrl(), "/api/v1/agencies/DITP/results/2566", viewer).body());
    assertThat(ditp.at("/overall/score").decimalValue()).isEqualByComparingTo("82.06");
    assertThat(ditp.at("/overall/level/nameTh").asText()).isEqualTo("ต้องปรับปรุง");

    // Seed 001's seven measures, published, readable by a viewer.
    JsonNode plan =
        JSON.readTree(
            get(platform.measuresUrl(), "/api/v1/agencies/MFA-ASEAN/plans/2568", viewer).body());
    assertThat(plan.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(plan.get("measures")).hasSize(7);
    // DITP's published FY2566 result reached measures-service as its FY2567 gap list before the
    // run command said it was running, and MFA-ASEAN's published plan reached reporting-service.
    String ditpOfficer = platform.token("agency-officer", "DITP");
    assertThat(
            get(platform.measuresUrl(), "/api/v1/agencies/DITP/gap-lists/2567", ditpOfficer)
                .statusCode())
        .isEqualTo(200);
    assertThat(
            get(platform.reportingUrl(), "/api/v1/agencies/MFA-ASEAN/reports/2568/progress", viewer)
                .statusCode())
        .isEqualTo(200);

    // The registry's events crossed Kafka into reporting-service's own read model.
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        JSON.readTree(
                                get(platform.reportingUrl(), "/api/v1/report-agencies", viewer)
                                    .body())
                            .get("totalItems")
                            .asInt())
                    .isEqualTo(5));

    assertThat(get(platform.assessmentUrl(), "/api/v1/agencies", null).statusCode()).isEqualTo(401);
    assertThat(get(platform.assessmentUrl(), "/api/v1/agencies/TCEB", ditpOfficer).statusCode())
        .isEqualTo(403);
  }

  @Test
  @Order(2)
  void ctrlCLeavesNoProcessBehind() throws Exception {
    List<Long> children = platform.recordedPids();
    assertThat(children).hasSize(6); // postgres, kafka, the mail server, three services

    platform.interrupt();
    assertThat(platform.process().waitFor(180, TimeUnit.SECONDS))
        .as("the run command exits after Ctrl-C")
        .isTrue();
    if (aheadOfTimeCaches()) {
      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(platform.output())
                      .contains(
                          "Recorded assessment-service's ahead-of-time cache",
                          "Recorded measures-service's ahead-of-time cache",
                          "Recorded reporting-service's ahead-of-time cache",
                          "Stopped."));
      try (var archives = Files.list(platform.state().resolve("cds"))) {
        assertThat(archives.map(p -> p.getFileName().toString()))
            .as("each service's cache under its own name, and nothing half written")
            .hasSize(3)
            .allSatisfy(name -> assertThat(name).endsWith(".aot"));
      }
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              for (long pid : children) {
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    .as("process %d still alive", pid)
                    .isFalse();
              }
              assertThat(
                      ProcessHandle.allProcesses()
                          .filter(
                              p ->
                                  p.info()
                                      .commandLine()
                                      .orElse("")
                                      .contains(platform.state().toString())))
                  .as("processes still using the state directory")
                  .isEmpty();
            });
  }

  @Test
  @Order(3)
  void dataSurvivesARestart() throws Exception {
    platform.start();
    assertThat(platform.output())
        .contains(
            "Demo data: 0 agencies created (5 were already there)",
            "Demo data: 0 seed results published",
            "Demo data: 0 seed plans published",
            "Demo data: every gap list and progress report is ready");
    // The restarted services map the archives their first run recorded.
    assertThat(platform.output()).doesNotContain("Recorded ");
    List<String> services =
        platform.recordedPids().stream()
            .map(pid -> ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse(""))
            .filter(command -> command.contains("quarkus-run.jar"))
            .toList();
    assertThat(services)
        .hasSize(3)
        .allSatisfy(
            command ->
                assertThat(command)
                    .contains(
                        (aheadOfTimeCaches() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=")
                            + platform.state().resolve("cds")));
    JsonNode agencies =
        JSON.readTree(
            get(platform.assessmentUrl(), "/api/v1/agencies", platform.token("viewer")).body());
    assertThat(agencies.get("totalItems").asInt()).isEqualTo(5);
    assertThat(platform.stop()).isTrue();
  }

  /** Whether the run command said it runs the services on a JDK that keeps ahead-of-time caches. */
  private static boolean aheadOfTimeCaches() {
    Matcher java = Pattern.compile("The services run on Java (\\d+) ").matcher(platform.output());
    assertThat(java.find()).as("the run command names the services' Java").isTrue();
    return Integer.parseInt(java.group(1)) >= 25;
  }

  private static HttpResponse<String> get(String service, String path, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service + path)).timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
