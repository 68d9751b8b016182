package th.ita.measures.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Plan;
import th.ita.measures.mapping.GapListMapper;
import th.ita.measures.mapping.PlanMapper;
import th.ita.measures.rest.view.PlanViews.GapListView;
import th.ita.measures.rest.view.PlanViews.MeasureView;
import th.ita.measures.rest.view.PlanViews.PlanView;
import th.ita.measures.service.ApprovalInput;
import th.ita.measures.service.GapListService;
import th.ita.measures.service.MeasureInput;
import th.ita.measures.service.PlanAccess;
import th.ita.measures.service.PlanInput;
import th.ita.measures.service.PlanService;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.platform.common.validation.Score;

@Path("/api/v1/agencies/{agencyCode}")
@Tag(
    name = "Plans",
    description = "An agency's improvement plan for a fiscal year and its measures")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
// Each call is one transaction, the answer's view included: were the view read after the change
// committed, a connection lost in between would answer 503 for a change that was made.
@Transactional
public class PlanResource {

  private final PlanService plans;
  private final GapListService gaps;
  private final PlanAccess access;
  private final PlanMapper mapper;
  private final GapListMapper gapMapper;
  private final CallerAgency caller;

  public PlanResource(
      PlanService plans,
      GapListService gaps,
      PlanAccess access,
      PlanMapper mapper,
      GapListMapper gapMapper,
      CallerAgency caller) {
    this.plans = plans;
    this.gaps = gaps;
    this.access = access;
    this.mapper = mapper;
    this.gapMapper = gapMapper;
    this.caller = caller;
  }

  @GET
  @Path("/plans/{fiscalYear}")
  @Operation(
      operationId = "getPlan",
      summary = "Get a plan with its measures",
      description =
          "The agency's plan for a fiscal year with every measure and milestone. Agency officers see their own agency's plans, ita-admins all; other roles only published plans.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "404", description = "No plan for that year")
  public Response get(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear) {
    Plan plan = plans.get(agencyCode, fiscalYear);
    access.requireRead(plan, () -> PlanService.noPlan(agencyCode, fiscalYear));
    return Response.ok(view(plan)).tag(ETags.of(plan.version)).build();
  }

  @PUT
  @Path("/plans/{fiscalYear}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putPlan",
      summary = "Start or edit a plan",
      description =
          "Creates the agency's plan for the fiscal year, or edits a draft one (send its ETag as If-Match). The agency's own officers or an ita-admin.")
  @APIResponse(
      responseCode = "200",
      description = "The plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency")
  @APIResponse(responseCode = "409", description = "The plan is no longer a draft")
  @APIResponse(responseCode = "412", description = "The plan changed since it was read")
  @APIResponse(
      responseCode = "428",
      description = "If-Match is missing on an edit of an existing plan")
  public Response put(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "The ETag from GET; required to edit an existing plan")
          @HeaderParam("If-Match")
          String ifMatch,
      @Valid PlanInput input) {
    access.requireWrite(agencyCode);
    Plan plan =
        plans.put(
            agencyCode,
            fiscalYear,
            input == null ? PlanInput.empty() : input,
            ETags.optional(ifMatch),
            caller.username());
    return Response.ok(view(plan)).tag(ETags.of(plan.version)).build();
  }

  @POST
  @Path("/plans/{fiscalYear}/measures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addMeasure",
      summary = "Add a measure to a plan",
      description =
          "Adds a measure with its steps, period, responsible units, monitoring, reporting and quarterly milestones. The period must lie in the plan's fiscal year, and each milestone's quarter in the period.")
  @APIResponse(
      responseCode = "201",
      description = "The measure",
      content = @Content(schema = @Schema(implementation = MeasureView.class)))
  @APIResponse(responseCode = "404", description = "No plan for that year")
  @APIResponse(responseCode = "409", description = "The plan is published")
  public Response addMeasure(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @NotNull(message = "a JSON body is required") @Valid MeasureInput input,
      @Context UriInfo uri) {
    access.requireWrite(agencyCode);
    Measure m = plans.addMeasure(agencyCode, fiscalYear, input, caller.username());
    return Response.created(
            uri.getBaseUriBuilder().path("api/v1/measures").path(m.id.toString()).build())
        .entity(mapper.toView(m, List.of()))
        .tag(ETags.of(m.version))
        .build();
  }

  @POST
  @Path("/plans/{fiscalYear}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "approvePlan",
      summary = "Record the head of agency's approval of a draft plan",
      description =
          "Records who approved the plan (approverNameTh), in what position (approverPositionTh: อธิบดี, ผู้อำนวยการ …) and on which day (approvedOn, today in Bangkok when omitted; never in the future). Only the head of the agency (a token with the roles agency-officer and agency-head for the agency) or an ita-admin: an officer without agency-head gets 403. Send the plan's ETag as If-Match. Its draft measures become PLANNED, and PlanApproved announces the plan with the approval.")
  @APIResponse(
      responseCode = "200",
      description = "The approved plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(
      responseCode = "400",
      description = "The approver's name or position is missing, or the date is in the future")
  @APIResponse(
      responseCode = "403",
      description = "The caller is not the head of the agency nor an ita-admin")
  @APIResponse(responseCode = "409", description = "The plan is not a draft, or has no measures")
  @APIResponse(responseCode = "412", description = "The plan changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response approve(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body naming the approver is required") @Valid
          ApprovalInput approval) {
    access.requireApprove(agencyCode);
    Plan plan =
        plans.approve(agencyCode, fiscalYear, approval, ETags.optional(ifMatch), caller.username());
    return Response.ok(view(plan)).tag(ETags.of(plan.version)).build();
  }

  @POST
  @Path("/plans/{fiscalYear}/publish")
  @Operation(
      operationId = "publishPlan",
      summary = "Publish an approved plan",
      description =
          "Makes the plan public (OIT o34 / O42) and announces PlanPublished. Send its ETag as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The published plan",
      content = @Content(schema = @Schema(implementation = PlanView.class)))
  @APIResponse(responseCode = "409", description = "The plan is not approved")
  @APIResponse(responseCode = "412", description = "The plan changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response publish(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch) {
    access.requireWrite(agencyCode);
    Plan plan = plans.publish(agencyCode, fiscalYear, ETags.optional(ifMatch), caller.username());
    return Response.ok(view(plan)).tag(ETags.of(plan.version)).build();
  }

  @GET
  @Path("/gap-lists/{fiscalYear}/proposed-measures")
  @Operation(
      operationId = "getProposedMeasures",
      summary = "Draft measures for the gap list",
      description =
          "Measures from the template library for the questions of the gap list, ready to edit and add to the plan with addMeasure: each aims at the questions it answers (with their scores), runs the whole fiscal year and brings the template's steps and quarterly milestones.")
  @APIResponse(
      responseCode = "200",
      description = "The proposals",
      content =
          @Content(schema = @Schema(implementation = MeasureInput.class, type = SchemaType.ARRAY)))
  @APIResponse(
      responseCode = "404",
      description = "No published result has arrived for the year before")
  public List<MeasureInput> proposedMeasures(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @QueryParam("keepAbove") @Score BigDecimal keepAbove,
      @QueryParam("urgentBelow") @Score BigDecimal urgentBelow) {
    caller.requireAccess(agencyCode);
    return gaps.proposedMeasures(agencyCode, fiscalYear, keepAbove, urgentBelow);
  }

  @GET
  @Path("/gap-lists/{fiscalYear}")
  @Operation(
      operationId = "getGapList",
      summary = "What to work on next year",
      description =
          "From the agency's published result of the year before: the questions at or below keepAbove (default 97.50), tiered IMPROVE or URGENT (below urgentBelow, default 95.00), weakest first, grouped by the seven NACC issues, each with measures proposed from the template library.")
  @APIResponse(
      responseCode = "200",
      description = "The gap list",
      content = @Content(schema = @Schema(implementation = GapListView.class)))
  @APIResponse(
      responseCode = "404",
      description = "No published result has arrived for the year before")
  public GapListView gapList(
      @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The plan's fiscal year", example = "2568")
          @PathParam("fiscalYear")
          @BuddhistYear
          int fiscalYear,
      @QueryParam("keepAbove") @Score BigDecimal keepAbove,
      @QueryParam("urgentBelow") @Score BigDecimal urgentBelow) {
    caller.requireAccess(agencyCode);
    return gapMapper.toView(gaps.get(agencyCode, fiscalYear, keepAbove, urgentBelow));
  }

  private PlanView view(Plan plan) {
    return mapper.toView(plan, plans.agencyNameTh(plan), plans.evidenceOf(plan));
  }
}
