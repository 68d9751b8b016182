package th.ita.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /api} operations of the OpenAPI document a service serves, read at test time, so that
 * suites derived from it cover a new endpoint without new test code.
 */
public final class ServedApi {

  private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;
  private final List<Operation> operations;

  private ServedApi(JsonNode document) {
    this.document = document;
    this.operations = readOperations();
  }

  /** The document the service under test serves at {@code /q/openapi}. */
  public static ServedApi fetch() {
    HttpResponse<String> response =
        TestHttp.send(
            HttpRequest.newBuilder(URI.create(TestHttp.baseUri() + "/q/openapi?format=json"))
                .GET()
                .build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("/q/openapi answered " + response.statusCode());
    }
    return of(response.body());
  }

  public static ServedApi of(String json) {
    try {
      return new ServedApi(JSON.readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Operation> operations() {
    return operations;
  }

  /** The schema itself when it is not a {@code $ref} to a component, else the component. */
  public JsonNode resolve(JsonNode schema) {
    JsonNode current = schema;
    for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
      String ref = current.get("$ref").asText();
      JsonNode target = document.at(ref.substring(1));
      if (target.isMissingNode()) {
        return current;
      }
      // OpenAPI 3.1 lets siblings sit beside a $ref (a date with its examples): keep both.
      if (current.size() > 1 && target.isObject()) {
        var merged = ((ObjectNode) target).deepCopy();
        current
            .fields()
            .forEachRemaining(
                f -> {
                  if (!f.getKey().equals("$ref")) {
                    merged.set(f.getKey(), f.getValue());
                  }
                });
        current = merged;
      } else {
        current = target;
      }
    }
    return current;
  }

  private List<Operation> readOperations() {
    List<Operation> result = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (String method : METHODS) {
        JsonNode op = path.getValue().get(method);
        if (op == null) {
          continue;
        }
        List<Parameter> parameters = new ArrayList<>();
        List<JsonNode> declared = new ArrayList<>();
        path.getValue().path("parameters").forEach(declared::add);
        op.path("parameters").forEach(declared::add);
        for (JsonNode p : declared) {
          JsonNode resolved = resolve(p);
          parameters.add(
              new Parameter(
                  resolved.path("name").asText(),
                  resolved.path("in").asText(),
                  resolved.path("required").asBoolean(false),
                  resolve(resolved.path("schema"))));
        }
        JsonNode body = op.path("requestBody");
        String bodyType = null;
        JsonNode bodySchema = null;
        if (!body.isMissingNode()) {
          Iterator<Map.Entry<String, JsonNode>> content = body.path("content").fields();
          if (content.hasNext()) {
            Map.Entry<String, JsonNode> first = content.next();
            bodyType = first.getKey();
            bodySchema = first.getValue().path("schema");
          }
        }
        List<String> produces = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> rs = op.path("responses").fields();
            rs.hasNext(); ) {
          Map.Entry<String, JsonNode> r = rs.next();
          if (r.getKey().startsWith("2")) {
            r.getValue().path("content").fieldNames().forEachRemaining(produces::add);
          }
        }
        result.add(
            new Operation(
                method.toUpperCase(),
                path.getKey(),
                op.path("operationId").asText(),
                parameters,
                bodyType,
                bodySchema,
                body.path("required").asBoolean(false),
                produces));
      }
    }
    return result;
  }

  /**
   * One operation: {@code method path}, its parameters, its body and what its successes produce.
   */
  public record Operation(
      String method,
      String path,
      String operationId,
      List<Parameter> parameters,
      String bodyMediaType,
      JsonNode bodySchema,
      boolean bodyRequired,
      List<String> produces) {

    public List<Parameter> in(String location) {
      return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    public boolean hasBody() {
      return bodyMediaType != null;
    }

    /**
     * True when {@code concretePath} (without query) is an instance of this operation's path
     * template.
     */
    public boolean matches(String httpMethod, String concretePath) {
      if (!method.equalsIgnoreCase(httpMethod)) {
        return false;
      }
      StringBuilder regex = new StringBuilder();
      Matcher m = Pattern.compile("\\{[^}]+}").matcher(path);
      int last = 0;
      while (m.find()) {
        regex.append(Pattern.quote(path.substring(last, m.start()))).append("[^/]+?");
        last = m.end();
      }
      regex.append(Pattern.quote(path.substring(last)));
      String withoutQuery =
          concretePath.contains("?")
              ? concretePath.substring(0, concretePath.indexOf('?'))
              : concretePath;
      return withoutQuery.matches(regex.toString());
    }

    @Override
    public String toString() {
      return operationId + " (" + method + " " + path + ")";
    }
  }

  /** A path, query or header parameter with its resolved schema. */
  public record Parameter(String name, String in, boolean required, JsonNode schema) {}
}
