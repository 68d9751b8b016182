package th.ita.platform.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks the OpenAPI document a service serves against the platform's conventions, so that
 * integrators can generate clients from it: every operation has an operationId, a tag, a
 * description and typed responses, errors use the shared Problem schema, and the bearer scheme is
 * declared.
 */
public final class OpenApiConventions {

  private OpenApiConventions() {}

  /** Returns every breach found; an empty list means the document follows the conventions. */
  public static List<String> breaches() throws Exception {
    String body = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
        .extract().asString();
    JsonNode doc = new ObjectMapper().readTree(body);
    List<String> breaches = new ArrayList<>();
    if (doc.at("/components/securitySchemes/bearerAuth").isMissingNode()) {
      breaches.add("no bearerAuth security scheme");
    }
    if (doc.at("/components/schemas/Problem").isMissingNode()) {
      breaches.add("no Problem schema");
    }
    List<String> operationIds = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
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
          if (r.getKey().startsWith("2") && (r.getValue().has("content") || r.getKey().equals("204"))) {
            typedSuccess = true;
          }
          if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
            String ref = r.getValue().at("/content/application~1problem+json/schema/$ref").asText("");
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
    return breaches;
  }
}
