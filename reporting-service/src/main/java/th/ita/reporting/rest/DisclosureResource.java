package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
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
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.fairuse.RateLimited;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.domain.Disclosures;
import th.ita.reporting.mapping.DisclosureViews;
import th.ita.reporting.rest.view.DisclosuresInput;
import th.ita.reporting.rest.view.DisclosuresView;
import th.ita.reporting.service.DisclosureService;
import th.ita.reporting.service.ReportAccess;

/**
 * Where an agency published its measures (OIT o34) and the reports on them (o35) on its own
 * website, and on which day. The addresses are public by nature, and the assessors check them for
 * OIT, so every role reads them; the agency's own officers and head, and ita-admins, record them.
 */
@Path("/api/v1/agencies/{agencyCode}/disclosures/{fiscalYear}")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited("documents")
@Authenticated
public class DisclosureResource {

  private final DisclosureService disclosures;
  private final ReportAccess access;

  public DisclosureResource(DisclosureService disclosures, ReportAccess access) {
    this.disclosures = disclosures;
    this.access = access;
  }

  @GET
  @Operation(
      operationId = "getDisclosures",
      summary = "Where an agency published its documents of a fiscal year",
      description =
          "The address and day on which the agency published its measures (MEASURES, OIT o34; O42 up"
              + " to FY2566) and its 6-month and annual reports on them (PROGRESS_HALF,"
              + " PROGRESS_ANNUAL, o35; O43) on its own website. fiscalYear is the year the measures"
              + " run in. Every role. The ETag is the version to send back as If-Match; a year never"
              + " recorded has ETag \"-1\".")
  @APIResponse(
      responseCode = "200",
      description = "The disclosures",
      content = @Content(schema = @Schema(implementation = DisclosuresView.class)))
  @APIResponse(responseCode = "400", description = "A bad fiscal year")
  @APIResponse(responseCode = "404", description = "Unknown agency")
  public Response get(
      @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear) {
    Disclosures d = disclosures.get(agencyCode, fiscalYear);
    return Response.ok(DisclosureViews.of(d)).tag(ETags.of(d.version)).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putDisclosures",
      summary = "Record where an agency published its documents of a fiscal year",
      description =
          "The whole record: each document published, at most one per kind, with its https or http"
              + " address and the day it was published (not after today in Bangkok); a kind left"
              + " out is not published. The measures document and the progress reports then print"
              + " the address and day under their sign-off, and the agency leaves the dashboard of"
              + " agencies that have not disclosed. The agency's own officers and head, or an"
              + " ita-admin; send the ETag from GET as If-Match.")
  @APIResponse(
      responseCode = "200",
      description = "The disclosures",
      content = @Content(schema = @Schema(implementation = DisclosuresView.class)))
  @APIResponse(
      responseCode = "400",
      description = "A field is invalid: errors[].field names it, e.g. documents[0].url")
  @APIResponse(responseCode = "403", description = "Not the agency's officer, head or an ita-admin")
  @APIResponse(responseCode = "404", description = "Unknown agency")
  @APIResponse(responseCode = "412", description = "The disclosures changed since they were read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response put(
      @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid DisclosuresInput body) {
    if (!access.isOwnOrAdmin(agencyCode)) {
      throw new AccessDeniedException(
          "Only the agency's own officers or head, or an ita-admin, record where its documents"
              + " were published");
    }
    Disclosures d =
        disclosures.put(
            agencyCode,
            fiscalYear,
            ETags.optional(ifMatch),
            body.documents().stream()
                .map(
                    x ->
                        x == null
                            ? null
                            : new DisclosureService.Published(x.kind(), x.url(), x.publishedOn()))
                .toList(),
            access.username());
    return Response.ok(DisclosureViews.of(d)).tag(ETags.of(d.version)).build();
  }
}
