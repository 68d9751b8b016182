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
import th.ita.measures.domain.MinistryContactList;
import th.ita.measures.mapping.ReminderContactMapper;
import th.ita.measures.rest.view.ReminderContactViews.MinistryContactsView;
import th.ita.measures.service.MinistryContactService;
import th.ita.measures.service.MinistryContactsInput;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.validation.Code;

@Path("/api/v1/ministries/{ministryCode}/reminder-contacts")
@Tag(name = "Reminders")
@Produces(MediaType.APPLICATION_JSON)
@Transactional
public class MinistryContactResource {

  private final MinistryContactService contacts;
  private final ReminderContactMapper mapper;
  private final CallerAgency caller;

  public MinistryContactResource(
      MinistryContactService contacts, ReminderContactMapper mapper, CallerAgency caller) {
    this.contacts = contacts;
    this.mapper = mapper;
    this.caller = caller;
  }

  @GET
  @Authenticated
  @Operation(
      operationId = "getMinistryReminderContacts",
      summary = "The ministry's digest contacts",
      description =
          "The ministry's coordinators, who get a weekly digest of the overdue milestones of the"
              + " ministry's agencies, in which language, and who has unsubscribed. ita-admins"
              + " only. A ministry is known when an agency of the directory names it; one nobody"
              + " has written a list for has an empty one at revision 0.")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content = @Content(schema = @Schema(implementation = MinistryContactsView.class)))
  @APIResponse(responseCode = "403", description = "Not an ita-admin")
  @APIResponse(responseCode = "404", description = "No agency of the directory is in the ministry")
  public Response get(
      @Parameter(example = "MOC") @PathParam("ministryCode") @Code String ministryCode) {
    MinistryContactList list = contacts.read(ministryCode);
    return Response.ok(mapper.toView(list)).tag(ETags.of(list.revision)).build();
  }

  @PUT
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putMinistryReminderContacts",
      summary = "Replace the ministry's digest contacts",
      description =
          "Replaces the whole list. Send the ETag of the list you read as If-Match (not needed for"
              + " the first list). A coordinator already on the list (the same e-mail address)"
              + " keeps their unsubscribe link and, if they unsubscribed, stays unsubscribed."
              + " ita-admins only.")
  @APIResponse(
      responseCode = "200",
      description = "The list",
      content = @Content(schema = @Schema(implementation = MinistryContactsView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is invalid (an e-mail address, a language), or an address is twice")
  @APIResponse(responseCode = "403", description = "Not an ita-admin")
  @APIResponse(responseCode = "404", description = "No agency of the directory is in the ministry")
  @APIResponse(responseCode = "412", description = "The list changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing on an existing list")
  public Response put(
      @Parameter(example = "MOC") @PathParam("ministryCode") @Code String ministryCode,
      @Parameter(description = "The ETag from GET; required once the ministry has a list")
          @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body with the contacts is required") @Valid
          MinistryContactsInput input) {
    MinistryContactList list =
        contacts.replace(ministryCode, input, ETags.optional(ifMatch), caller.username());
    return Response.ok(mapper.toView(list)).tag(ETags.of(list.revision)).build();
  }
}
