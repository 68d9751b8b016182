package th.ita.measures.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.measures.mapping.ReminderContactMapper;
import th.ita.measures.rest.view.ReminderContactViews.UnsubscribedView;
import th.ita.measures.service.ReminderContactService;

/** The unsubscribe link at the foot of every reminder and every ministry digest. */
@Path("/api/v1/reminder-contacts")
@Tag(name = "Reminders")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class UnsubscribeResource {

  private final ReminderContactService contacts;
  private final ReminderContactMapper mapper;

  public UnsubscribeResource(ReminderContactService contacts, ReminderContactMapper mapper) {
    this.contacts = contacts;
    this.mapper = mapper;
  }

  /**
   * Open to anyone who holds the token, without a login: the person who unsubscribes is whoever
   * received the message, often a shared unit mailbox with no account on the platform. The token is
   * 256 random bits, made for this contact and sent only to its address, so holding it proves the
   * message was received there; it unsubscribes that one contact and nothing else, reveals nothing
   * but the address it was sent to, and asking twice changes nothing.
   */
  @GET
  @Path("/unsubscribe")
  @PermitAll
  // An empty list of security requirements: OpenAPI's way to say the operation needs no token.
  @SecurityRequirements
  @Operation(
      operationId = "unsubscribeReminderContact",
      summary = "Stop the reminders or the digest to one contact (the link in each message)",
      description =
          "No login: the token from the message is the proof that the caller received it. Marks"
              + " the contact (an agency's reminder contact or a ministry's coordinator)"
              + " unsubscribed; a second call answers the same.")
  @APIResponse(
      responseCode = "200",
      description = "The contact is unsubscribed",
      content = @Content(schema = @Schema(implementation = UnsubscribedView.class)))
  @APIResponse(responseCode = "400", description = "The token is malformed")
  @APIResponse(responseCode = "404", description = "No contact holds this token")
  public UnsubscribedView unsubscribe(
      @Parameter(description = "The token from the message's unsubscribe link")
          @QueryParam("token")
          @NotNull(message = "the token from the message's link is required")
          @Pattern(
              regexp = ReminderContactService.TOKEN_PATTERN,
              message = "must be the 43-character token from the message's link")
          String token) {
    return mapper.unsubscribed(contacts.unsubscribe(token));
  }
}
