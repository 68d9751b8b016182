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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.measures.domain.Measure;
import th.ita.measures.mapping.PlanMapper;
import th.ita.measures.rest.view.PlanViews.EvidenceView;
import th.ita.measures.rest.view.PlanViews.MeasureView;
import th.ita.measures.rest.view.PlanViews.StatusChangeView;
import th.ita.measures.service.EvidenceInput;
import th.ita.measures.service.MeasureInput;
import th.ita.measures.service.MeasureService;
import th.ita.measures.service.PlanAccess;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;

@Path("/api/v1/measures/{measureId}")
@Tag(
    name = "Measures",
    description = "One measure: its details, status, milestones, evidence and history")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
// Each call is one transaction, the answer's view included: were the view read after the change
// committed, a connection lost in between would answer 503 for a change that was made.
@Transactional
public class MeasureResource {

  private final MeasureService measures;
  private final PlanAccess access;
  private final PlanMapper mapper;
  private final CallerAgency caller;

  public MeasureResource(
      MeasureService measures, PlanAccess access, PlanMapper mapper, CallerAgency caller) {
    this.measures = measures;
    this.access = access;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Operation(
      operationId = "getMeasure",
      summary = "Get a measure",
      description = "A measure with its milestones, readable like its plan.")
  @APIResponse(
      responseCode = "200",
      description = "The measure",
      content = @Content(schema = @Schema(implementation = MeasureView.class)))
  @APIResponse(responseCode = "404", description = "No such measure")
  public Response get(@PathParam("measureId") UUID id) {
    Measure m = readable(id);
    return Response.ok(view(m)).tag(ETags.of(m.version)).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateMeasure",
      summary = "Edit a measure",
      description =
          "Replaces the measure's details (milestones are matched by quarter, keeping their progress). Send its ETag as If-Match: a stale one answers 412.")
  @APIResponse(
      responseCode = "200",
      description = "The measure",
      content = @Content(schema = @Schema(implementation = MeasureView.class)))
  @APIResponse(responseCode = "412", description = "The measure changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("measureId") UUID id,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid MeasureInput input) {
    writable(id);
    Measure m = measures.update(id, ETags.optional(ifMatch), input, caller.username());
    return Response.ok(view(m)).tag(ETags.of(m.version)).build();
  }

  @POST
  @Path("/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMeasureStatus",
      summary = "Move a measure to another status",
      description =
          "Allowed: DRAFT→PLANNED|CANCELLED; PLANNED→IN_PROGRESS|ON_HOLD|CANCELLED; IN_PROGRESS→COMPLETED|ON_HOLD|CANCELLED; DELAYED→IN_PROGRESS|COMPLETED|ON_HOLD|CANCELLED; ON_HOLD→PLANNED|IN_PROGRESS|CANCELLED. DELAYED is set by the overdue job. Anything else answers 409 listing the allowed transitions. The change is kept in the history and announced as MeasureStatusChanged.")
  @APIResponse(
      responseCode = "200",
      description = "The measure",
      content = @Content(schema = @Schema(implementation = MeasureView.class)))
  @APIResponse(responseCode = "409", description = "Not an allowed transition")
  @APIResponse(
      responseCode = "412",
      description = "The measure changed since it was read (when If-Match is sent)")
  public Response changeStatus(
      @PathParam("measureId") UUID id,
      @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest request) {
    writable(id);
    Measure m =
        measures.changeStatus(
            id, request.to(), request.note(), ETags.optional(ifMatch), caller.username());
    return Response.ok(view(m)).tag(ETags.of(m.version)).build();
  }

  @POST
  @Path("/milestones/{milestoneId}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "changeMilestoneStatus",
      summary = "Move a milestone to another status",
      description =
          "PLANNED→IN_PROGRESS|DONE; IN_PROGRESS→DONE; OVERDUE→IN_PROGRESS|DONE; DONE→IN_PROGRESS. OVERDUE is set by the overdue job. Announced as MilestoneStatusChanged.")
  @APIResponse(
      responseCode = "200",
      description = "The measure",
      content = @Content(schema = @Schema(implementation = MeasureView.class)))
  @APIResponse(responseCode = "404", description = "No such milestone")
  @APIResponse(responseCode = "409", description = "Not an allowed transition")
  public Response changeMilestoneStatus(
      @PathParam("measureId") UUID id,
      @PathParam("milestoneId") UUID milestoneId,
      @NotNull(message = "a JSON body is required") @Valid StatusChangeRequest request) {
    writable(id);
    Measure m =
        measures.changeMilestoneStatus(
            id, milestoneId, request.to(), request.note(), caller.username());
    return Response.ok(view(m)).tag(ETags.of(m.version)).build();
  }

  @GET
  @Path("/evidence")
  @Operation(
      operationId = "listEvidence",
      summary = "The evidence of a measure",
      description = "Evidence entries, in the order the activities happened.")
  @APIResponse(
      responseCode = "200",
      description = "The evidence",
      content =
          @Content(schema = @Schema(implementation = EvidenceView.class, type = SchemaType.ARRAY)))
  public List<EvidenceView> evidence(@PathParam("measureId") UUID id) {
    readable(id);
    return measures.evidence(id).stream().map(mapper::toView).toList();
  }

  @POST
  @Path("/evidence")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "addEvidence",
      summary = "Record evidence of progress",
      description =
          "Records that an activity happened: its date (kept apart from the date it is recorded), time, place, attendees, links and attachment metadata (PDF, PNG, JPEG, DOCX or XLSX, at most 20 MB each).")
  @APIResponse(
      responseCode = "201",
      description = "The evidence",
      content = @Content(schema = @Schema(implementation = EvidenceView.class)))
  public Response addEvidence(
      @PathParam("measureId") UUID id,
      @NotNull(message = "a JSON body is required") @Valid EvidenceInput input) {
    writable(id);
    return Response.status(Response.Status.CREATED)
        .entity(mapper.toView(measures.addEvidence(id, input, caller.username())))
        .build();
  }

  @GET
  @Path("/history")
  @Operation(
      operationId = "getMeasureHistory",
      summary = "Status history",
      description =
          "Every status change of the measure and its milestones: who, when, from, to and the note.")
  @APIResponse(
      responseCode = "200",
      description = "The history",
      content =
          @Content(
              schema = @Schema(implementation = StatusChangeView.class, type = SchemaType.ARRAY)))
  public List<StatusChangeView> history(@PathParam("measureId") UUID id) {
    readable(id);
    return measures.history(id).stream().map(mapper::toView).toList();
  }

  /**
   * A measure of a plan the caller may not see is, to them, no measure: the same 404 as a missing
   * one.
   */
  private Measure readable(UUID id) {
    Measure m = measures.get(id);
    access.requireRead(m.plan, () -> NotFoundException.of("Measure", id));
    return m;
  }

  /**
   * 403 for a measure the caller sees but may not change; 404, as if missing, for one they may not
   * see.
   */
  private void writable(UUID id) {
    Measure m = readable(id);
    access.requireWrite(m.plan.agencyCode);
  }

  private MeasureView view(Measure m) {
    return mapper.toView(m, measures.evidence(m.id));
  }
}
