package th.ita.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The platform started exactly as a user starts it, with {@code ./ita}, on ports of its own and in
 * a state directory of its own, without demo data.
 */
final class RunningPlatform implements AutoCloseable {

  static final int POSTGRES = 25433;
  static final int KAFKA = 29092;
  static final int ASSESSMENT = 28081;
  private static final Pattern STARTED = Pattern.compile("started in ([0-9.]+)s");
  private static final Pattern SERVICES_JAVA =
      Pattern.compile("The services run on Java [0-9]+ \\((.+)\\)");

  private final Process process;
  private final Path state;
  private final Duration wallToReady;
  private final Path servicesJavaHome;

  private RunningPlatform(
      Process process, Path state, Duration wallToReady, Path servicesJavaHome) {
    this.servicesJavaHome = servicesJavaHome;
    this.process = process;
    this.state = state;
    this.wallToReady = wallToReady;
  }

  /**
   * Starts {@code ./ita} afresh in {@code state}, with the services' start archives in {@code
   * classData} (outside the state, which is reset): the first start of a build records them, as a
   * developer's first run does, and later starts map them. {@code demoData} has it load the demo
   * data, as a developer's first run does.
   */
  static RunningPlatform start(Path projectDir, Path state, Path classData, boolean demoData)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "./ita",
                "--reset",
                "--state-dir",
                state.toString(),
                "--postgres-port",
                String.valueOf(POSTGRES),
                "--kafka-port",
                String.valueOf(KAFKA),
                "--kafka-controller-port",
                "29093",
                "--assessment-port",
                String.valueOf(ASSESSMENT),
                "--measures-port",
                "28082",
                "--reporting-port",
                "28083",
                "--smtp-port",
                "23025",
                "--imap-port",
                "23143",
                "--mail-api-port",
                "28025"));
    if (!demoData) {
      command.add("--no-demo-data");
    }
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true);
    builder.environment().put("ITA_SKIP_BUILD", "1");
    builder.environment().put("ITA_CLASS_DATA_DIR", classData.toString());
    // The harness asks for far more documents and rankings a minute than one person's fair use
    // allows.
    builder.environment().put("ITA_RATE_LIMIT_DOCUMENTS_PER_MINUTE", "0");
    builder.environment().put("ITA_RATE_LIMIT_DASHBOARDS_PER_MINUTE", "0");
    builder.environment().put("ITA_RATE_LIMIT_RANKINGS_PER_MINUTE", "0");
    Instant begin = Instant.now();
    Process process = builder.start();
    // Ctrl-C or SIGTERM stops the harness without closing it: ./ita then stops the platform.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "platform-stop"));
    CompletableFuture<Boolean> ready = new CompletableFuture<>();
    CompletableFuture<Path> servicesJava = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                  System.out.println("  | " + line);
                  Matcher java = SERVICES_JAVA.matcher(line);
                  if (java.find()) {
                    servicesJava.complete(Path.of(java.group(1)));
                  }
                  if (line.contains("ITA platform is running")) {
                    ready.complete(true);
                  }
                }
              } catch (IOException ignored) {
                // the platform stopped
              }
              ready.complete(false);
            },
            "platform-output");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!ready.get(5, TimeUnit.MINUTES)) {
        throw new IOException("The platform did not start; see the output above");
      }
    } catch (ExecutionException | TimeoutException e) {
      process.destroy();
      throw new IOException("The platform did not start within 5 minutes", e);
    }
    return new RunningPlatform(
        process,
        state,
        Duration.between(begin, Instant.now()),
        servicesJava.getNow(Path.of("unknown")));
  }

  String assessmentUrl() {
    return "http://localhost:" + ASSESSMENT;
  }

  String measuresUrl() {
    return "http://localhost:28082";
  }

  String reportingUrl() {
    return "http://localhost:28083";
  }

  String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + POSTGRES + "/" + database;
  }

  /** The JDK the run command chose for the services. */
  Path servicesJavaHome() {
    return servicesJavaHome;
  }

  /** ./ita's record of the processes it started: "name pid" per line. */
  Path pids() {
    return state.resolve("pids");
  }

  Path keys() {
    return state.resolve("keys");
  }

  /** From starting {@code ./ita} to every service ready, PostgreSQL and Kafka included. */
  Duration wallToReady() {
    return wallToReady;
  }

  /** Each service's own start-up time, as Quarkus logs it ("started in 2.345s"). */
  Map<String, Double> startupSeconds() throws IOException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String service : List.of("assessment-service", "measures-service", "reporting-service")) {
      Path log = state.resolve("logs").resolve(service + ".log");
      Matcher m = STARTED.matcher(Files.readString(log));
      Double last = null;
      while (m.find()) {
        last = Double.parseDouble(m.group(1));
      }
      seconds.put(service, last);
    }
    return seconds;
  }

  /** Resident memory of each service process now, in MB. */
  Map<String, Long> residentMegabytes() throws IOException {
    Map<String, Long> rss = new LinkedHashMap<>();
    for (String line : Files.readAllLines(state.resolve("pids"))) {
      String[] parts = line.split(" ");
      if (!parts[0].endsWith("-service")) {
        continue;
      }
      Path status = Path.of("/proc", parts[1], "status");
      if (Files.exists(status)) {
        for (String s : Files.readAllLines(status)) {
          if (s.startsWith("VmRSS:")) {
            rss.put(parts[0], Long.parseLong(s.replaceAll("[^0-9]", "")) / 1024);
          }
        }
      }
    }
    return rss;
  }

  @Override
  public void close() {
    stop(process);
  }

  /** ./ita stops services, Kafka and PostgreSQL in order on SIGTERM, as on Ctrl-C. */
  private static void stop(Process process) {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      // A first run of a build writes the services' ahead-of-time caches as it stops.
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
