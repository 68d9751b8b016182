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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A mail server that keeps every message it receives: GreenMail standalone as a child JVM, with
 * SMTP for the services, IMAP for a mail client and its HTTP API to read the messages. Reminders
 * then work on a fresh machine with nothing else installed, and reach nobody real.
 */
public final class MailServer implements AutoCloseable {

  private static final String HOST = "127.0.0.1";

  private final Process process;
  private final int smtpPort;
  private final int imapPort;
  private final int apiPort;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private MailServer(Process process, int smtpPort, int imapPort, int apiPort, Path log) {
    this.process = process;
    this.smtpPort = smtpPort;
    this.imapPort = imapPort;
    this.apiPort = apiPort;
    this.log = log;
  }

  /**
   * Starts the server on localhost; {@link #awaitReady} waits until it accepts mail.
   *
   * @param projectDir the project, whose build copied the server's jar beside the run command
   */
  public static MailServer start(Path projectDir, int smtpPort, int imapPort, int apiPort, Path log)
      throws IOException {
    Files.createDirectories(log.getParent());
    int smtp = smtpPort > 0 ? smtpPort : ChildJvm.freePort();
    int imap = imapPort > 0 ? imapPort : ChildJvm.freePort();
    int api = apiPort > 0 ? apiPort : ChildJvm.freePort();
    Process process =
        new ProcessBuilder(
                ChildJvm.command(
                    List.of(
                        "-Xmx64m",
                        "-Dgreenmail.smtp.hostname=" + HOST,
                        "-Dgreenmail.smtp.port=" + smtp,
                        "-Dgreenmail.imap.hostname=" + HOST,
                        "-Dgreenmail.imap.port=" + imap,
                        // Any address is a mailbox, and any password opens it: a local catcher.
                        "-Dgreenmail.auth.disabled",
                        "-Dgreenmail.api.hostname=" + HOST,
                        "-Dgreenmail.api.port=" + api,
                        "-jar",
                        jar(projectDir).toString())))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    return new MailServer(process, smtp, imap, api, log);
  }

  public void awaitReady(Duration timeout) throws IOException {
    HttpRequest readiness =
        HttpRequest.newBuilder(URI.create(apiUrl() + "/api/service/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException(
            "The mail server exited with code " + process.exitValue() + "; see " + log);
      }
      try {
        if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while waiting for the mail server", e);
      }
      sleep();
    }
    throw new IOException("The mail server was not ready within " + timeout + "; see " + log);
  }

  public String host() {
    return HOST;
  }

  public int smtpPort() {
    return smtpPort;
  }

  public int imapPort() {
    return imapPort;
  }

  /** GreenMail's HTTP API: {@code /api/user/{address}/messages/} lists one mailbox's messages. */
  public String apiUrl() {
    return "http://localhost:" + apiPort;
  }

  public long pid() {
    return process.pid();
  }

  @Override
  public void close() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  /** The standalone jar, which the build copied to {@code platform-dev/target/mail-server}. */
  private static Path jar(Path projectDir) throws IOException {
    Path jar =
        projectDir.resolve("platform/platform-dev/target/mail-server/greenmail-standalone.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IOException(
          "The mail server is missing (" + jar + "); ./mvnw package copies it there");
    }
    return jar;
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for the mail server", e);
    }
  }
}
