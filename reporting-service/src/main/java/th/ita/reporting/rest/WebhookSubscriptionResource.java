package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.rest.ETags;
import th.ita.reporting.domain.WebhookSubscription;
import th.ita.reporting.mapping.WebhookViews;
import th.ita.reporting.rest.view.WebhookDeliveryView;
import th.ita.reporting.rest.view.WebhookRedeliveryView;
import th.ita.reporting.rest.view.WebhookSubscriptionInput;
import th.ita.reporting.rest.view.WebhookSubscriptionView;
import th.ita.reporting.service.WebhookSubscriptionService;

/**
 * Webhook subscriptions: the platform's events POSTed as signed CloudEvents to a system's HTTPS
 * endpoint, with a delivery log and redelivery. See docs/integration.md.
 */
@Path("/api/v1/webhooks/subscriptions")
@Tag(
    name = "Webhooks",
    description = "The platform's events delivered over HTTPS, signed (Standard Webhooks)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WebhookSubscriptionResource {

  private static final String WHAT = "webhook subscription";

  private final WebhookSubscriptionService subscriptions;

  public WebhookSubscriptionResource(WebhookSubscriptionService subscriptions) {
    this.subscriptions = subscriptions;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "createWebhookSubscription",
      summary = "Subscribe an HTTPS endpoint to events",
      description =
          "An agency's officers subscribe to their own agency's events (agencyCode required; another"
              + " agency is 403); viewers, assessors and portals to ResultPublished, PlanPublished and FrameworkPublished;"
              + " ita-admins to anything. The answer carries the signing secret, shown this once.")
  @APIResponse(
      responseCode = "201",
      description = "The subscription, with its secret",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  public Response create(
      @NotNull(message = "a JSON body is required") @Valid WebhookSubscriptionInput body,
      @Context UriInfo uri) {
    WebhookSubscriptionService.WithSecret created = subscriptions.create(change(body));
    WebhookSubscription s = created.subscription();
    return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
        .entity(WebhookViews.subscription(s, created.secret()))
        .tag(ETags.of(s.version))
        .build();
  }

  @GET
  @Operation(
      operationId = "listWebhookSubscriptions",
      summary = "The caller's webhook subscriptions",
      description = "Each caller's own; ita-admins see every subscription.")
  @APIResponse(responseCode = "200", description = "A page of subscriptions")
  public Page<WebhookSubscriptionView> list(@Valid @BeanParam PageRequest page) {
    return subscriptions.list(page).map(s -> WebhookViews.subscription(s, null));
  }

  @GET
  @Path("/{subscriptionId}")
  @Operation(
      operationId = "getWebhookSubscription",
      summary = "A webhook subscription",
      description =
          "Its status and, when paused, why. The ETag is the version to send back as If-Match."
              + " Another caller's subscription does not exist (404).")
  @APIResponse(
      responseCode = "200",
      description = "The subscription",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Response get(@PathParam("subscriptionId") UUID subscriptionId) {
    return ok(subscriptions.get(subscriptionId));
  }

  @PUT
  @Path("/{subscriptionId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "updateWebhookSubscription",
      summary = "Change a webhook subscription's URL, events or filters",
      description = "Send the ETag from GET as If-Match. The same rules as at creation.")
  @APIResponse(
      responseCode = "200",
      description = "The subscription",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  @APIResponse(responseCode = "412", description = "It changed since it was read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response update(
      @PathParam("subscriptionId") UUID subscriptionId,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid WebhookSubscriptionInput body) {
    return ok(subscriptions.update(subscriptionId, ETags.optional(ifMatch), change(body)));
  }

  @DELETE
  @Path("/{subscriptionId}")
  @Operation(
      operationId = "deleteWebhookSubscription",
      summary = "Delete a webhook subscription and its delivery log",
      description = "If-Match is optional; when sent, a stale one is 412.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Response delete(
      @PathParam("subscriptionId") UUID subscriptionId,
      @Parameter(description = "The ETag from GET (optional)") @HeaderParam("If-Match")
          String ifMatch) {
    subscriptions.delete(subscriptionId, ETags.optional(ifMatch));
    return Response.noContent().build();
  }

  @POST
  @Path("/{subscriptionId}/pause")
  @Operation(
      operationId = "pauseWebhookSubscription",
      summary = "Pause deliveries",
      description = "Events still queue up for it, and go out in order on resume.")
  @APIResponse(
      responseCode = "200",
      description = "The subscription",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Response pause(
      @PathParam("subscriptionId") UUID subscriptionId,
      @Parameter(description = "The ETag from GET (optional)") @HeaderParam("If-Match")
          String ifMatch) {
    return ok(subscriptions.pause(subscriptionId, ETags.optional(ifMatch)));
  }

  @POST
  @Path("/{subscriptionId}/resume")
  @Operation(
      operationId = "resumeWebhookSubscription",
      summary = "Resume deliveries",
      description =
          "Also after the platform paused it; its pending deliveries go out at once, in order.")
  @APIResponse(
      responseCode = "200",
      description = "The subscription",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Response resume(
      @PathParam("subscriptionId") UUID subscriptionId,
      @Parameter(description = "The ETag from GET (optional)") @HeaderParam("If-Match")
          String ifMatch) {
    return ok(subscriptions.resume(subscriptionId, ETags.optional(ifMatch)));
  }

  @POST
  @Path("/{subscriptionId}/secret")
  @Operation(
      operationId = "rotateWebhookSecret",
      summary = "Rotate the signing secret",
      description =
          "Answers the new secret, shown this once. For ita.webhooks.rotation-overlap (24 hours)"
              + " deliveries carry a signature with the old secret too.")
  @APIResponse(
      responseCode = "200",
      description = "The subscription, with its new secret",
      content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Response rotate(@PathParam("subscriptionId") UUID subscriptionId) {
    WebhookSubscriptionService.WithSecret rotated = subscriptions.rotate(subscriptionId);
    return Response.ok(WebhookViews.subscription(rotated.subscription(), rotated.secret()))
        .tag(ETags.of(rotated.subscription().version))
        .build();
  }

  @GET
  @Path("/{subscriptionId}/deliveries")
  @Operation(
      operationId = "listWebhookDeliveries",
      summary = "A subscription's delivery log",
      description =
          "Newest first: each event, its attempts, the last status code, latency and error, and"
              + " the next attempt.")
  @APIResponse(responseCode = "200", description = "A page of deliveries")
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Page<WebhookDeliveryView> deliveries(
      @PathParam("subscriptionId") UUID subscriptionId, @Valid @BeanParam PageRequest page) {
    return subscriptions.deliveries(subscriptionId, page).map(WebhookViews::delivery);
  }

  @POST
  @Path("/{subscriptionId}/deliveries/{deliveryId}/redeliver")
  @Operation(
      operationId = "redeliverWebhookDelivery",
      summary = "Send one event again",
      description =
          "From its first attempt, with the same webhook-id; also one delivered or given up.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = WebhookDeliveryView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription or delivery")
  public Response redeliver(
      @PathParam("subscriptionId") UUID subscriptionId, @PathParam("deliveryId") UUID deliveryId) {
    return Response.accepted(
            WebhookViews.delivery(subscriptions.redeliver(subscriptionId, deliveryId)))
        .build();
  }

  @POST
  @Path("/{subscriptionId}/redeliver")
  @Operation(
      operationId = "redeliverWebhookEvents",
      summary = "Send again everything since a time",
      description =
          "Every delivery of this subscription whose event arrived at or after since, in their"
              + " original order, each from its first attempt.")
  @APIResponse(
      responseCode = "202",
      description = "Queued",
      content = @Content(schema = @Schema(implementation = WebhookRedeliveryView.class)))
  @APIResponse(responseCode = "404", description = "No such subscription, or not the caller's")
  public Response redeliverSince(
      @PathParam("subscriptionId") UUID subscriptionId,
      @Parameter(
              description = "ISO-8601 time with offset, e.g. 2026-12-01T00:00:00Z",
              required = true)
          @QueryParam("since")
          String since) {
    OffsetDateTime from = since(since);
    int queued = subscriptions.redeliverSince(subscriptionId, from);
    return Response.accepted(new WebhookRedeliveryView(queued, from)).build();
  }

  private static OffsetDateTime since(String since) {
    if (since == null || since.isBlank()) {
      throw InvalidInputException.field("since", "is required: an ISO-8601 time with offset");
    }
    try {
      return OffsetDateTime.parse(since.trim());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.field(
          "since", "must be an ISO-8601 time with offset, such as 2026-12-01T00:00:00Z");
    }
  }

  private static Response ok(WebhookSubscription s) {
    return Response.ok(WebhookViews.subscription(s, null)).tag(ETags.of(s.version)).build();
  }

  private static WebhookSubscriptionService.Change change(WebhookSubscriptionInput body) {
    return new WebhookSubscriptionService.Change(
        body.url(), body.eventTypes(), body.agencyCode(), body.ministryCode(), body.description());
  }
}
