package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.fairuse.RateLimited;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.document.DashboardBuilder;
import th.ita.reporting.document.DocumentNames;
import th.ita.reporting.document.Labels;
import th.ita.reporting.job.ReportJob;
import th.ita.reporting.job.ReportJobService;
import th.ita.reporting.render.Format;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.ReportAccess;
import th.ita.reporting.service.ReportDataService;

@Path("/api/v1/dashboards")
@Tag(name = "Dashboards", description = "A fiscal year at a glance, for the nation or a ministry")
@Authenticated
@RateLimited("dashboards")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  private static final String MEASURES_RANGE = "must be between 1 and 1000";
  private static final String DASHBOARD_DESCRIPTION =
      "From the published FINAL results assessed in the fiscal"
          + " year: agencies, mean score, the level distribution, each indicator's mean and the ranking (equal scores"
          + " share a rank). From the published plans running in the fiscal year: measures per status and the measures"
          + " themselves, overdue first. For the nation, or for one ministry (its code, any case). JSON is the data"
          + " record; html, pdf, docx, xlsx and csv (the ranking) the dashboard as a document, by ?format= or Accept;"
          + " lang=en for English. For the national spreadsheet of every agency, use POST .../exports (a job). Every"
          + " role.";
  private static final String EXPORT_DESCRIPTION =
      "Queues a job that renders the dashboard (by default the"
          + " nation's, every agency of the ranking and every measure of the year) as xlsx (default), csv, pdf, docx or"
          + " html. Answers 202 with the job and its Location; poll GET /api/v1/report-jobs/{id} for its state and"
          + " progress, then download GET /api/v1/report-jobs/{id}/file. Only the requester and ita-admins see the job"
          + " and its file. Every role.";

  private final ReportDataService data;
  private final DocumentResponses documents;
  private final ReportJobService jobs;
  private final ReportAccess access;
  private final int maxRenderedRows;

  public DashboardResource(
      ReportDataService data,
      DocumentResponses documents,
      ReportJobService jobs,
      ReportAccess access,
      @ConfigProperty(name = "ita.dashboards.max-rendered-rows", defaultValue = "1000")
          int maxRenderedRows) {
    this.data = data;
    this.documents = documents;
    this.jobs = jobs;
    this.access = access;
    this.maxRenderedRows = maxRenderedRows;
  }

  @GET
  @Path("/{fiscalYear}")
  @Produces({
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @Operation(
      operationId = "getDashboard",
      summary = "A fiscal year's dashboard",
      description = DASHBOARD_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The dashboard (JSON) or the rendered dashboard",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DashboardData.class)))
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.DATA) // adds html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format or lang")
  @APIResponse(
      responseCode = "406",
      description = "The Accept header names no format produced here")
  @APIResponse(
      responseCode = "413",
      description = "Too many agencies to render while the caller waits; export " + "it as a job")
  @APIResponse(
      responseCode = "429",
      description = "The caller's dashboards for this minute are used up; see " + "Retry-After")
  public Response dashboard(
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "Ministry code, e.g. MFA") @QueryParam("ministry") @Code
          String ministry,
      @Parameter(description = "How many measures to list, 1-1000")
          @QueryParam("measures")
          @DefaultValue("200")
          @Min(value = 1, message = MEASURES_RANGE)
          @Max(value = 1000, message = MEASURES_RANGE)
          int measures,
      @BeanParam DocumentOptions options,
      @Context HttpHeaders headers) {
    return dashboard(
        fiscalYear,
        ministry,
        measures,
        documents.negotiate(options.format(), headers),
        options.lang());
  }

  @GET
  @Path("/{fiscalYear}.{format}")
  @Produces({
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @Operation(
      operationId = "getDashboardFile",
      summary = "A fiscal year's dashboard as a file",
      description =
          "The same dashboard as getDashboard, rendered in the format the path names (…/2567.pdf). "
              + "Every role.")
  @APIResponse(responseCode = "200", description = "The rendered dashboard")
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.FILE) // lists html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format or lang")
  @APIResponse(
      responseCode = "413",
      description = "Too many agencies to render while the caller waits; export " + "it as a job")
  @APIResponse(
      responseCode = "429",
      description = "The caller's dashboards for this minute are used up; see " + "Retry-After")
  public Response dashboardFile(
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(
              description = DocumentResponses.FILE_FORMAT_DESCRIPTION,
              schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"}))
          @PathParam("format")
          String format,
      @Parameter(description = "Ministry code, e.g. MFA") @QueryParam("ministry") @Code
          String ministry,
      @Parameter(description = "How many measures to list, 1-1000")
          @QueryParam("measures")
          @DefaultValue("200")
          @Min(value = 1, message = MEASURES_RANGE)
          @Max(value = 1000, message = MEASURES_RANGE)
          int measures,
      @BeanParam RenderOptions options) {
    return dashboard(
        fiscalYear, ministry, measures, documents.negotiateFile(format), options.lang());
  }

  private Response dashboard(int fiscalYear, String ministry, int measures, Format f, String lang) {
    Labels labels = Labels.of(lang);
    DashboardData dashboard = data.dashboard(fiscalYear, ministry, measures);
    if (f != Format.JSON && dashboard.ranking().size() > maxRenderedRows) {
      // Rendering thousands of agencies takes the service's time for as long as the caller waits.
      throw new ProblemException(
          ProblemType.TOO_LARGE,
          "This dashboard ranks "
              + dashboard.ranking().size()
              + " agencies, more than the "
              + maxRenderedRows
              + " rendered while you wait "
              + "(ita.dashboards.max-rendered-rows):"
              + " export it as a job with POST /api/v1/dashboards/"
              + fiscalYear
              + "/exports?format="
              + f.extension()
              + (ministry == null || ministry.isBlank() ? "" : "&ministry=" + ministry.trim())
              + ", or ask for a ministry");
    }
    return documents.respond(
        f,
        dashboard,
        () -> new DashboardBuilder().build(dashboard, labels),
        DocumentNames.dashboard(dashboard.fiscalYear(), dashboard.ministryCode())
            + DocumentResource.languageSuffix(labels));
  }

  @POST
  @Path("/{fiscalYear}/exports")
  @Operation(
      operationId = "exportDashboard",
      summary = "Render a dashboard in the background",
      description = EXPORT_DESCRIPTION)
  @APIResponse(
      responseCode = "202",
      description = "The job, queued",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = JobView.class)))
  @APIResponse(responseCode = "400", description = "Unknown format or lang, or a bad fiscal year")
  @APIResponse(
      responseCode = "429",
      description = "The caller has the most exports open or per day; see Retry-After")
  public Response export(
      @Parameter(example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "Ministry code, e.g. MFA; the nation when absent")
          @QueryParam("ministry")
          @Code
          String ministry,
      @Parameter(
              description = "xlsx (default), csv, pdf, docx or html",
              schema = @Schema(enumeration = {"xlsx", "csv", "pdf", "docx", "html"}))
          @QueryParam("format")
          @DefaultValue("xlsx")
          String format,
      @BeanParam RenderOptions options,
      @Context UriInfo uri) {
    Format f =
        documents.negotiate(
            format, null, EnumSet.complementOf(EnumSet.of(Format.JSON)), Format.XLSX);
    Labels labels = Labels.of(options.lang());
    int year;
    try {
      year = FiscalYear.of(fiscalYear).buddhistEra();
    } catch (IllegalArgumentException e) {
      throw ProblemException.validation(
          List.of(new FieldError("fiscalYear", e.getMessage(), fiscalYear)));
    }
    String m =
        ministry == null || ministry.isBlank() ? null : ministry.trim().toUpperCase(Locale.ROOT);
    ReportJob job = jobs.queueDashboard(year, m, f, labels, access.username());
    JobView view = ReportJobResource.view(job);
    return Response.accepted(view)
        .location(
            uri.getBaseUriBuilder().path("api/v1/report-jobs").path(job.id.toString()).build())
        .build();
  }
}
