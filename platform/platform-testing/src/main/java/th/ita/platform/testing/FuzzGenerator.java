package th.ita.platform.testing;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import th.ita.platform.testing.FuzzRequest.Fault;
import th.ita.platform.testing.FuzzRequest.Part;
import th.ita.platform.testing.ServedApi.Operation;
import th.ita.platform.testing.ServedApi.Parameter;

/**
 * Generates requests for an operation of a served OpenAPI document: valid ones (from the test's
 * known values and bodies, else from the schemas) and ones with exactly one part broken on purpose:
 * a path or query parameter, the If-Match, Accept or Content-Type header, the body, or one field of
 * the body. Everything comes from the {@link SplittableRandom} it is given, so a seed replays it.
 */
final class FuzzGenerator {

  /** Characters XML 1.0 forbids, as a browser or a word processor might paste them. */
  static final List<String> XML_FORBIDDEN =
      List.of("\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001B", "\u001F");

  static final String UNPAIRED_HIGH = "\uD800";
  static final String UNPAIRED_LOW = "\uDC00";
  private static final int LONG_BODY_TEXT = 10_001;

  /** Below the HTTP layer's 4096-byte request line, so the application itself must answer. */
  private static final int LONG_PARAMETER = 3_000;

  private static final String RAW = "\u0000raw:";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

  private final ServedApi api;
  private final Map<String, List<String>> knownValues;
  private final Map<String, String> validBodies;

  FuzzGenerator(
      ServedApi api, Map<String, List<String>> knownValues, Map<String, String> validBodies) {
    this.api = api;
    this.knownValues = knownValues;
    this.validBodies = validBodies;
  }

  FuzzRequest next(Operation op, SplittableRandom r, String token) {
    List<Part> targets = new ArrayList<>();
    op.in("path").forEach(p -> targets.add(Part.PATH));
    op.in("query").forEach(p -> targets.add(Part.QUERY));
    targets.add(Part.HEADER);
    if (op.hasBody()) {
      targets.addAll(List.of(Part.BODY, Part.BODY_FIELD, Part.BODY_FIELD, Part.BODY_FIELD));
    }
    Part broken = r.nextInt(4) == 0 ? Part.NONE : targets.get(r.nextInt(targets.size()));
    boolean baseValid = true;
    Fault fault = Fault.NONE;

    // Path parameters.
    List<Parameter> pathParams = op.in("path");
    Parameter brokenParam = null;
    if (broken == Part.PATH) {
      brokenParam = pathParams.get(r.nextInt(pathParams.size()));
    } else if (broken == Part.QUERY) {
      List<Parameter> q = op.in("query");
      brokenParam = q.get(r.nextInt(q.size()));
    }
    String path = op.path();
    for (Parameter p : pathParams) {
      String value;
      if (p == brokenParam) {
        String[] bad = invalidParameter(p, r);
        value = bad[0];
        fault = new Fault(Part.PATH, p.name(), bad[1]);
        // An empty or slashed segment is another path: the answer is about that one.
        baseValid &= !value.isEmpty() && !value.contains("%2F");
      } else {
        Valid v = validParameter(p, r);
        baseValid &= v.known;
        value = encode(v.value, true);
      }
      path = path.replace("{" + p.name() + "}", value);
    }

    // Query parameters: required ones always, optional ones now and then.
    StringBuilder query = new StringBuilder();
    for (Parameter p : op.in("query")) {
      String value;
      if (p == brokenParam) {
        String[] bad = invalidParameter(p, r);
        value = bad[0];
        fault = new Fault(Part.QUERY, p.name(), bad[1]);
      } else if (p.required() || r.nextInt(3) == 0) {
        Valid v = validParameter(p, r);
        baseValid &= v.known;
        value = encode(v.value, false);
      } else {
        continue;
      }
      query
          .append(query.length() == 0 ? '?' : '&')
          .append(encode(p.name(), false))
          .append('=')
          .append(value);
    }

    // Headers.
    Map<String, String> headers = new LinkedHashMap<>();
    if (token != null) {
      headers.put("Authorization", "Bearer " + token);
    }
    boolean takesIfMatch =
        op.in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase("If-Match"));
    String brokenHeader = null;
    if (broken == Part.HEADER) {
      List<String> names = new ArrayList<>(List.of("Accept"));
      if (takesIfMatch) {
        names.add("If-Match");
      }
      if (op.hasBody()) {
        names.add("Content-Type");
      }
      brokenHeader = names.get(r.nextInt(names.size()));
    }
    if (takesIfMatch) {
      if ("If-Match".equals(brokenHeader)) {
        String[] bad =
            pick(
                r,
                new String[][] {
                  {"garbage", "not an ETag"},
                  {"\"abc\"", "a quoted word"},
                  {"\"99999999999999999999\"", "a version beyond a long"},
                  {"W/\"-5\"", "a negative weak ETag"},
                  {"*", "the wildcard"},
                  {"\"\"", "an empty ETag"},
                  {"\"1\", \"2\"", "two ETags"}
                });
        headers.put("If-Match", bad[0]);
        fault = new Fault(Part.HEADER, "If-Match", bad[1]);
      } else if (r.nextInt(4) != 0) {
        headers.put("If-Match", "\"" + r.nextInt(4) + "\"");
      }
    }
    if ("Accept".equals(brokenHeader)) {
      String[] bad =
          pick(
              r,
              new String[][] {
                {"application/xml", "a type not produced"},
                {"image/png", "a type not produced"},
                {"nonsense", "not a media type"},
                {"application/json;q=0", "JSON refused"},
                {"*/*;q=abc", "a broken quality"},
                {"text/html;charset=EBCDIC-XYZ", "an unknown charset"}
              });
      headers.put("Accept", bad[0]);
      fault = new Fault(Part.HEADER, "Accept", bad[1]);
    } else {
      List<String> accepts = new ArrayList<>(op.produces());
      accepts.add("*/*");
      accepts.add(null);
      String accept = accepts.get(r.nextInt(accepts.size()));
      if (accept != null) {
        headers.put("Accept", accept);
      }
    }

    // The body.
    String body = null;
    if (op.hasBody()) {
      String contentType = op.bodyMediaType();
      if ("Content-Type".equals(brokenHeader)) {
        String[] bad =
            pick(
                r,
                new String[][] {
                  {"text/plain", "a type not consumed"},
                  {"application/xml", "a type not consumed"},
                  {"application/json; charset=EBCDIC-XYZ", "an unknown charset"},
                  {"garbage", "not a media type"},
                  {"application/x-www-form-urlencoded", "a form"},
                  {"multipart/form-data; boundary=x", "multipart"}
                });
        contentType = bad[0];
        fault = new Fault(Part.HEADER, "Content-Type", bad[1]);
      }
      headers.put("Content-Type", contentType);
      String known = validBodies.get(op.operationId());
      baseValid &= known != null;
      boolean json = op.bodyMediaType().contains("json");
      if (broken == Part.BODY) {
        String[] bad = json ? invalidJsonBody(r) : invalidTextBody(known, r);
        body = bad[0];
        fault = new Fault(Part.BODY, "body", bad[1]);
      } else if (!json) {
        body = known != null ? known : "x";
        if (broken == Part.BODY_FIELD) {
          String[] bad = invalidTextBody(known, r);
          body = bad[0];
          fault = new Fault(Part.BODY, "body", bad[1]);
        }
      } else {
        JsonNode tree = known != null ? read(known) : validJson(op.bodySchema(), r, 0);
        if (broken == Part.BODY_FIELD) {
          Object[] mutated = mutateField(tree, r);
          tree = (JsonNode) mutated[0];
          fault = (Fault) mutated[1];
        }
        body = write(tree);
      }
    }
    return new FuzzRequest(op.method(), path + query, headers, body, fault, baseValid);
  }

  private record Valid(String value, boolean known) {}

  private Valid validParameter(Parameter p, SplittableRandom r) {
    List<String> known = knownValues.get(p.name());
    if (known != null && !known.isEmpty()) {
      // The first known values and the valid bodies make a request the service accepts; the others
      // name real resources too, but a body need not fit them (a measure of another year).
      int i = r.nextInt(known.size());
      return new Valid(known.get(i), i == 0);
    }
    return new Valid(scalar(p.schema(), r).asText(), false);
  }

  /** An invalid value for a parameter and what is wrong with it; the value is already encoded. */
  private String[] invalidParameter(Parameter p, SplittableRandom r) {
    List<String[]> cases =
        new ArrayList<>(
            List.of(
                new String[] {
                  "A" + XML_FORBIDDEN.get(r.nextInt(XML_FORBIDDEN.size())) + "B",
                  "an XML-forbidden control character"
                },
                new String[] {"\u0000", "U+0000"},
                new String[] {RAW + "%ED%A0%80", "an unpaired surrogate (as CESU-8)"},
                new String[] {RAW + "%FF%FE", "bytes that are not UTF-8"},
                new String[] {RAW + "%C0%80", "an overlong NUL"},
                new String[] {"2147483647", "Integer.MAX_VALUE"},
                new String[] {"9223372036854775807", "Long.MAX_VALUE"},
                new String[] {"99999999999999999999", "beyond a long"},
                new String[] {"1e400", "beyond a double"},
                new String[] {"-1", "-1"},
                new String[] {"-2147483648", "Integer.MIN_VALUE"},
                new String[] {"1.5", "a fraction"},
                new String[] {"abc", "a word"},
                new String[] {"A".repeat(LONG_PARAMETER), LONG_PARAMETER + " characters"},
                new String[] {"ก".repeat(300), "300 Thai characters"},
                new String[] {"", "empty"},
                new String[] {" ", "blank"},
                new String[] {"NaN", "NaN"}));
    if (p.in().equals("path")) {
      cases.add(new String[] {RAW + "..%2F..%2Fq%2Fhealth", "an encoded path traversal"});
    }
    if (p.schema().has("enum")) {
      cases.add(new String[] {"NOT_ONE_OF_THEM", "not one of the enum"});
      cases.add(
          new String[] {
            p.schema().get("enum").get(0).asText().toLowerCase() + "x", "a near miss of the enum"
          });
    }
    if (isType(p.schema(), "integer") && r.nextBoolean()) {
      // Numbers at and beyond the edges are where arithmetic on parameters breaks (page * size).
      cases = cases.subList(5, 11);
    }
    String[] chosen = cases.get(r.nextInt(cases.size()));
    String value =
        chosen[0].startsWith(RAW)
            ? chosen[0].substring(RAW.length())
            : encode(chosen[0], p.in().equals("path"));
    return new String[] {value, chosen[1]};
  }

  private String[] invalidJsonBody(SplittableRandom r) {
    return pick(
        r,
        new String[][] {
          {"", "empty"},
          {"{", "truncated JSON"},
          {"not json", "not JSON"},
          {"[]", "an array"},
          {"null", "null"},
          {"42", "a number"},
          {"\"text\"", "a string"},
          {"[".repeat(5000) + "]".repeat(5000), "nested 5000 deep"},
          {"{\"a\":1,\"a\":2}", "a duplicate key"},
          {"{\"x\": \"\\uD800\"}", "an unknown field with an unpaired surrogate"},
          {"\u00EF\u00BB\u00BF{}", "a BOM misread as Latin-1"}
        });
  }

  private String[] invalidTextBody(String known, SplittableRandom r) {
    String base = known == null ? "x" : known;
    return pick(
        r,
        new String[][] {
          {"", "empty"},
          {base + "\u000B\u0000", "XML-forbidden characters"},
          {
            base.replace(",", "," + "ก".repeat(LONG_BODY_TEXT) + ","),
            "a field of " + LONG_BODY_TEXT + " characters"
          },
          {"\u00FF\u00FE\u0000garbage", "binary garbage"},
          {base + UNPAIRED_HIGH, "an unpaired surrogate"},
          {"\"unclosed", "an unclosed quote"}
        });
  }

  /**
   * Breaks one field of {@code tree} (or adds one it does not know); returns the tree and the
   * fault.
   */
  private Object[] mutateField(JsonNode tree, SplittableRandom r) {
    List<String> pointers = new ArrayList<>();
    collect(tree, "", pointers);
    if (!(tree instanceof ObjectNode) || pointers.isEmpty() || r.nextInt(8) == 0) {
      ObjectNode target = tree instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
      List<ObjectNode> objects = new ArrayList<>();
      objects.add(target);
      collectObjects(target, objects);
      ObjectNode chosen = objects.get(r.nextInt(objects.size()));
      chosen.put("unexpectedField", "x");
      return new Object[] {
        target, new Fault(Part.BODY_FIELD, "unexpectedField", "an unknown field")
      };
    }
    String pointer = pointers.get(r.nextInt(pointers.size()));
    JsonNode current = tree.at(pointer);
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    String field = fieldName(pointer);
    String[] how;
    JsonNode replacement;
    if (current.isTextual()) {
      String[][] choices = {
        {"xml", "an XML-forbidden control character"},
        {"surrogate", "an unpaired surrogate"},
        {"long", LONG_BODY_TEXT + " characters"},
        {"empty", "empty"},
        {"number", "a number instead of text"},
        {"object", "an object instead of text"},
        {"null", "null"}
      };
      how = pick(r, choices);
      replacement =
          switch (how[0]) {
            case "xml" ->
                TextNode.valueOf(
                    current.asText() + XML_FORBIDDEN.get(r.nextInt(XML_FORBIDDEN.size())) + "x");
            case "surrogate" ->
                TextNode.valueOf(
                    current.asText() + (r.nextBoolean() ? UNPAIRED_HIGH : UNPAIRED_LOW));
            case "long" -> TextNode.valueOf("ก".repeat(LONG_BODY_TEXT));
            case "empty" -> TextNode.valueOf("");
            case "number" -> JsonNodeFactory.instance.numberNode(2147483647);
            case "object" -> JsonNodeFactory.instance.objectNode();
            default -> JsonNodeFactory.instance.nullNode();
          };
    } else if (current.isNumber()) {
      how =
          pick(
              r,
              new String[][] {
                {"2147483647", "Integer.MAX_VALUE"},
                {"9223372036854775807", "Long.MAX_VALUE"},
                {"1e400", "beyond a double"},
                {"-1", "-1"},
                {"1.5", "a fraction"},
                {"123456789012345678901234567890", "30 digits"},
                {"1e-999999999", "an absurd scale"},
                {"\"abc\"", "text instead of a number"},
                {"true", "a boolean"},
                {"null", "null"}
              });
      replacement = TextNode.valueOf(RAW + how[0]);
    } else if (current.isBoolean()) {
      how =
          pick(
              r,
              new String[][] {
                {"\"yes\"", "text instead of a boolean"},
                {"1", "a number instead of a boolean"},
                {"null", "null"}
              });
      replacement = TextNode.valueOf(RAW + how[0]);
    } else if (current.isArray()) {
      how =
          pick(
              r,
              new String[][] {
                {"{}", "an object instead of an array"},
                {"\"x\"", "text instead of an array"},
                {"many", "1000 copies of its first item"},
                {"[null]", "a null item"}
              });
      if (how[0].equals("many")) {
        ArrayNode many = JsonNodeFactory.instance.arrayNode();
        JsonNode item = current.size() > 0 ? current.get(0) : TextNode.valueOf("x");
        for (int i = 0; i < 1000; i++) {
          many.add(item.deepCopy());
        }
        replacement = many;
      } else {
        replacement = TextNode.valueOf(RAW + how[0]);
      }
    } else if (current.isObject()) {
      how =
          pick(
              r,
              new String[][] {
                {"[]", "an array instead of an object"},
                {"\"x\"", "text instead of an object"},
                {"{}", "an empty object"}
              });
      replacement = TextNode.valueOf(RAW + how[0]);
    } else {
      how = new String[] {"\"x\"", "text instead of null"};
      replacement = TextNode.valueOf(RAW + how[0]);
    }
    JsonNode parent = tree.at(pointer.substring(0, pointer.lastIndexOf('/')));
    if (parent instanceof ObjectNode o) {
      o.set(unescape(name), replacement);
    } else if (parent instanceof ArrayNode a) {
      a.set(Integer.parseInt(name), replacement);
    }
    return new Object[] {tree, new Fault(Part.BODY_FIELD, field, how[1])};
  }

  /**
   * The field a client knows a JSON pointer by: its last name ({@code /milestones/0/quarter} is
   * {@code quarter}).
   */
  private static String fieldName(String pointer) {
    String[] parts = pointer.substring(1).split("/");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (!parts[i].matches("\\d+")) {
        return unescape(parts[i]);
      }
    }
    return "body";
  }

  private static void collect(JsonNode node, String pointer, List<String> pointers) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String p = pointer + "/" + f.getKey().replace("~", "~0").replace("/", "~1");
        pointers.add(p);
        collect(f.getValue(), p, pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        pointers.add(pointer + "/" + i);
        collect(node.get(i), pointer + "/" + i, pointers);
      }
    }
  }

  private static void collectObjects(JsonNode node, List<ObjectNode> objects) {
    for (JsonNode child : node) {
      if (child instanceof ObjectNode o) {
        objects.add(o);
      }
      collectObjects(child, objects);
    }
  }

  private static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }

  /**
   * A body valid by the schema: examples where the document gives them, otherwise made up within
   * its bounds.
   */
  JsonNode validJson(JsonNode schemaOrRef, SplittableRandom r, int depth) {
    JsonNode schema = api.resolve(schemaOrRef);
    for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
      if (schema.has(combinator) && schema.get(combinator).size() > 0) {
        return validJson(schema.get(combinator).get(0), r, depth);
      }
    }
    if (schema.has("properties") || isType(schema, "object")) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(n -> required.add(n.asText()));
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
          it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        if (depth < 4 && (required.contains(p.getKey()) || r.nextBoolean())) {
          o.set(p.getKey(), validJson(p.getValue(), r, depth + 1));
        }
      }
      return o;
    }
    if (isType(schema, "array")) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      int max = Math.min(schema.path("maxItems").asInt(2), 2);
      int n = Math.max(schema.path("minItems").asInt(0), depth < 4 ? r.nextInt(max + 1) : 0);
      for (int i = 0; i < n; i++) {
        a.add(validJson(schema.path("items"), r, depth + 1));
      }
      return a;
    }
    return scalar(schema, r);
  }

  private JsonNode scalar(JsonNode schemaOrRef, SplittableRandom r) {
    JsonNode schema = api.resolve(schemaOrRef);
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (schema.has("enum") && schema.get("enum").size() > 0) {
      return schema.get("enum").get(r.nextInt(schema.get("enum").size()));
    }
    if (schema.has("examples") && schema.get("examples").size() > 0 && r.nextBoolean()) {
      return schema.get("examples").get(0);
    }
    String format = schema.path("format").asText("");
    if (isType(schema, "integer")) {
      long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
      long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 100;
      return f.numberNode(min + (long) (r.nextDouble() * (max - min + 1)));
    }
    if (isType(schema, "number")) {
      double min = schema.has("minimum") ? schema.get("minimum").asDouble() : 0;
      double max = schema.has("maximum") ? schema.get("maximum").asDouble() : 100;
      return f.numberNode(
          new BigDecimal(min + r.nextDouble() * (max - min)).setScale(2, RoundingMode.DOWN));
    }
    if (isType(schema, "boolean")) {
      return f.booleanNode(r.nextBoolean());
    }
    return switch (format) {
      case "uuid" -> f.textNode(new UUID(r.nextLong(), r.nextLong()).toString());
      case "date" -> f.textNode("2025-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(10));
      case "date-time" -> f.textNode("2025-03-31T09:00:00Z");
      case "local-time", "time" -> f.textNode("09:30:00");
      default -> f.textNode(text(schema, r));
    };
  }

  private static String text(JsonNode schema, SplittableRandom r) {
    String pattern = schema.path("pattern").asText("");
    if (pattern.contains("a-fA-F0-9]{8}")) {
      return new UUID(r.nextLong(), r.nextLong()).toString();
    }
    int max = schema.path("maxLength").asInt(20);
    String[] words = {"ITA", "มาตรการ", "Q1", "DITP", "test", "การประเมิน"};
    String word = words[r.nextInt(words.length)];
    return word.length() > max ? word.substring(0, Math.max(1, max)) : word;
  }

  private static boolean isType(JsonNode schema, String type) {
    JsonNode declared = schema.path("type");
    if (declared.isArray()) {
      for (JsonNode t : declared) {
        if (type.equals(t.asText())) {
          return true;
        }
      }
      return false;
    }
    return type.equals(declared.asText());
  }

  private static String[] pick(SplittableRandom r, String[][] choices) {
    return choices[r.nextInt(choices.length)];
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "A valid body given to the fuzz suite is not JSON: " + json, e);
    }
  }

  /**
   * JSON text with every non-ASCII character escaped, so control characters and lone surrogates
   * survive as sent.
   */
  private static String write(JsonNode tree) {
    try {
      // Raw values (numbers no JsonNode can hold, wrong types) travel as marked strings until here.
      return unmark(JSON.writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String unmark(String text) {
    StringBuilder out = new StringBuilder();
    String marker = "\"\\u0000raw:";
    int at = 0;
    int found;
    while ((found = text.indexOf(marker, at)) >= 0) {
      out.append(text, at, found);
      int end = found + marker.length();
      StringBuilder raw = new StringBuilder();
      while (text.charAt(end) != '"') {
        if (text.charAt(end) == '\\') {
          raw.append(text.charAt(end + 1));
          end += 2;
        } else {
          raw.append(text.charAt(end++));
        }
      }
      out.append(raw);
      at = end + 1;
    }
    return out.append(text.substring(at)).toString();
  }

  /**
   * Percent-encodes UTF-8 for a path segment or a query value; a lone surrogate becomes '?', as any
   * encoder does.
   */
  static String encode(String value, boolean pathSegment) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
