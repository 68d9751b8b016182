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
  private ClassDataArchive classData;

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

  void start(Path runJar, ClassDataArchive classData, Map<String, String> env) throws IOException {
    if (!Files.exists(runJar)) {
      throw new IOException(runJar + " does not exist: build the platform first (./mvnw package)");
    }
    Files.createDirectories(log.getParent());
    List<String> options = new ArrayList<>(ServiceJvm.OPTIONS);
    options.addAll(classData.jvmOptions());
    options.addAll(List.of("-jar", runJar.toString()));
    List<String> command = ChildJvm.command(options);
    this.classData = classData;
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(env);
    builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
    process = builder.start();
  }

  /**
   * Records the service's class-data archive for its next starts, if it started without one: true
   * when one was written.
   */
  boolean recordClassData() throws InterruptedException {
    try {
      return process != null && process.isAlive() && classData.record(process.pid());
    } catch (IOException | RuntimeException e) {
      // Only a faster next start is lost: the platform runs on.
      PlatformRunner.log(name + "'s class-data archive was not recorded: " + e.getMessage());
      return false;
    }
  }

  /** Waits until {@code /q/health/ready} answers 200, which includes the database and Kafka. */
  void awaitReady(Duration timeout) throws IOException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(name + " exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
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

  void stop() {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }
}
