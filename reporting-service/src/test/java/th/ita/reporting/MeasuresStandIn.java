package th.ita.reporting;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * Stands in for measures-service, where reporting-service fetches evidence thumbnails ({@code
 * ita.measures.url}): a JDK HTTP server on a port the system chose, bound before the service
 * starts, so that no other listener or outgoing connection can hold it. It answers as the running
 * test sets ({@link #answerWith}), and 503, as a measures-service not there yet, while none does.
 */
public class MeasuresStandIn implements QuarkusTestResourceLifecycleManager {

  private static volatile HttpHandler answer;
  private HttpServer server;

  /** How the stand-in answers from now on; null: 503 again. */
  static void answerWith(HttpHandler handler) {
    answer = handler;
  }

  @Override
  public Map<String, String> start() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          HttpHandler handler = answer;
          if (handler == null) {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
          } else {
            handler.handle(exchange);
          }
        });
    server.start();
    return Map.of("ita.measures.url", "http://127.0.0.1:" + server.getAddress().getPort());
  }

  @Override
  public void stop() {
    server.stop(0);
  }
}
