package th.ita.reporting;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A real HTTP endpoint on localhost that records every webhook it is sent and answers each with the
 * next status of its script (then 200).
 */
final class WebhookReceiver implements AutoCloseable {

  /** One request as received: lower-cased header names to their first value, and the body. */
  record Received(Map<String, String> headers, String body, int answered) {
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final HttpServer server;
  private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
  private final ConcurrentLinkedQueue<Integer> script = new ConcurrentLinkedQueue<>();

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new TreeMap<>();
            exchange
                .getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.get(0)));
            Integer next = script.poll();
            int status = next == null ? 200 : next;
            received.add(new Received(headers, body, status));
            byte[] answer = (status == 200 ? "ok" : "not now").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(answer);
            }
          }
        });
    server.start();
  }

  /** Answers the next requests with these statuses, in order; then 200 again. */
  WebhookReceiver answer(Integer... statuses) {
    script.addAll(List.of(statuses));
    return this;
  }

  String url() {
    return "http://localhost:" + server.getAddress().getPort() + "/hooks/ita";
  }

  List<Received> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** The webhook-id of each request, in the order they came. */
  List<String> ids() {
    return received().stream().map(r -> r.header("webhook-id")).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
