package th.ita.measures.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.measures.service.TemplateLibrary;
import th.ita.measures.service.TemplateLibrary.Template;
import th.ita.platform.common.validation.Code;

@Path("/api/v1/measure-templates")
@Tag(
    name = "Measure templates",
    description = "Measures curated from real agencies' plans, to start from")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TemplateResource {

  private final TemplateLibrary library;

  public TemplateResource(TemplateLibrary library) {
    this.library = library;
  }

  @GET
  @Operation(
      operationId = "listMeasureTemplates",
      summary = "List measure templates",
      description =
          "The template library, or the templates proposed for one question (by its code, else by its NACC issue).")
  @APIResponse(
      responseCode = "200",
      description = "The templates",
      content =
          @Content(schema = @Schema(implementation = Template.class, type = SchemaType.ARRAY)))
  public List<Template> list(
      @QueryParam("question") @Code String question,
      @QueryParam("issue")
          @Min(value = 1, message = "must be a NACC issue from 1 to 7")
          @Max(value = 7, message = "must be a NACC issue from 1 to 7")
          Integer issue) {
    if (question != null) {
      return library.forQuestion(question, issue == null ? List.of() : List.of(issue));
    }
    if (issue != null) {
      return library.all().stream()
          .filter(t -> t.issues() != null && t.issues().contains(issue))
          .toList();
    }
    return library.all();
  }
}
