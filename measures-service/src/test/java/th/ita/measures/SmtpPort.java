package th.ita.measures;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Points the mailer at a free port on this machine, where {@link RemindersTest} runs a real SMTP
 * server (GreenMail) and stops it when it wants sends to fail. Nothing listens there for the other
 * tests, which send no mail.
 */
public class SmtpPort implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return Map.of(
          "quarkus.mailer.host",
          "127.0.0.1",
          "quarkus.mailer.port",
          Integer.toString(socket.getLocalPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void stop() {}
}
