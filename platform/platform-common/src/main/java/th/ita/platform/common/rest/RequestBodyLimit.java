package th.ita.platform.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.problem.Problem;
import th.ita.platform.common.problem.ProblemType;

/**
 * Keeps request bodies to what the endpoint can need: {@code ita.http.max-body-size} (1 MiB, above
 * the largest valid JSON body of any endpoint), except under {@code ita.http.large-body-paths}, the
 * bulk import, which takes files up to {@code quarkus.http.limits.max-body-size}.
 *
 * <p>Why a filter: Quarkus has one body limit for the whole server, and the import's would
 * otherwise let any officer send 256 MB to any endpoint. The check runs before the body is read, on
 * {@code Content-Length}; a body of unknown length (chunked) is refused with 411 outside the
 * import, since it could not be bounded before it is buffered.
 */
@ApplicationScoped
public class RequestBodyLimit {

  private final long maxBytes;
  private final List<String> largeBodyPaths;
  private final ObjectMapper json;

  public RequestBodyLimit(
      ObjectMapper json,
      @ConfigProperty(name = "ita.http.max-body-size", defaultValue = "1M") MemorySize maxBytes,
      @ConfigProperty(name = "ita.http.large-body-paths") Optional<List<String>> largeBodyPaths) {
    this.json = json;
    this.maxBytes = maxBytes.asLongValue();
    this.largeBodyPaths = largeBodyPaths.orElse(List.of());
  }

  void register(@Observes Filters filters) {
    filters.register(this::check, 50);
  }

  void check(RoutingContext rc) {
    HttpServerRequest request = rc.request();
    HttpMethod method = request.method();
    boolean mayHaveBody =
        method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH;
    if (!mayHaveBody || takesLargeBodies(method, rc.normalizedPath())) {
      rc.next();
      return;
    }
    String length = request.getHeader("Content-Length");
    if (length == null) {
      // Without Content-Length or Transfer-Encoding an HTTP/1.1 request has no body. (The services
      // speak HTTP/1.1 only, quarkus.http.http2=false, where a body could come without either.)
      if (request.getHeader("Transfer-Encoding") != null) {
        refuse(
            rc,
            411,
            "Length Required",
            "/problems/length-required",
            "Send the body with a Content-Length header; a body of unknown length is only accepted for imports");
        return;
      }
      rc.next();
      return;
    }
    long bytes;
    try {
      bytes = Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      refuse(
          rc,
          400,
          ProblemType.MALFORMED_REQUEST.title(),
          ProblemType.MALFORMED_REQUEST.uri().toString(),
          "Content-Length is not a number");
      return;
    }
    if (bytes > maxBytes) {
      refuse(
          rc,
          413,
          ProblemType.TOO_LARGE.title(),
          ProblemType.TOO_LARGE.uri().toString(),
          String.format(
              "The request body has %,d bytes; this endpoint takes at most %,d (ita.http.max-body-size)",
              bytes, maxBytes));
      return;
    }
    rc.next();
  }

  /**
   * Only a POST to a listed path or below it, on the path as the router resolves it: a raw {@code
   * /api/v1/imports/../agencies/…} must not borrow the import's limit.
   */
  boolean takesLargeBodies(HttpMethod method, String normalizedPath) {
    return method == HttpMethod.POST
        && largeBodyPaths.stream()
            .anyMatch(p -> normalizedPath.equals(p) || normalizedPath.startsWith(p + "/"));
  }

  private void refuse(RoutingContext rc, int status, String title, String type, String detail) {
    Problem problem =
        new Problem(
            URI.create(type), title, status, detail, rc.request().path(), List.of(), Map.of());
    String body;
    try {
      body = json.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + status + "}";
    }
    rc.response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problem.MEDIA_TYPE)
        .putHeader("Connection", "close")
        .end(body);
  }
}
