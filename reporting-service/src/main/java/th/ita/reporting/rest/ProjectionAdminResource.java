package th.ita.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.security.Roles;
import th.ita.reporting.event.ProjectionRebuild;
import th.ita.reporting.event.ProjectionRebuild.Report;

@Path("/api/v1/admin/projections")
@Tag(name = "Projections", description = "Operating reporting-service's read model")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class ProjectionAdminResource {

  private final ProjectionRebuild rebuild;

  public ProjectionAdminResource(ProjectionRebuild rebuild) {
    this.rebuild = rebuild;
  }

  @POST
  @Path("/rebuild")
  @Operation(
      operationId = "rebuildProjections",
      summary = "Rebuild the read model from the topics",
      description =
          "ita-admin. Forgets the results, plans and measures projections (report settings stay) and "
              + "replays ita.results, ita.plans and ita.measures from the beginning through the live consumers' "
              + "own code, in one transaction: readers see the old read model until the new one is complete, "
              + "live consumers wait meanwhile, and a failure changes nothing. Answers when done, with the "
              + "counts: events read, applied, skipped (duplicates, stale, ignored types) and unreadable (those "
              + "went to ita.dead-letter when they first arrived). Refused, before anything is cleared, when a "
              + "replayed topic does not exist or a partition of one no longer starts at offset 0 (events were "
              + "deleted, so a replay would lose history).")
  @APIResponse(
      responseCode = "200",
      description = "The rebuild is done",
      content = @Content(schema = @Schema(implementation = Report.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "A rebuild is already running, or a replayed topic has lost "
              + "events (the detail names the topic, partition and earliest offset); nothing changed")
  @APIResponse(
      responseCode = "503",
      description = "Kafka could not be read, or the rebuild took too long; " + "nothing changed")
  public Report rebuild() {
    return rebuild.rebuild();
  }
}
