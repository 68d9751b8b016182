package th.ita.assessment.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.service.FrameworkService;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;
import th.ita.platform.common.validation.BuddhistYear;

@Path("/api/v1/frameworks")
@Tag(
    name = "Frameworks",
    description =
        "Each fiscal year's ITA questionnaire: tools, indicators, questions, weights and level bands")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

  private final FrameworkService frameworks;
  private final CallerAgency caller;

  public FrameworkResource(FrameworkService frameworks, CallerAgency caller) {
    this.frameworks = frameworks;
    this.caller = caller;
  }

  /** A framework in a list: enough to choose one. */
  @Schema(name = "FrameworkSummary")
  public record FrameworkSummary(
      @Schema(examples = "2567") int fiscalYear,
      String titleTh,
      String titleEn,
      int tools,
      int indicators,
      int questions,
      List<String> levels,
      long version) {}

  /** The answer to a clone request. */
  @Schema(name = "CloneFrameworkRequest")
  public record CloneRequest(
      @Schema(description = "The new Buddhist-era fiscal year", examples = "2569")
          @NotNull
          @Min(2500)
          @Max(2700)
          Integer fiscalYear) {}

  @GET
  @Operation(
      operationId = "listFrameworks",
      summary = "List frameworks",
      description = "Every fiscal year's framework, oldest first.")
  @APIResponse(
      responseCode = "200",
      description = "The frameworks",
      content =
          @Content(
              schema = @Schema(implementation = FrameworkSummary.class, type = SchemaType.ARRAY)))
  public List<FrameworkSummary> list() {
    return frameworks.list().stream()
        .map(
            r -> {
              FrameworkDefinition d = frameworks.definition(r);
              return new FrameworkSummary(
                  r.fiscalYear,
                  d.titleTh(),
                  d.titleEn(),
                  d.tools().size(),
                  d.indicators().size(),
                  d.questions().size(),
                  d.levels().stream().map(FrameworkDefinition.Level::code).toList(),
                  r.version);
            })
        .toList();
  }

  @GET
  @Path("/{fiscalYear}")
  @Operation(
      operationId = "getFramework",
      summary = "Get a year's framework",
      description = "The whole questionnaire of a fiscal year, with its version as ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The framework",
      content = @Content(schema = @Schema(implementation = FrameworkDefinition.class)))
  @APIResponse(responseCode = "404", description = "No framework for that year")
  public Response get(
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear) {
    FrameworkRecord record = frameworks.record(fiscalYear);
    return Response.ok(frameworks.definition(record)).tag(ETags.of(record.version)).build();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createFramework",
      summary = "Create a year's framework",
      description =
          "Adds a new fiscal year's framework after checking it: every question in exactly one indicator, weights summing to 1, ordered level bands, unique codes. ita-admin only.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = FrameworkDefinition.class)))
  @APIResponse(responseCode = "409", description = "That year already has a framework")
  public Response create(
      @NotNull(message = "a JSON body is required") FrameworkDefinition definition,
      @Context UriInfo uri) {
    return created(frameworks.create(definition, caller.username()), uri.getAbsolutePathBuilder());
  }

  @POST
  @Path("/{fiscalYear}/clone")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "cloneFramework",
      summary = "Start next year's framework from this one",
      description =
          "Copies a year's framework to a new fiscal year, to be edited with PUT before any result is scored against it. ita-admin only.")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(implementation = FrameworkDefinition.class)))
  @APIResponse(responseCode = "404", description = "No framework to copy")
  @APIResponse(responseCode = "409", description = "The new year already has a framework")
  public Response cloneYear(
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @NotNull(message = "a JSON body is required") @Valid CloneRequest request,
      @Context UriInfo uri) {
    return created(
        frameworks.cloneYear(fiscalYear, request.fiscalYear(), caller.username()),
        uri.getBaseUriBuilder().path("api/v1/frameworks"));
  }

  @PUT
  @Path("/{fiscalYear}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateFramework",
      summary = "Edit a year's framework",
      description =
          "Replaces a framework that no result has been scored against yet. Send the ETag from GET as If-Match. ita-admin only.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = FrameworkDefinition.class)))
  @APIResponse(responseCode = "409", description = "Results already use this framework")
  @APIResponse(responseCode = "412", description = "The framework changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") FrameworkDefinition definition) {
    FrameworkRecord record =
        frameworks.update(
            fiscalYear, ETags.required(ifMatch, "framework"), definition, caller.username());
    return Response.ok(frameworks.definition(record)).tag(ETags.of(record.version)).build();
  }

  private Response created(FrameworkRecord record, UriBuilder base) {
    return Response.created(base.path(String.valueOf(record.fiscalYear)).build())
        .entity(frameworks.definition(record))
        .tag(ETags.of(record.version))
        .build();
  }
}
