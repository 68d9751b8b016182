package th.ita.assessment.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyInput;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.mapping.AgencyMapper;
import th.ita.assessment.rest.view.AgencyView;
import th.ita.assessment.service.AgencyService;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.security.Roles;
import th.ita.platform.common.validation.Code;
import th.ita.platform.common.validation.SearchText;

@Path("/api/v1/agencies")
@Tag(name = "Agencies", description = "The registry of assessed public bodies")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AgencyResource {

  private static final String EXAMPLE =
      """
      {"code":"DITP","nameTh":"กรมส่งเสริมการค้าระหว่างประเทศ","nameEn":"Department of International Trade Promotion",
       "type":"DEPARTMENT","ministry":{"code":"MOC","nameTh":"กระทรวงพาณิชย์","nameEn":"Ministry of Commerce"}}""";

  private final AgencyService service;
  private final AgencyMapper mapper;
  private final CallerAgency caller;

  public AgencyResource(AgencyService service, AgencyMapper mapper, CallerAgency caller) {
    this.service = service;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "listAgencies",
      summary = "List agencies",
      description =
          "Agencies matching the filters, sorted by code. An agency officer sees only their own agency.")
  @APIResponse(responseCode = "200", description = "One page of agencies")
  public AgencyPage list(
      @Parameter(description = "Only agencies of this type") @QueryParam("type") AgencyType type,
      @Parameter(description = "Only agencies of this ministry code", example = "MOC")
          @QueryParam("ministry")
          @Code
          String ministry,
      @Parameter(description = "Text found in the code or the Thai or English name")
          @QueryParam("q")
          @SearchText
          String text,
      @Valid @BeanParam PageRequest page) {
    String only = caller.isNational() ? null : caller.ownAgency().orElse("");
    Page<AgencyView> result = service.search(type, ministry, text, only, page).map(mapper::toView);
    return AgencyPage.of(result);
  }

  @GET
  @Path("/{agencyCode}")
  @Operation(
      operationId = "getAgency",
      summary = "Get an agency",
      description = "One agency, with its version as ETag.")
  @APIResponse(
      responseCode = "200",
      description = "The agency",
      content = @Content(schema = @Schema(implementation = AgencyView.class)))
  @APIResponse(responseCode = "404", description = "No such agency")
  public Response get(@Parameter(example = "DITP") @PathParam("agencyCode") @Code String code) {
    caller.requireAccess(code);
    Agency agency = service.get(code);
    return Response.ok(mapper.toView(agency)).tag(ETags.of(agency.version)).build();
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "registerAgency",
      summary = "Register an agency",
      description =
          "Adds an agency to the registry and announces it with an AgencyRegistered event. ita-admin only.")
  @APIResponse(
      responseCode = "201",
      description = "Registered",
      content = @Content(schema = @Schema(implementation = AgencyView.class)))
  @APIResponse(responseCode = "409", description = "The code is already registered")
  public Response register(
      @NotNull(message = "a JSON body is required")
          @Valid
          @RequestBody(
              content = @Content(examples = @ExampleObject(name = "DITP", value = EXAMPLE)))
          AgencyInput input,
      @Context UriInfo uri) {
    Agency agency = service.register(input, caller.username());
    return Response.created(uri.getAbsolutePathBuilder().path(agency.code).build())
        .entity(mapper.toView(agency))
        .tag(ETags.of(agency.version))
        .build();
  }

  @PUT
  @Path("/{agencyCode}")
  @RolesAllowed(Roles.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateAgency",
      summary = "Update an agency",
      description =
          "Replaces the agency's details. Send the ETag you read as If-Match: a stale one answers 412, so that concurrent edits never overwrite each other. ita-admin only.")
  @APIResponse(
      responseCode = "200",
      description = "Updated",
      content = @Content(schema = @Schema(implementation = AgencyView.class)))
  @APIResponse(responseCode = "404", description = "No such agency")
  @APIResponse(responseCode = "412", description = "The agency changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("agencyCode") @Code String code,
      @Parameter(description = "The ETag from GET, e.g. \"3\"", required = true)
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid AgencyInput input) {
    Agency agency =
        service.update(code, ETags.required(ifMatch, "agency"), input, caller.username());
    return Response.ok(mapper.toView(agency)).tag(ETags.of(agency.version)).build();
  }

  /** A named page type, so that generated clients get a typed list. */
  @Schema(name = "AgencyPage")
  public record AgencyPage(
      List<AgencyView> items, int page, int size, long totalItems, int totalPages) {
    static AgencyPage of(Page<AgencyView> p) {
      return new AgencyPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
    }
  }
}
