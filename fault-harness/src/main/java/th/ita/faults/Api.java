package th.ita.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The public API as a client behind a load balancer sees it: requests go to the replicas of a
 * service in turn, and a request that could not even connect (the replica is down) goes to the
 * other one, as a load balancer would send it. Every request and answer is counted in the current
 * {@link Tally}.
 */
final class Api {

  /** An answer; status 0 when none came (connection reset, timeout). */
  record Answer(int status, String body, String contentType, String etag) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    boolean problem() {
      return contentType != null && contentType.startsWith("application/problem+json");
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON (" + status + "): " + body, e);
      }
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(3))
          .build();
  private final Map<String, List<String>> replicas;
  private final Map<String, AtomicInteger> turn = new ConcurrentHashMap<>();
  private volatile Tally tally = new Tally();

  Api(Map<String, List<String>> replicaUrls) {
    this.replicas = replicaUrls;
  }

  /** Counts from now on into {@code next}. */
  void countInto(Tally next) {
    this.tally = next;
  }

  Tally tally() {
    return tally;
  }

  Answer get(String service, String path, String token) {
    return send(service, "GET", path, token, null, null, null);
  }

  /** A GET that accepts {@code accept} (a CSV template, the Prometheus metrics) instead of JSON. */
  Answer getAs(String service, String path, String token, String accept) {
    List<String> urls = replicas.get(service);
    int first =
        Math.floorMod(
            turn.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement(), urls.size());
    return sendTo(urls.get(first), "GET", path, token, null, null, null, accept);
  }

  Answer post(String service, String path, String token, String json, String ifMatch) {
    return send(service, "POST", path, token, json, "application/json", ifMatch);
  }

  Answer put(String service, String path, String token, String json, String ifMatch) {
    return send(service, "PUT", path, token, json, "application/json", ifMatch);
  }

  Answer delete(String service, String path, String token) {
    return send(service, "DELETE", path, token, null, null, null);
  }

  /** Sends a request; {@code contentType} with a null body sends an empty one. */
  Answer send(
      String service,
      String method,
      String path,
      String token,
      String body,
      String contentType,
      String ifMatch) {
    List<String> urls = replicas.get(service);
    int first =
        Math.floorMod(
            turn.computeIfAbsent(service, s -> new AtomicInteger()).getAndIncrement(), urls.size());
    Answer answer = null;
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get((first + i) % urls.size());
      answer = sendTo(url, method, path, token, body, contentType, ifMatch);
      if (answer.status() != -1) {
        break;
      }
    }
    return answer.status() == -1 ? new Answer(0, "", null, null) : answer;
  }

  /** To one replica; status -1 when it could not connect (nothing was sent). */
  Answer sendTo(
      String baseUrl,
      String method,
      String path,
      String token,
      String body,
      String contentType,
      String ifMatch) {
    return sendTo(baseUrl, method, path, token, body, contentType, ifMatch, "application/json");
  }

  Answer sendTo(
      String baseUrl,
      String method,
      String path,
      String token,
      String body,
      String contentType,
      String ifMatch,
      String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    boolean write = !"GET".equals(method);
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Answer answer =
          new Answer(
              response.statusCode(),
              response.body(),
              response.headers().firstValue("Content-Type").orElse(null),
              response.headers().firstValue("ETag").orElse(null));
      tally.answered(method, path, answer);
      return answer;
    } catch (ConnectException e) {
      tally.notConnected();
      return new Answer(-1, "", null, null);
    } catch (IOException e) {
      tally.noAnswer(write);
      return new Answer(0, String.valueOf(e), null, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }

  /** Sends until the expected status comes, once a second, for up to {@code attempts} tries. */
  Answer expect(int status, int attempts, Supplier<Answer> call) {
    Answer last = null;
    for (int i = 0; i < attempts; i++) {
      last = call.get();
      if (last.status() == status) {
        return last;
      }
      Processes.sleep(1000);
    }
    throw new IllegalStateException(
        "Expected " + status + " but got " + last.status() + ": " + last.body());
  }
}
