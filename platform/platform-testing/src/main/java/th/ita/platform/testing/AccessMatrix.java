package th.ita.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import th.ita.platform.testing.ServedApi.Operation;

/**
 * Who may call what, written down once as a table: for every operation of the served OpenAPI
 * document, one request (a probe) and the status each kind of caller must get. The matrix runs
 * every row for every caller against the service under test and fails on any cell that differs, on
 * an operation without a row (a new endpoint must be placed in the table), and on a row whose
 * operation is gone. Refusals (401, 403, 404) must be problem+json of the matching type.
 *
 * <p>It also checks that refusals do not tell what a caller may not see: for each pair of probes
 * given to {@link #sameAnswer}, every caller the existing thing (a draft) is hidden from gets
 * exactly the answer they get for one that does not exist.
 */
public final class AccessMatrix {

  /**
   * The callers, in the order of a row's expected statuses. The three without a valid token carry
   * an ita-admin's role otherwise, so that only the missing token, its expiry or its audience can
   * be what refuses them.
   */
  public enum Caller {
    NO_TOKEN,
    EXPIRED,
    OTHER_AUDIENCE,
    VIEWER,
    ASSESSOR,
    OFFICER,
    OTHER_OFFICER,
    ADMIN;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String officerAgency;
  private final String otherAgency;
  private final List<Row> rows = new ArrayList<>();
  private final List<Pair> pairs = new ArrayList<>();

  private AccessMatrix(String officerAgency, String otherAgency) {
    this.officerAgency = officerAgency;
    this.otherAgency = otherAgency;
  }

  /**
   * @param officerAgency the agency whose officer is {@link Caller#OFFICER}: the agency the probes
   *     name
   * @param otherAgency the agency of {@link Caller#OTHER_OFFICER}
   */
  public static AccessMatrix forAgencies(String officerAgency, String otherAgency) {
    return new AccessMatrix(officerAgency, otherAgency);
  }

  /**
   * A row: the operation, its probe, and the status for each {@link Caller} in order: no token,
   * expired, other audience, viewer, assessor, officer of the agency, officer of another agency,
   * ita-admin.
   */
  public AccessMatrix row(String operationId, Probe probe, int... expected) {
    if (expected.length != Caller.values().length) {
      throw new IllegalArgumentException(
          operationId
              + ": "
              + expected.length
              + " statuses for "
              + Caller.values().length
              + " callers");
    }
    rows.add(new Row(operationId, probe, expected));
    return this;
  }

  /**
   * The callers {@code hiddenFrom}, who may not see what {@code existing} finds (another agency's
   * draft), must get exactly the answer they get for {@code missing}: the same status, problem type
   * and detail (the path segments that differ put aside).
   */
  public AccessMatrix sameAnswer(String what, Probe existing, Probe missing, Caller... hiddenFrom) {
    pairs.add(new Pair(what, existing, missing, List.of(hiddenFrom)));
    return this;
  }

  /**
   * Runs the table and the pairs; throws with every differing cell, the whole table of answers and
   * what is missing.
   */
  public void verify() {
    ServedApi api = ServedApi.fetch();
    Map<Caller, String> tokens = tokens();
    List<String> problems = new ArrayList<>();
    Set<String> covered = new TreeSet<>();
    for (Row row : rows) {
      Operation op =
          api.operations().stream()
              .filter(o -> o.operationId().equals(row.operationId))
              .findFirst()
              .orElse(null);
      if (op == null) {
        problems.add(
            row.operationId + ": no such operation in the served document (remove the row)");
      } else if (!op.matches(row.probe.method, row.probe.path)) {
        problems.add(
            row.operationId
                + ": the probe "
                + row.probe
                + " is not "
                + op.method()
                + " "
                + op.path());
      } else {
        covered.add(row.operationId);
      }
    }
    for (Operation op : api.operations()) {
      if (!covered.contains(op.operationId())) {
        problems.add(
            op + ": no row in the access matrix; add one with the status each caller must get");
      }
    }
    StringBuilder table = new StringBuilder(String.format("%-34s", "operation"));
    for (Caller c : Caller.values()) {
      table.append(String.format("%15s", c.name().toLowerCase().replace('_', '-')));
    }
    for (Row row : rows) {
      table.append('\n').append(String.format("%-34s", row.operationId));
      for (Caller caller : Caller.values()) {
        int want = row.expected[caller.ordinal()];
        HttpResponse<String> answer = send(row.probe, tokens.get(caller));
        int got = answer.statusCode();
        String refusal = refusalBroken(answer);
        table.append(
            String.format("%15s", got == want && refusal == null ? got : got + "≠" + want));
        if (got != want) {
          problems.add(
              row.operationId
                  + " "
                  + row.probe
                  + " as "
                  + caller
                  + ": "
                  + got
                  + ", not "
                  + want
                  + " — "
                  + shorten(answer.body()));
        } else if (refusal != null) {
          problems.add(row.operationId + " " + row.probe + " as " + caller + ": " + refusal);
        }
      }
    }
    for (Pair pair : pairs) {
      for (Caller caller : pair.hiddenFrom) {
        HttpResponse<String> existing = send(pair.existing, tokens.get(caller));
        HttpResponse<String> missing = send(pair.missing, tokens.get(caller));
        String a = answer(existing, pair.existing);
        String b = answer(missing, pair.missing);
        if (!a.equals(b)) {
          problems.add(
              pair.what + " as " + caller + " is told apart from none: " + a + "  vs  " + b);
        }
      }
    }
    System.out.println(
        "Access matrix (officer of "
            + officerAgency
            + ", other officer of "
            + otherAgency
            + "):\n"
            + table);
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size()
              + " access rules broken:\n- "
              + String.join("\n- ", problems)
              + "\n\nAnswers (got≠expected):\n"
              + table);
    }
  }

  /**
   * Status, problem type and detail, with the parts of the path that differ between a pair put
   * aside.
   */
  private static String answer(HttpResponse<String> response, Probe probe) {
    JsonNode body = parse(response.body());
    String detail = body.path("detail").asText("");
    for (String segment : probe.path.split("[/?&=.]")) {
      if (segment.length() > 3 && !segment.equals("api") && !segment.matches("[a-z-]+")) {
        detail = detail.replace(segment, "…");
      }
    }
    return response.statusCode() + " " + body.path("type").asText("") + " \"" + detail + "\"";
  }

  /** A 401, 403 or 404 must be problem+json of its type; null when it is. */
  private static String refusalBroken(HttpResponse<String> answer) {
    int status = answer.statusCode();
    String type =
        switch (status) {
          case 401 -> "/problems/unauthenticated";
          case 403 -> "/problems/forbidden";
          case 404 -> "/problems/not-found";
          default -> null;
        };
    if (type == null) {
      return null;
    }
    if (!answer
        .headers()
        .firstValue("Content-Type")
        .orElse("")
        .startsWith("application/problem+json")) {
      return status + " is not application/problem+json";
    }
    String actual = parse(answer.body()).path("type").asText("");
    return actual.equals(type) ? null : status + " has type " + actual + ", not " + type;
  }

  private Map<Caller, String> tokens() {
    Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    tokens.put(Caller.EXPIRED, TestTokens.expired("ita-admin"));
    tokens.put(
        Caller.OTHER_AUDIENCE, TestTokens.forAudience("ita-admin", null, "some-other-service"));
    tokens.put(Caller.VIEWER, TestTokens.viewer());
    tokens.put(Caller.ASSESSOR, TestTokens.assessor());
    tokens.put(Caller.OFFICER, TestTokens.officer(officerAgency));
    tokens.put(Caller.OTHER_OFFICER, TestTokens.officer(otherAgency));
    tokens.put(Caller.ADMIN, TestTokens.admin());
    return tokens;
  }

  private static HttpResponse<String> send(Probe probe, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(TestHttp.baseUri() + probe.path))
            .timeout(Duration.ofSeconds(120));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    probe.headers.forEach(b::header);
    b.method(
        probe.method,
        probe.body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(probe.body));
    return TestHttp.send(b.build());
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
    } catch (IOException e) {
      return JSON.createObjectNode();
    }
  }

  private static String shorten(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }

  private record Row(String operationId, Probe probe, int[] expected) {}

  private record Pair(String what, Probe existing, Probe missing, List<Caller> hiddenFrom) {}

  /** One request: method, path with query, headers and body. */
  public static final class Probe {
    final String method;
    final String path;
    final Map<String, String> headers = new LinkedHashMap<>();
    final String body;

    private Probe(String method, String path, String body) {
      this.method = method;
      this.path = path;
      this.body = body;
    }

    public static Probe get(String path) {
      return new Probe("GET", path, null);
    }

    public static Probe delete(String path) {
      return new Probe("DELETE", path, null);
    }

    public static Probe post(String path) {
      return new Probe("POST", path, null);
    }

    /** A JSON body. */
    public static Probe post(String path, String json) {
      return new Probe("POST", path, json).header("Content-Type", "application/json");
    }

    public static Probe put(String path, String json) {
      return new Probe("PUT", path, json).header("Content-Type", "application/json");
    }

    /** Any method with a body of any media type (a CSV file). */
    public static Probe of(String method, String path, String contentType, String body) {
      return new Probe(method, path, body).header("Content-Type", contentType);
    }

    public Probe header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    /**
     * An If-Match no resource is at, so that whoever is let in is answered 412 and nothing changes.
     */
    public Probe staleIfMatch() {
      return header("If-Match", "\"987654\"");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
