package th.ita.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import th.ita.platform.dev.ServiceJvm;

/**
 * One replica of a service: its packaged Quarkus application in a JVM of its own, on a port of its
 * own, sharing the service's database and the broker with the other replica.
 */
final class Replica {

  private static final HttpClient PROBE =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String service;
  private final String name;
  private final int port;
  private final Path runJar;
  private final Path log;
  private final Map<String, String> env;
  private Process process;

  Replica(
      String service, String name, int port, Path runJar, Path logDir, Map<String, String> env) {
    this.service = service;
    this.name = name;
    this.port = port;
    this.runJar = runJar;
    this.log = logDir.resolve(name + ".log");
    this.env = env;
  }

  String service() {
    return service;
  }

  String name() {
    return name;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  long pid() {
    return process == null ? -1 : process.pid();
  }

  boolean alive() {
    return process != null && process.isAlive();
  }

  /**
   * Starts the JVM with the default dispositions of SIGINT, SIGHUP and SIGTERM restored (a harness
   * started in the background inherits them ignored), in a session of its own like ./ita's
   * children, so that only the harness decides when it stops.
   */
  void start() throws IOException {
    if (!Files.exists(runJar)) {
      throw new IOException(runJar + " does not exist: build the platform first (./mvnw package)");
    }
    Files.createDirectories(log.getParent());
    List<String> options = new ArrayList<>(ServiceJvm.OPTIONS);
    options.addAll(List.of("-jar", runJar.toString()));
    List<String> command = Processes.javaCommand(options);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    process = builder.start();
    Processes.record(process);
  }

  /** Waits until {@code /q/health/ready} answers 200. */
  void awaitReady(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!alive()) {
        throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log);
      }
      if (ready()) {
        return;
      }
      Processes.sleep(500);
    }
    throw new IOException(name + " was not ready within " + timeout + "; see " + log);
  }

  /** One readiness probe: true only for a 200. */
  boolean ready() {
    if (!alive()) {
      return false;
    }
    HttpRequest probe =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(3))
            .build();
    try {
      return PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** SIGKILL: the replica dies at once, in the middle of whatever it was doing. */
  void kill() {
    if (process != null) {
      Processes.killTree(process.toHandle());
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** SIGSTOP and SIGCONT: holds the replica still for a moment without it noticing. */
  void pause() {
    Processes.signal(pid(), "STOP");
  }

  void resume() {
    Processes.signal(pid(), "CONT");
  }

  /** SIGTERM, as an orchestrator stops a replica; SIGKILL when it does not stop in time. */
  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        kill();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
  }

  /** How many lines of the replica's log contain {@code text}. */
  long logLinesContaining(String text) {
    try (var lines = Files.lines(log)) {
      return lines.filter(l -> l.contains(text)).count();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }
}
