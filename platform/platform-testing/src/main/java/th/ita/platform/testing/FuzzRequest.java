package th.ita.platform.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated request, kept as the exact text sent so that a failure can be read and replayed.
 *
 * @param pathAndQuery the encoded path and query, as sent
 * @param fault what was made invalid on purpose, or {@link Fault#NONE} for a request valid by the
 *     document
 * @param baseValid true when everything but the fault is known to be accepted by the service (the
 *     test's own valid values and bodies), so a 400 must name the fault
 */
public record FuzzRequest(
    String method,
    String pathAndQuery,
    Map<String, String> headers,
    String body,
    Fault fault,
    boolean baseValid) {

  /** What the generator broke: which part, the name of the parameter or field, and how. */
  public record Fault(Part part, String name, String how) {
    public static final Fault NONE = new Fault(Part.NONE, "", "valid by the document");

    @Override
    public String toString() {
      return part == Part.NONE ? how : part.name().toLowerCase() + " '" + name + "': " + how;
    }
  }

  /** Where a fault sits. */
  public enum Part {
    NONE,
    PATH,
    QUERY,
    HEADER,
    BODY_FIELD,
    BODY
  }

  /** The request as a curl command line (a long body shortened), to read and to replay. */
  public String describe(String baseUri) {
    StringBuilder s =
        new StringBuilder("curl -X ")
            .append(method)
            .append(" '")
            .append(baseUri)
            .append(pathAndQuery)
            .append('\'');
    for (Map.Entry<String, String> h : new LinkedHashMap<>(headers).entrySet()) {
      String value = h.getKey().equals("Authorization") ? "Bearer $TOKEN" : h.getValue();
      s.append(" -H '").append(h.getKey()).append(": ").append(value).append('\'');
    }
    if (body != null) {
      String shown =
          body.length() > 600 ? body.substring(0, 600) + "…(" + body.length() + " chars)" : body;
      s.append(" --data-binary '").append(shown.replace("'", "'\\''")).append('\'');
    }
    return s.toString();
  }
}
