package th.ita.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import th.ita.platform.testing.FuzzRequest.Part;
import th.ita.platform.testing.ServedApi.Operation;

/**
 * Drives every operation of the OpenAPI document the service under test serves with generated
 * requests, valid and invalid (see {@link FuzzGenerator}), and holds every answer to the platform's
 * rules for client input:
 *
 * <ul>
 *   <li>never a 5xx;
 *   <li>every 4xx is {@code application/problem+json} with a {@code type} and its status;
 *   <li>a 400 for a request with one broken parameter, header or body field (the rest known to be
 *       valid) names it, in {@code errors[].field} or the {@code detail};
 *   <li>a refused write changes nothing: the service's tables have the same checksum after it.
 * </ul>
 *
 * <p>A fixed number of tries per operation, each from a random generator seeded by the run's seed
 * and the operation id, so a failure replays with {@code -Dita.fuzz.seed=…} (and {@code
 * -Dita.fuzz.operation=…} for that operation alone). The seed is fixed unless given, so CI is
 * repeatable; give another one to explore.
 */
public final class ApiFuzzer {

  public static final long DEFAULT_SEED = 2568_10_01L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_REPORTED = 40;

  private final Map<String, List<String>> knownValues = new HashMap<>();
  private final Map<String, String> validBodies = new HashMap<>();
  private final Map<String, BiConsumer<FuzzRequest, HttpResponse<String>>> afterAccepted =
      new HashMap<>();
  private String token;
  private DataFingerprint fingerprint;
  private long seed = Long.getLong("ita.fuzz.seed", DEFAULT_SEED);
  private int tries = Integer.getInteger("ita.fuzz.tries", 20);
  private final String only = System.getProperty("ita.fuzz.operation", "");

  public static ApiFuzzer forServedApi() {
    return new ApiFuzzer();
  }

  /**
   * The bearer token every request carries (an ita-admin's, so that access is never the answer).
   */
  public ApiFuzzer token(String token) {
    this.token = token;
    return this;
  }

  /**
   * Values of a path or query parameter, by name, that name real resources. The first value of
   * each, with the {@link #validBody valid bodies}, must make requests the service accepts: a 400
   * to such a request with one part broken must name that part.
   */
  public ApiFuzzer known(String parameter, Object... values) {
    List<String> list = knownValues.computeIfAbsent(parameter, k -> new ArrayList<>());
    for (Object v : values) {
      list.add(String.valueOf(v));
    }
    return this;
  }

  /** A body the operation accepts, to start from; without one the body is made from the schema. */
  public ApiFuzzer validBody(String operationId, String body) {
    validBodies.put(operationId, body);
    return this;
  }

  /** The service's tables, compared before and after every refused write. */
  public ApiFuzzer fingerprint(DataFingerprint fingerprint) {
    this.fingerprint = fingerprint;
    return this;
  }

  /**
   * Work to wait for after a write was accepted (a job it queued), before the next request is
   * judged.
   */
  public ApiFuzzer afterAccepted(
      String operationId, BiConsumer<FuzzRequest, HttpResponse<String>> wait) {
    afterAccepted.put(operationId, wait);
    return this;
  }

  public ApiFuzzer tries(int tries) {
    this.tries = Integer.getInteger("ita.fuzz.tries", tries);
    return this;
  }

  /**
   * Runs the suite; the result lists every broken rule with the seed and the request to replay it.
   */
  public Result run() {
    ServedApi api = ServedApi.fetch();
    FuzzGenerator generator = new FuzzGenerator(api, knownValues, validBodies);
    String base = TestHttp.baseUri();
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<String, Integer> repeats = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    int requests = 0;
    int operations = 0;
    for (Operation op : api.operations()) {
      if (!only.isEmpty() && !only.equals(op.operationId())) {
        continue;
      }
      operations++;
      SplittableRandom random =
          new SplittableRandom(seed ^ (op.operationId().hashCode() * 0x9E3779B97F4A7C15L));
      for (int attempt = 1; attempt <= tries; attempt++) {
        FuzzRequest request = generator.next(op, random, token);
        boolean write = !op.method().equals("GET");
        // Taken just before the write, so background work earlier (a consumer, a job) cannot show
        // up.
        Map<String, String> before = write && fingerprint != null ? fingerprint.take() : null;
        HttpResponse<String> response;
        try {
          response = TestHttp.send(build(base, request));
        } catch (IllegalArgumentException e) {
          continue; // not a request HTTP can carry (the JDK client refuses it); nothing to learn
        }
        requests++;
        statuses.merge(response.statusCode(), 1, Integer::sum);
        List<String> broken = new ArrayList<>(rulesBroken(request, response));
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          if (afterAccepted.containsKey(op.operationId())) {
            afterAccepted.get(op.operationId()).accept(request, response);
          }
        } else if (write && fingerprint != null) {
          Map<String, String> after = fingerprint.take();
          List<String> changed = DataFingerprint.changed(before, after);
          if (!changed.isEmpty()) {
            broken.add("a refused request changed " + changed);
          }
        }
        for (String rule : broken) {
          String key =
              op.operationId()
                  + " | "
                  + rule.replaceAll("\\(.*", "")
                  + " | "
                  + request.fault().part()
                  + " "
                  + request.fault().name();
          if (repeats.merge(key, 1, Integer::sum) == 1 && failures.size() < MAX_REPORTED) {
            failures.add(
                op.operationId()
                    + " try "
                    + attempt
                    + ", "
                    + request.fault()
                    + " -> "
                    + status
                    + ": "
                    + rule
                    + "\n    "
                    + request.describe(base)
                    + "\n    answer: "
                    + shorten(response.body()));
          }
        }
      }
    }
    String replay =
        "-Dita.fuzz.seed=" + seed + (only.isEmpty() ? "" : " -Dita.fuzz.operation=" + only);
    String summary =
        "Fuzzed "
            + operations
            + " operations with seed "
            + seed
            + ": "
            + requests
            + " requests, statuses "
            + statuses
            + (failures.isEmpty()
                ? ""
                : "; "
                    + repeats.values().stream().mapToInt(Integer::intValue).sum()
                    + " answers broke a rule ("
                    + repeats.size()
                    + " distinct), replay with "
                    + replay);
    System.out.println(summary);
    return new Result(summary, failures, replay, statuses);
  }

  /**
   * What a run found: its summary line, and each distinct broken rule with a request that shows it.
   */
  public record Result(
      String summary, List<String> failures, String replay, Map<Integer, Integer> statuses) {

    /** The report to fail a test with: every failure, the seed, and how to replay. */
    public String report() {
      return summary
          + "\n"
          + String.join("\n", failures)
          + "\nReplay: ./mvnw -pl <service> test -Dtest=FuzzTest "
          + replay
          + " (add -Dita.fuzz.operation=<operationId> for one operation)";
    }
  }

  private static HttpRequest build(String base, FuzzRequest request) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
            .timeout(Duration.ofSeconds(120));
    request.headers().forEach(b::header);
    HttpRequest.BodyPublisher body =
        request.body() == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body());
    return b.method(request.method(), body).build();
  }

  /** The platform's rules for answers to client input; empty when the answer keeps them. */
  static List<String> rulesBroken(FuzzRequest request, HttpResponse<String> response) {
    int status = response.statusCode();
    List<String> broken = new ArrayList<>();
    if (status >= 500) {
      broken.add("a " + status + " (never a 5xx for client input)");
      return broken;
    }
    if (status < 400) {
      return broken;
    }
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    if (!contentType.startsWith("application/problem+json")) {
      broken.add("a " + status + " that is not application/problem+json (" + contentType + ")");
      return broken;
    }
    JsonNode problem;
    try {
      problem = JSON.readTree(response.body());
    } catch (Exception e) {
      broken.add("a problem that is not JSON");
      return broken;
    }
    if (problem.path("type").asText("").isBlank()) {
      broken.add("a problem without a type");
    }
    if (problem.path("status").asInt() != status) {
      broken.add("a problem whose status " + problem.path("status") + " is not the answer's");
    }
    if (status == 400) {
      Set<String> named = new LinkedHashSet<>();
      problem.path("errors").forEach(e -> named.add(e.path("field").asText("")));
      // A rule across fields (urgentBelow above keepAbove) names the other one in its message.
      StringBuilder text = new StringBuilder(problem.path("detail").asText(""));
      problem.path("errors").forEach(e -> text.append(' ').append(e.path("message").asText("")));
      String detail = text.toString().trim();
      if (named.stream().allMatch(String::isBlank) && detail.isBlank()) {
        broken.add("a 400 that names nothing");
      }
      Part part = request.fault().part();
      boolean attributable = request.baseValid() && part != Part.NONE && part != Part.BODY;
      String name = request.fault().name();
      if (attributable && !names(named, detail, name)) {
        broken.add(
            "a 400 that does not name "
                + part.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " '"
                + name
                + "' (it names "
                + named
                + ")");
      }
    }
    return broken;
  }

  private static boolean names(Set<String> fields, String detail, String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String field : fields) {
      String f = field.toLowerCase(Locale.ROOT);
      if (f.equals(lower)
          || f.endsWith("." + lower)
          || f.startsWith(lower + "[")
          || f.startsWith(lower + ".")
          || f.contains("." + lower + "[")
          || f.contains("." + lower + ".")) {
        return true;
      }
    }
    return detail.toLowerCase(Locale.ROOT).contains(lower);
  }

  private static String shorten(String body) {
    String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
    return oneLine.length() > 400 ? oneLine.substring(0, 400) + "…" : oneLine;
  }
}
