package th.ita.platform.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the error answers every operation can give, once for all services: each operation lists
 * 400, 401, 403 and 500 as {@code application/problem+json} with the shared {@code Problem} schema,
 * so generated clients get one typed error model instead of anonymous objects.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

  private static final String PROBLEM_REF = "#/components/schemas/Problem";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    if (openAPI.getComponents().getSchemas() == null
        || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
      openAPI.getComponents().addSchema("FieldError", fieldErrorSchema());
      openAPI.getComponents().addSchema("Problem", problemSchema());
    }
    if (openAPI.getPaths() == null) {
      return;
    }
    for (PathItem item : openAPI.getPaths().getPathItems().values()) {
      for (Operation operation : item.getOperations().values()) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
          responses = OASFactory.createAPIResponses();
          operation.setResponses(responses);
        }
        // Error responses an operation declares itself (404, 409, 412 …) get the Problem body too.
        responses
            .getAPIResponses()
            .forEach(
                (status, response) -> {
                  if ((status.startsWith("4") || status.startsWith("5"))
                      && response.getContent() == null) {
                    response.setContent(problemContent());
                  }
                });
        add(responses, "400", "The request is invalid; every offending field is listed");
        add(responses, "401", "No valid bearer token");
        add(responses, "403", "The token's role or agency does not allow this");
        add(responses, "500", "Unexpected error; the body carries an error id");
      }
    }
  }

  private static void add(APIResponses responses, String status, String description) {
    if (responses.hasAPIResponse(status)) {
      return;
    }
    responses.addAPIResponse(
        status, OASFactory.createAPIResponse().description(description).content(problemContent()));
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            "application/problem+json",
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem detail")
        .properties(
            Map.of(
                "type", string("URI reference naming the kind of problem"),
                "title", string("Short summary of the kind of problem"),
                "status",
                    OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"),
                "detail", string("What went wrong with this request"),
                "instance", string("The request path"),
                "errors",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")),
                "context",
                    OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .description("Extra facts, such as the allowed transitions")
                        .additionalPropertiesSchema(OASFactory.createSchema())))
        .required(List.of("type", "title", "status"));
  }

  private static Schema fieldErrorSchema() {
    return OASFactory.createSchema()
        .addType(Schema.SchemaType.OBJECT)
        .properties(
            Map.of(
                "field", string("JSON path of the offending field, e.g. questions[3].score"),
                "message", string("Why it was rejected"),
                "rejectedValue",
                    OASFactory.createSchema().description("The rejected value, when scalar")))
        .required(List.of("field", "message"));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
  }
}
