package th.ita.platform.common.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.consumer.DeadLetters;
import th.ita.platform.common.consumer.DeadLetters.DeadLetter;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.security.Roles;

@Path("/api/v1/admin/dead-letters")
@Tag(
    name = "Operations",
    description = "Parked events and dead letters: what the event pipeline could not deliver")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterAdminResource {

  private final DeadLetters deadLetters;

  public DeadLetterAdminResource(DeadLetters deadLetters) {
    this.deadLetters = deadLetters;
  }

  /** A page with its item type named, so generated clients get a typed list. */
  @Schema(name = "DeadLetterPage")
  public record DeadLetterPage(
      List<DeadLetter> items, int page, int size, long totalItems, int totalPages) {}

  /** Where a redriven message went. */
  @Schema(name = "Redriven")
  public record Redriven(
      @Schema(description = "topic/partition/offset of the copy", examples = "ita.results/1/42")
          String sentTo) {}

  @GET
  @Operation(
      operationId = "listDeadLetters",
      summary = "Messages no consumer could read",
      description =
          "ita-admin. The platform-wide dead-letter topic (ita.dead-letter), by partition and offset:"
              + " each message's source topic, partition and offset, its event id and type, and the reason the"
              + " consumer gave. Only messages that can never be applied as they are arrive here (not JSON, not a"
              + " CloudEvent, a missing or malformed field); database failures are retried, never dead-lettered.")
  @APIResponse(
      responseCode = "200",
      description = "A page of dead letters",
      content = @Content(schema = @Schema(implementation = DeadLetterPage.class)))
  @APIResponse(responseCode = "503", description = "Kafka could not be read; try again")
  public DeadLetterPage list(@Valid @BeanParam PageRequest page) {
    DeadLetters.Found found = deadLetters.page(page.page, page.size);
    Page<DeadLetter> p = Page.of(found.items(), page, found.total());
    return new DeadLetterPage(p.items(), p.page(), p.size(), p.totalItems(), p.totalPages());
  }

  @POST
  @Path("/{partition}/{offset}/redrive")
  @Operation(
      operationId = "redriveDeadLetter",
      summary = "Send a dead letter back to its topic",
      description =
          "ita-admin. Once its cause is fixed, sends the message back to the topic it came from, with"
              + " its key and CloudEvent headers (so its event id): consumers that had applied it skip it, the others"
              + " apply it now. The dead letter itself stays; the copy carries the header ita-redriven-from.")
  @APIResponse(
      responseCode = "200",
      description = "Sent back",
      content = @Content(schema = @Schema(implementation = Redriven.class)))
  @APIResponse(responseCode = "404", description = "No dead letter at this partition and offset")
  @APIResponse(
      responseCode = "409",
      description = "The dead letter does not name the topic it came from")
  @APIResponse(
      responseCode = "503",
      description = "Kafka could not be read or written; nothing was sent")
  public Redriven redrive(
      @PathParam("partition")
          @Min(value = 0, message = "must be 0 or more")
          @Max(value = 10_000, message = "must be at most 10000")
          int partition,
      @PathParam("offset") @Min(value = 0, message = "must be 0 or more") long offset) {
    return deadLetters
        .redrive(partition, offset)
        .map(Redriven::new)
        .orElseThrow(() -> ProblemException.notFound("Dead letter", partition + "/" + offset));
  }
}
