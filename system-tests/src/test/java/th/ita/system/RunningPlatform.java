package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The platform as the README's run command starts it ({@code ./ita up}), on free ports and in a
 * state directory of its own, so that tests neither collide with each other nor with a platform a
 * developer has running. Tokens come from {@code ./ita token}, as a developer gets them.
 */
final class RunningPlatform {

  static final Path PROJECT = Path.of(System.getProperty("ita.project.dir", "..")).toAbsolutePath().normalize();

  private static final List<String> PORT_FLAGS = List.of(
      "--postgres-port", "--kafka-port", "--kafka-controller-port",
      "--assessment-port", "--measures-port", "--reporting-port");

  private final Path state;
  private final List<String> options;
  private final List<Integer> ports = new ArrayList<>();
  private Process process;
  private StringBuffer output;

  /** A platform whose state lives in {@code system-tests/target/<name>}, wiped first. */
  RunningPlatform(String name, String... options) throws IOException {
    this.state = PROJECT.resolve("system-tests/target").resolve(name);
    this.options = List.of(options);
    TestFiles.deleteRecursively(state);
    for (int i = 0; i < PORT_FLAGS.size(); i++) {
      try (ServerSocket s = new ServerSocket()) {
        s.bind(new InetSocketAddress("127.0.0.1", 0));
        ports.add(s.getLocalPort());
      }
    }
  }

  /** Starts {@code ./ita up} and returns once it says the platform is running. */
  void start() throws Exception {
    List<String> command = new ArrayList<>(List.of("./ita", "up", "--state-dir", state.toString()));
    command.addAll(options);
    for (int i = 0; i < PORT_FLAGS.size(); i++) {
      command.add(PORT_FLAGS.get(i));
      command.add(ports.get(i).toString());
    }
    ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectErrorStream(true);
    builder.environment().put("ITA_SKIP_BUILD", "1"); // the reactor has just packaged the services
    process = builder.start();
    output = new StringBuffer();
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
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

  /** SIGTERM, the same clean stop as Ctrl-C; true when it ended in time. */
  boolean stop() throws InterruptedException {
    process.destroy();
    return process.waitFor(90, TimeUnit.SECONDS);
  }

  /** Ctrl-C, as a developer stops it. */
  void interrupt() throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor();
  }

  void killIfAlive() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  Process process() {
    return process;
  }

  String output() {
    return output.toString();
  }

  Path state() {
    return state;
  }

  String assessmentUrl() {
    return "http://localhost:" + ports.get(3);
  }

  String measuresUrl() {
    return "http://localhost:" + ports.get(4);
  }

  String reportingUrl() {
    return "http://localhost:" + ports.get(5);
  }

  List<String> serviceUrls() {
    return List.of(assessmentUrl(), measuresUrl(), reportingUrl());
  }

  /** The process ids the run command recorded: PostgreSQL, Kafka and the three services. */
  List<Long> recordedPids() throws IOException {
    List<Long> pids = new ArrayList<>();
    for (String line : Files.readAllLines(state.resolve("pids"))) {
      pids.add(Long.parseLong(line.trim().split(" ")[1]));
    }
    return pids;
  }

  /** {@code ./ita token ROLE [AGENCY_CODE]}. */
  String token(String... roleAndAgency) throws Exception {
    List<String> command = new ArrayList<>(List.of("./ita", "token"));
    command.addAll(List.of(roleAndAgency));
    command.addAll(List.of("--state-dir", state.toString()));
    Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).start();
    String token = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor()).as("./ita token %s", String.join(" ", roleAndAgency)).isZero();
    return token;
  }
}
