package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The README's promise: {@code ./ita} brings the whole platform up on real PostgreSQL and Kafka
 * with the demo agencies, its data survives a restart, and Ctrl-C leaves no process behind.
 * Ports are free ones picked here, so the test does not collide with a platform already running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RunCommandTest {

  private static final Path PROJECT = Path.of(System.getProperty("ita.project.dir", "..")).toAbsolutePath().normalize();
  private static final Path STATE = PROJECT.resolve("system-tests/target/ita-state");
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final List<String> PORT_FLAGS = List.of(
      "--postgres-port", "--kafka-port", "--kafka-controller-port",
      "--assessment-port", "--measures-port", "--reporting-port");
  private static final List<Integer> PORTS = new ArrayList<>();

  private static Process platform;
  private static StringBuffer output;

  @BeforeAll
  static void freshState() throws IOException {
    if (Files.exists(STATE)) {
      try (var paths = Files.walk(STATE)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    for (int i = 0; i < PORT_FLAGS.size(); i++) {
      try (ServerSocket s = new ServerSocket()) {
        s.bind(new InetSocketAddress("127.0.0.1", 0));
        PORTS.add(s.getLocalPort());
      }
    }
  }

  @AfterAll
  static void stopIfStillRunning() {
    if (platform != null && platform.isAlive()) {
      platform.destroyForcibly();
    }
  }

  @Test
  @Order(1)
  void startsEverythingAndLoadsTheDemoAgencies() throws Exception {
    start();
    assertThat(output.toString()).contains("Demo data: 5 agencies created", "Demo data: 6 seed results published",
        "Demo data: 5 seed plans published");

    for (int port : servicePorts()) {
      assertThat(get(port, "/q/health/ready", null).statusCode()).isEqualTo(200);
      assertThat(get(port, "/q/openapi", null).statusCode()).isEqualTo(200);
    }
    String viewer = token("viewer");
    JsonNode agencies = JSON.readTree(get(servicePorts().get(0), "/api/v1/agencies", viewer).body());
    assertThat(agencies.get("totalItems").asInt()).isEqualTo(5);
    assertThat(agencies.findValuesAsText("code")).contains("DITP", "MFA-ASEAN", "TCEB", "ICC", "MU-IRD");

    // The seed agencies' published scores, as NACC published them (seed 004).
    JsonNode ditp = JSON.readTree(get(servicePorts().get(0), "/api/v1/agencies/DITP/results/2566", viewer).body());
    assertThat(ditp.at("/overall/score").decimalValue()).isEqualByComparingTo("82.06");
    assertThat(ditp.at("/overall/level/nameTh").asText()).isEqualTo("ต้องปรับปรุง");

    // Seed 001's seven measures, published, readable by a viewer.
    JsonNode plan = JSON.readTree(get(servicePorts().get(1), "/api/v1/agencies/MFA-ASEAN/plans/2568", viewer).body());
    assertThat(plan.get("status").asText()).isEqualTo("PUBLISHED");
    assertThat(plan.get("measures")).hasSize(7);
    // DITP's published FY2566 result reached measures-service as its FY2567 gap list.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
        get(servicePorts().get(1), "/api/v1/agencies/DITP/gap-lists/2567", token("agency-officer", "DITP")).statusCode()).isEqualTo(200));

    // The registry's events crossed Kafka into reporting-service's own read model.
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(JSON.readTree(get(servicePorts().get(2), "/api/v1/report-agencies", viewer).body())
            .get("totalItems").asInt()).isEqualTo(5));

    assertThat(get(servicePorts().get(0), "/api/v1/agencies", null).statusCode()).isEqualTo(401);
    String officer = token("agency-officer", "DITP");
    assertThat(get(servicePorts().get(0), "/api/v1/agencies/TCEB", officer).statusCode()).isEqualTo(403);
  }

  @Test
  @Order(2)
  void ctrlCLeavesNoProcessBehind() throws Exception {
    List<Long> children = recordedPids();
    assertThat(children).hasSizeGreaterThanOrEqualTo(5); // postgres, kafka, three services

    new ProcessBuilder("kill", "-INT", Long.toString(platform.pid())).start().waitFor();
    assertThat(platform.waitFor(90, TimeUnit.SECONDS)).as("the run command exits after Ctrl-C").isTrue();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      for (long pid : children) {
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
            .as("process %d still alive", pid).isFalse();
      }
      assertThat(ProcessHandle.allProcesses()
              .filter(p -> p.info().commandLine().orElse("").contains(STATE.toString())))
          .as("processes still using the state directory").isEmpty();
    });
  }

  @Test
  @Order(3)
  void dataSurvivesARestart() throws Exception {
    start();
    assertThat(output.toString()).contains("Demo data: 0 agencies created (5 were already there)",
        "Demo data: 0 seed results published", "Demo data: 0 seed plans published");
    JsonNode agencies = JSON.readTree(get(servicePorts().get(0), "/api/v1/agencies", token("viewer")).body());
    assertThat(agencies.get("totalItems").asInt()).isEqualTo(5);
    platform.destroy(); // SIGTERM: the same clean stop as Ctrl-C
    assertThat(platform.waitFor(90, TimeUnit.SECONDS)).isTrue();
  }

  private static void start() throws Exception {
    List<String> command = new ArrayList<>(List.of("./ita", "up", "--state-dir", STATE.toString()));
    for (int i = 0; i < PORT_FLAGS.size(); i++) {
      command.add(PORT_FLAGS.get(i));
      command.add(PORTS.get(i).toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
    builder.environment().put("ITA_SKIP_BUILD", "1");
    platform = builder.start();
    output = new StringBuffer();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(platform.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          output.append(line).append('\n');
          System.out.println("[ita] " + line);
          if (line.contains("ITA platform is running")) {
            ready.complete(null);
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      ready.completeExceptionally(new AssertionError("./ita ended before it was ready:\n" + output));
    });
    reader.setDaemon(true);
    reader.start();
    ready.get(5, TimeUnit.MINUTES);
  }

  private static List<Integer> servicePorts() {
    return PORTS.subList(3, 6);
  }

  private static List<Long> recordedPids() throws IOException {
    List<Long> pids = new ArrayList<>();
    for (String line : Files.readAllLines(STATE.resolve("pids"))) {
      pids.add(Long.parseLong(line.trim().split(" ")[1]));
    }
    return pids;
  }

  private static String token(String... roleAndAgency) throws Exception {
    List<String> command = new ArrayList<>(List.of("./ita", "token"));
    command.addAll(List.of(roleAndAgency));
    command.addAll(List.of("--state-dir", STATE.toString()));
    Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).start();
    String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor()).isZero();
    return token;
  }

  private static HttpResponse<String> get(int port, String path, String token) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(20));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
