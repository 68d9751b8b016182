package th.ita.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the OpenAPI document a service serves against the platform's conventions, so that
 * integrators can generate clients from it: every operation has an operationId, a tag, a
 * description and typed responses, errors use the shared Problem schema, the bearer scheme is
 * declared, and closed sets of values are enums ("enums as enums").
 */
public final class OpenApiConventions {

  /**
   * Property names that hold a closed set of values wherever they appear on the platform, by ending
   * (statuses, states, quarters, tiers, tools, kinds, categories, formats) or whole ({@code type},
   * {@code part}, {@code lang}, {@code round}); case-insensitive. An array named in the plural
   * ({@code quarters}) is held to it too. {@code source} is not here: most sources are free text
   * (where a result's figures come from), so the closed ones are enums by review.
   */
  private static final List<String> CLOSED_SET_ENDINGS =
      List.of("status", "state", "quarter", "tier", "tool", "kind", "category", "format");

  private static final List<String> CLOSED_SET_NAMES = List.of("type", "part", "lang", "round");

  private OpenApiConventions() {}

  /** Returns every breach found; an empty list means the document follows the conventions. */
  public static List<String> breaches() throws Exception {
    String body =
        given()
            .accept("application/json")
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return breaches(new ObjectMapper().readTree(body));
  }

  /** Every breach in the given document. */
  public static List<String> breaches(JsonNode doc) {
    List<String> breaches = new ArrayList<>();
    if (doc.at("/components/securitySchemes/bearerAuth").isMissingNode()) {
      breaches.add("no bearerAuth security scheme");
    }
    if (doc.at("/components/schemas/Problem").isMissingNode()) {
      breaches.add("no Problem schema");
    }
    List<String> operationIds = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        paths.hasNext(); ) {
      Map.Entry<String, JsonNode> path = paths.next();
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
        Map.Entry<String, JsonNode> op = ops.next();
        if (!List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
          continue;
        }
        String where = op.getKey().toUpperCase() + " " + path.getKey();
        JsonNode operation = op.getValue();
        String id = operation.path("operationId").asText("");
        if (id.isEmpty()) {
          breaches.add(where + ": no operationId");
        } else if (operationIds.contains(id)) {
          breaches.add(where + ": duplicate operationId " + id);
        }
        operationIds.add(id);
        if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()) {
          breaches.add(where + ": no tag");
        }
        if (operation.path("description").asText("").isBlank()) {
          breaches.add(where + ": no description");
        }
        if (operation.path("security").isMissingNode()) {
          breaches.add(where + ": no security requirement");
        }
        JsonNode responses = operation.path("responses");
        boolean typedSuccess = false;
        for (Iterator<Map.Entry<String, JsonNode>> rs = responses.fields(); rs.hasNext(); ) {
          Map.Entry<String, JsonNode> r = rs.next();
          if (r.getKey().startsWith("2")
              && (r.getValue().has("content") || r.getKey().equals("204"))) {
            typedSuccess = true;
          }
          if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
            String ref =
                r.getValue().at("/content/application~1problem+json/schema/$ref").asText("");
            if (!ref.endsWith("/Problem")) {
              breaches.add(where + ": " + r.getKey() + " is not a Problem");
            }
          }
        }
        if (!typedSuccess) {
          breaches.add(where + ": no typed success response");
        }
      }
    }
    if (operationIds.isEmpty()) {
      breaches.add("no /api operations at all");
    }
    breaches.addAll(closedSetsAsBareStrings(doc));
    danglingRefs(doc, doc, breaches);
    return breaches;
  }

  /**
   * Every {@code $ref} names a component the document has (a string field may point at one by
   * name).
   */
  private static void danglingRefs(JsonNode doc, JsonNode node, List<String> breaches) {
    String ref = node.path("$ref").asText("");
    if (ref.startsWith("#/") && doc.at(ref.substring(1)).isMissingNode()) {
      breaches.add("$ref to a missing component: " + ref);
    }
    for (JsonNode child : node) {
      danglingRefs(doc, child, breaches);
    }
  }

  /** Component properties named for a closed set whose schema is a plain string, not an enum. */
  private static List<String> closedSetsAsBareStrings(JsonNode doc) {
    List<String> breaches = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> schemas = doc.at("/components/schemas").fields();
        schemas.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = schemas.next();
      for (Iterator<Map.Entry<String, JsonNode>> props =
              schema.getValue().path("properties").fields();
          props.hasNext(); ) {
        Map.Entry<String, JsonNode> prop = props.next();
        String name = prop.getKey();
        JsonNode value = prop.getValue();
        if (isOfType(value, "array") && name.endsWith("s")) {
          name = name.substring(0, name.length() - 1);
          value = value.path("items");
        }
        if (namesClosedSet(name)
            && isOfType(value, "string")
            && !value.has("enum")
            && !value.has("const")
            && !value.has("$ref")
            && !value.has("format")) {
          breaches.add(
              schema.getKey()
                  + "."
                  + prop.getKey()
                  + ": a closed set of values as a plain string; make it an enum");
        }
      }
    }
    return breaches;
  }

  private static boolean namesClosedSet(String property) {
    String name = property.toLowerCase(Locale.ROOT);
    return CLOSED_SET_NAMES.contains(name) || CLOSED_SET_ENDINGS.stream().anyMatch(name::endsWith);
  }

  /**
   * {@code type} is one name, or in OpenAPI 3.1 possibly a list such as {@code ["string", "null"]}.
   */
  private static boolean isOfType(JsonNode schema, String type) {
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
}
