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
import th.ita.platform.common.fairuse.RateLimited;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.domain.ReportSettings;
import th.ita.reporting.mapping.ReportViews;
import th.ita.reporting.rest.view.SettingsInput;
import th.ita.reporting.rest.view.SettingsView;
import th.ita.reporting.service.ReportAccess;
import th.ita.reporting.service.ReportSettingsService;

/**
 * An agency's report settings: whether its published documents are readable without a token, and
 * the opening sections of its measures document.
 */
@Path("/api/v1/agencies/{agencyCode}/report-settings")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited("documents")
@Authenticated
public class ReportSettingsResource {

  private final ReportSettingsService settings;
  private final ReportAccess access;

  public ReportSettingsResource(ReportSettingsService settings, ReportAccess access) {
    this.settings = settings;
    this.access = access;
  }

  @GET
  @Operation(
      operationId = "getReportSettings",
      summary = "An agency's report settings",
      description =
          "Whether the agency's published documents are public (readable without a token), and who last"
              + " changed that. The agency's own officers or an ita-admin. The ETag is the version to send back as"
              + " If-Match; an agency that never set them has the defaults, ETag \"-1\".")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency")
  public Response getSettings(@PathParam("agencyCode") @Code String agencyCode) {
    access.requireSettingsRead(agencyCode);
    ReportSettings s = settings.get(agencyCode);
    return Response.ok(ReportViews.settings(s)).tag(ETags.of(s.version)).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putReportSettings",
      summary = "Make an agency's published documents public, or not, and set its front matter",
      description =
          "The agency's own officers or an ita-admin. Send the ETag from GET as If-Match, so two people"
              + " never overwrite each other. Drafts are never public. The optional texts are the"
              + " measures document's opening sections (ความเป็นมา, วัตถุประสงค์, tools, respondents):"
              + " left out they stay as they are, an empty string restores the standard text.")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency")
  @APIResponse(responseCode = "412", description = "The settings changed since they were read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response putSettings(
      @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid SettingsInput body) {
    access.requireSettingsChange(agencyCode);
    ReportSettings s =
        settings.put(
            agencyCode,
            ETags.optional(ifMatch),
            body.publicDocuments(),
            new ReportSettingsService.FrontMatterChange(
                body.backgroundTh(), body.objectivesTh(), body.toolsTh(), body.respondentsTh()),
            access.username());
    return Response.ok(ReportViews.settings(s)).tag(ETags.of(s.version)).build();
  }
}
