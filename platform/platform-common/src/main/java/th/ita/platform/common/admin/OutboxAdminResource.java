package th.ita.platform.common.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.outbox.ParkedEvents;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.security.Roles;

@Path("/api/v1/admin/outbox/parked")
@Tag(
    name = "Operations",
    description = "Parked events and dead letters: what the event pipeline could not deliver")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

  private final ParkedEvents parked;

  public OutboxAdminResource(ParkedEvents parked) {
    this.parked = parked;
  }

  @GET
  @Operation(
      operationId = "listParkedEvents",
      summary = "Events Kafka refused for good",
      description =
          "ita-admin. Events this service wrote but Kafka refused in a way no retry fixes (too large,"
              + " invalid topic), oldest first. The events behind each one, its own agency's included, have gone on.")
  @APIResponse(
      responseCode = "200",
      description = "A page of parked events",
      content = @Content(schema = @Schema(implementation = ParkedEventPage.class)))
  public ParkedEventPage list(@Valid @BeanParam PageRequest page) {
    Page<ParkedEventView> found =
        Page.of(parked.page(page).stream().map(ParkedEventView::of).toList(), page, parked.count());
    return new ParkedEventPage(
        found.items(), found.page(), found.size(), found.totalItems(), found.totalPages());
  }

  @POST
  @Path("/{id}/retry")
  @Operation(
      operationId = "retryParkedEvent",
      summary = "Send a parked event again",
      description =
          "ita-admin. Puts the event back in line with its attempts reset, for example after the"
              + " topic's limit was raised. If Kafka refuses it again, it is parked again.")
  @APIResponse(
      responseCode = "200",
      description = "Back in line",
      content = @Content(schema = @Schema(implementation = ParkedEventView.class)))
  @APIResponse(responseCode = "404", description = "No parked event has this id")
  public ParkedEventView retry(@PathParam("id") UUID id) {
    return parked
        .retry(id)
        .map(ParkedEventView::of)
        .orElseThrow(() -> ProblemException.notFound("Parked event", id));
  }

  @DELETE
  @Path("/{id}")
  @Operation(
      operationId = "discardParkedEvent",
      summary = "Give up a parked event",
      description =
          "ita-admin. The event is never sent; it stays in the outbox as DISCARDED, with its last error,"
              + " for the record.")
  @APIResponse(
      responseCode = "200",
      description = "Discarded",
      content = @Content(schema = @Schema(implementation = ParkedEventView.class)))
  @APIResponse(responseCode = "404", description = "No parked event has this id")
  public ParkedEventView discard(@PathParam("id") UUID id) {
    return parked
        .discard(id)
        .map(ParkedEventView::of)
        .orElseThrow(() -> ProblemException.notFound("Parked event", id));
  }

  /** A page with its item type named, so generated clients get a typed list. */
  @Schema(name = "ParkedEventPage")
  public record ParkedEventPage(
      List<ParkedEventView> items, int page, int size, long totalItems, int totalPages) {}
}
