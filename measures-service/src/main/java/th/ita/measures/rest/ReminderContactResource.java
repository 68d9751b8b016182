package th.ita.measures.rest;

import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.measures.domain.ReminderContactList;
import th.ita.measures.mapping.ReminderContactMapper;
import th.ita.measures.rest.view.ReminderContactViews.ReminderContactsView;
import th.ita.measures.service.ReminderContactService;
import th.ita.measures.service.ReminderContactsInput;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.validation.Code;

@Path("/api/v1/agencies/{agencyCode}/reminder-contacts")
@Tag(
    name = "Reminders",
    description = "Who hears by e-mail that an agency's milestones fall due or are overdue")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class ReminderContactResource {

  private final ReminderContactService contacts;
  private final ReminderContactMapper mapper;
  private final CallerAgency caller;

  public ReminderContactResource(
      ReminderContactService contacts, ReminderContactMapper mapper, CallerAgency caller) {
    this.contacts = contacts;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "getReminderContacts",
      summary = "The agency's reminder contacts",
      description =
          "Who hears by e-mail about the agency's plan, in which language, and who has unsubscribed."
              + " Only the agency's own officers (its head included) and ita-admins; to everyone"
              + " else the contacts do not exist (404). An agency nobody has written a list for has"
              + " an empty one at revision 0.")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content = @Content(schema = @Schema(implementation = ReminderContactsView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency, or not the caller's")
  public Response get(
      @Parameter(example = "DITP") @PathParam("agencyCode") @Code String agencyCode) {
    ReminderContactList list = contacts.read(agencyCode);
    return Response.ok(mapper.toView(list)).tag(ETags.of(list.revision)).build();
  }

  @PUT
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putReminderContacts",
      summary = "Replace the agency's reminder contacts",
      description =
          "Replaces the whole list. Send the ETag of the list you read as If-Match (not needed for"
              + " the first list). A contact already on the list (the same e-mail address) keeps"
              + " its unsubscribe link and, if it unsubscribed, stays unsubscribed. The agency's"
              + " own officers (its head included) or an ita-admin.")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content = @Content(schema = @Schema(implementation = ReminderContactsView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is invalid (an e-mail address, a language), or an address is twice")
  @APIResponse(responseCode = "404", description = "Unknown agency")
  @APIResponse(responseCode = "412", description = "The list changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing on an existing list")
  public Response put(
      @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The ETag from GET; required once the agency has a list")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body with the contacts is required") @Valid
          ReminderContactsInput input) {
    ReminderContactList list =
        contacts.replace(agencyCode, input, ETags.optional(ifMatch), caller.username());
    return Response.ok(mapper.toView(list)).tag(ETags.of(list.revision)).build();
  }
}
