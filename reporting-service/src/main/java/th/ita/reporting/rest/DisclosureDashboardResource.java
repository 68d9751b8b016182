package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.fairuse.RateLimited;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.document.DisclosureDashboardBuilder;
import th.ita.reporting.document.DocumentNames;
import th.ita.reporting.document.Labels;
import th.ita.reporting.render.Format;
import th.ita.reporting.service.DisclosureDashboardData;
import th.ita.reporting.service.DisclosureService;

/** The agencies that have not published their measures or reports on their own website. */
@Path("/api/v1/dashboards/{fiscalYear}/disclosures")
@Tag(name = "Dashboards")
@Authenticated
@RateLimited("dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class DisclosureDashboardResource {

  private final DisclosureService disclosures;
  private final DocumentResponses documents;
  private final int maxRenderedRows;

  public DisclosureDashboardResource(
      DisclosureService disclosures,
      DocumentResponses documents,
      @ConfigProperty(name = "ita.dashboards.max-rendered-rows", defaultValue = "1000")
          int maxRenderedRows) {
    this.disclosures = disclosures;
    this.documents = documents;
    this.maxRenderedRows = maxRenderedRows;
  }

  @GET
  @Produces({
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @Operation(
      operationId = "getDisclosureDashboard",
      summary = "Agencies that have not disclosed their measures or reports",
      description =
          "For the fiscal year the measures run in, the agencies of the registry (the nation's, or"
              + " one ministry's) that have not recorded publishing their measures (OIT o34) or any"
              + " 6-month or annual report on them (o35) on their own website, with what they did"
              + " disclose and their plan's status. JSON is the data record; html, pdf, docx, xlsx"
              + " and csv (the list) the document, by ?format= or Accept; lang=en for English."
              + " Every role.")
  @APIResponse(
      responseCode = "200",
      description = "The agencies (JSON) or the rendered list",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DisclosureDashboardData.class)))
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.DATA)
  @APIResponse(responseCode = "400", description = "Unknown format or lang, or a bad fiscal year")
  @APIResponse(
      responseCode = "406",
      description = "The Accept header names no format produced here")
  @APIResponse(
      responseCode = "413",
      description = "Too many agencies to render while the caller waits; ask for a ministry")
  public Response dashboard(
      @Parameter(example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "Ministry code, e.g. MOC") @QueryParam("ministry") @Code
          String ministry,
      @BeanParam DocumentOptions options,
      @Context HttpHeaders headers) {
    Format f = documents.negotiate(options.format(), headers);
    Labels labels = Labels.of(options.lang());
    DisclosureDashboardData data = disclosures.dashboard(fiscalYear, ministry);
    if (f != Format.JSON && data.notDisclosed().size() > maxRenderedRows) {
      throw new ProblemException(
          ProblemType.TOO_LARGE,
          data.notDisclosed().size()
              + " agencies have not disclosed, more than the "
              + maxRenderedRows
              + " rendered while you wait (ita.dashboards.max-rendered-rows): ask for a ministry"
              + " with ?ministry=, or take the JSON");
    }
    return documents.respond(
        f,
        data,
        () -> new DisclosureDashboardBuilder().build(data, labels),
        DocumentNames.dashboard(data.fiscalYear(), data.ministryCode())
                .replace("dashboard-", "disclosures-")
            + DocumentResource.languageSuffix(labels));
  }
}
