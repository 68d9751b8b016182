package th.ita.platform.dev;

import java.io.IOException;
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

/** One platform service, run as a child JVM from its packaged Quarkus application. */
final class ServiceProcess {

  private final String name;
  private final int port;
  private final Path log;
  private Process process;
  private StartArchive archive;

  /** Whether the service became ready: a start archive is kept only from a service that did. */
  private volatile boolean ready;

  ServiceProcess(String name, int port, Path logDir) {
    this.name = name;
    this.port = port;
    this.log = logDir.resolve(name + ".log");
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  long pid() {
    return process == null ? -1 : process.pid();
  }

  void start(Path runJar, ServiceJava java, StartArchive archive, Map<String, String> env)
      throws IOException {
    if (!Files.exists(runJar)) {
      throw new IOException(runJar + " does not exist: build the platform first (./mvnw package)");
    }
    Files.createDirectories(log.getParent());
    List<String> options = new ArrayList<>(ServiceJvm.OPTIONS);
    options.addAll(archive.jvmOptions());
    options.addAll(List.of("-jar", runJar.toString()));
    List<String> command = ChildJvm.command(java.java(), options);
    this.archive = archive;
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    process = builder.start();
  }

  /**
   * Records the service's start archive for its next starts, if it started without one and its kind
   * is recorded while the service runs: true when one was written.
   */
  boolean recordWhileRunning() throws InterruptedException {
    try {
      return process != null && process.isAlive() && archive.recordWhileRunning(process.pid());
    } catch (IOException | RuntimeException e) {
      // Only a faster next start is lost: the platform runs on.
      PlatformRunner.log(name + "'s " + archive.kind() + " was not recorded: " + e.getMessage());
      return false;
    }
  }

  /** What the service's later starts map, recorded while it runs or as it exits. */
  StartArchive archive() {
    return archive;
  }

  /** Waits until {@code /q/health/ready} answers 200, which includes the database and Kafka. */
  void awaitReady(Duration timeout) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest readiness =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          ready = true;
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + name, e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for " + name, e);
      }
    }
    throw new IOException(name + " was not ready within " + timeout + "; see " + log);
  }

  /**
   * Asks the service to stop, without waiting: services stop side by side. A service that never
   * became ready is killed instead when it would write its ahead-of-time cache as it exits: what a
   * failed start ran is nothing for later starts to learn from, nor worth waiting for.
   */
  void requestStop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    if (!ready && archive.recordsAtExit()) {
      kill();
    } else {
      process.destroy();
    }
  }

  /** Kills the service and the JVM it may have started to write its cache. */
  private void kill() {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /**
   * Waits for the service to stop, killing it if it takes too long, and keeps what it wrote as it
   * exited, if it had become ready: true when that was its start archive; says so when it was not.
   * A service that writes its ahead-of-time cache as it exits is given two minutes for it, others
   * twenty seconds.
   */
  boolean awaitStop() {
    if (process == null) {
      return false;
    }
    boolean recording = archive.recordsAtExit();
    boolean exitedOnItsOwn = false;
    try {
      exitedOnItsOwn = process.waitFor(recording ? 120 : 20, TimeUnit.SECONDS);
      if (!exitedOnItsOwn) {
        kill();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill();
    }
    try {
      boolean kept = archive.keepAfterExit(ready && exitedOnItsOwn);
      if (recording && !kept) {
        // The JVM that writes the cache says why in the service's log, as an error, when it could
        // not: without this line, a rebuild during the run would look like a fault.
        PlatformRunner.log(
            name
                + "'s "
                + archive.kind()
                + " was not kept (the service was not ready, was killed or built again while it"
                + " ran, or its JVM could not write the cache; see "
                + log
                + "): the next run records it again");
      }
      return kept;
    } catch (IOException | RuntimeException e) {
      PlatformRunner.log(name + "'s " + archive.kind() + " was not kept: " + e.getMessage());
      return false;
    }
  }
}
