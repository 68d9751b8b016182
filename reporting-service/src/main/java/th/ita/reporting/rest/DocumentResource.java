package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.fairuse.RateLimited;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.document.AnalysisReportBuilder;
import th.ita.reporting.document.DocumentNames;
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.MeasuresDocumentBuilder;
import th.ita.reporting.document.MeasuresLayout;
import th.ita.reporting.document.ProgressReportBuilder;
import th.ita.reporting.render.Format;
import th.ita.reporting.service.AnalysisReportData;
import th.ita.reporting.service.EvidencePhotoService;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.ProgressReportData;
import th.ita.reporting.service.ReportAccess;
import th.ita.reporting.service.ReportDataService;
import th.ita.reporting.service.ReportSettingsService;

/**
 * An agency's documents: the measures document, the progress report and the analysis report, each
 * as data (JSON) or rendered by {@code ?format=} or Accept, and as a file named in the path ({@code
 * …/measures.pdf}).
 */
@Path("/api/v1/agencies/{agencyCode}/reports/{fiscalYear}")
@Tag(
    name = "Reports",
    description =
        "An agency's measures document, progress report and analysis report, from"
            + " the read model, as data (JSON) or documents (HTML, PDF, DOCX, XLSX, CSV)")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited("documents")
public class DocumentResource {

  private static final String MEASURES_DESCRIPTION =
      "The agency's measures document"
          + " (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) for the fiscal year the measures run in: the agency,"
          + " the FINAL result of the assessment year they answer (the year before), and the plan with its measures,"
          + " milestones and limitations. JSON is the data record; html, pdf, docx, xlsx and csv are the document:"
          + " header facts; part 1 results by tool, indicator with a chart against the target 85, question; part 2"
          + " analysis by the seven NACC issues; part 3 the measures table; part 4 limitations. With layout=tiers,"
          + " parts 2 and 3 group the questions and measures by tier, each measure with a Q1-Q4 timeline, monitoring"
          + " and reporting. Choose by ?format= or Accept; lang=en for English labels and C.E. years. A published"
          + " document is readable by every role, and without a token when the agency made its documents public"
          + " (report-settings); a draft (plan approved but not published, or no plan yet) only by the agency's own"
          + " officers and ita-admins. Milestones the platform's editors wrote for a demo plan (editorial: true"
          + " in the data record) never mark a quarter or period in the document, which says in a note how many it"
          + " left out.";
  private static final String PROGRESS_DESCRIPTION =
      "Each measure of the plan running in the fiscal year with its"
          + " status, its milestones done, due and overdue on asOf (default today, Thai time), percent complete"
          + " (milestones done by asOf / all milestones; the officers' own figure when a measure has no milestones) the"
          + " dated status changes and the evidence of activities done by then. period=half is the 6-month report (as"
          + " of the end of Q2, 31 March), period=annual the annual one (30 September); asOf then is ignored. JSON is"
          + " the data record; html, pdf, docx, xlsx and csv the report (รายงานผลการดำเนินการตามมาตรการ...), by"
          + " ?format= or Accept; lang=en for English. Readable like the measures document, but always with a token."
          + " Milestones the platform's editors wrote for a demo plan are left out of every list, count and"
          + " percentage (totals.editorialMilestonesLeftOut says how many; the document says so in a note).";
  private static final String ANALYSIS_DESCRIPTION =
      "The agency's FINAL result of the assessment year in the"
          + " path (not the year the measures run in): scores against the target 85 and against the year before (when"
          + " its result is published), highest and lowest indicator per tool, the questions in three tiers (keep"
          + " above 97.50, improve 95.00-97.50, fix urgently below 95.00: measures-service's defaults, as the result"
          + " carries no thresholds), charts of the indicators against the target, year over year, and the national"
          + " level distribution. JSON is the data record; html, pdf, docx, xlsx, csv the report, by ?format= or"
          + " Accept; lang=en for English. Published results are readable by every role, and without a token when the"
          + " agency made its documents public.";
  private static final String PERIOD_DESCRIPTION =
      "half (as of 31 March) or annual (as of 30 September)";
  private static final String AS_OF_DESCRIPTION =
      "The day to report on (ISO date); today by default";
  private static final String MEASURES_YEAR = "The fiscal year the measures run in";
  private static final String ASSESSMENT_YEAR = "The assessment year";

  private final ReportDataService data;
  private final ReportSettingsService settings;
  private final ReportAccess access;
  private final Clock clock;
  private final DocumentResponses documents;
  private final EvidencePhotoService photos;

  public DocumentResource(
      ReportDataService data,
      ReportSettingsService settings,
      ReportAccess access,
      Clock clock,
      DocumentResponses documents,
      EvidencePhotoService photos) {
    this.photos = photos;
    this.data = data;
    this.settings = settings;
    this.access = access;
    this.clock = clock;
    this.documents = documents;
  }

  @GET
  @Path("/measures")
  @PermitAll // the check is below: public agencies' published documents need no token
  @Produces({
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(
      operationId = "getMeasuresDocument",
      summary = "The measures document of a fiscal year",
      description = MEASURES_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The document's data (JSON) or the rendered document",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = MeasuresDocumentData.class)))
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.DATA) // adds the rendered formats
  @APIResponse(responseCode = "400", description = "Unknown format, lang or layout")
  @APIResponse(
      responseCode = "404",
      description = "Neither a plan nor the result it answers has arrived")
  @APIResponse(
      responseCode = "406",
      description = "The Accept header names no format produced here")
  public Response measures(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = MEASURES_YEAR, example = "2568")
          @PathParam("fiscalYear")
          @BuddhistYear
          int fiscalYear,
      @BeanParam DocumentOptions options,
      @BeanParam LayoutOption layout,
      @Context HttpHeaders headers) {
    return measuresDocument(
        agencyCode,
        fiscalYear,
        documents.negotiate(options.format(), headers),
        options.lang(),
        layout.layout());
  }

  @GET
  @Path("/progress")
  @Authenticated
  @Produces({
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @Operation(
      operationId = "getProgressReport",
      summary = "The progress report on a fiscal year's measures",
      description = PROGRESS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The report's data (JSON) or the rendered report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ProgressReportData.class)))
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.DATA) // adds the rendered formats
  @APIResponse(responseCode = "400", description = "Unknown format, lang or period, or a bad asOf")
  @APIResponse(responseCode = "404", description = "No approved or published plan for that year")
  @APIResponse(
      responseCode = "406",
      description = "The Accept header names no format produced here")
  public Response progress(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = AS_OF_DESCRIPTION, example = "2025-03-31") @QueryParam("asOf")
          LocalDate asOf,
      @Parameter(
              description = PERIOD_DESCRIPTION,
              schema = @Schema(enumeration = {"half", "annual"}))
          @QueryParam("period")
          String period,
      @BeanParam DocumentOptions options,
      @Context HttpHeaders headers) {
    return progressReport(
        agencyCode,
        fiscalYear,
        asOf,
        period,
        documents.negotiate(options.format(), headers),
        options.lang());
  }

  @GET
  @Path("/analysis")
  @PermitAll // like the measures document: public agencies' published results need no token
  @Produces({
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(
      operationId = "getAnalysisReport",
      summary = "The analysis report of an assessment result",
      description = ANALYSIS_DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "The report's data (JSON) or the rendered report",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = AnalysisReportData.class)))
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.DATA) // adds the rendered formats
  @APIResponse(responseCode = "400", description = "Unknown format or lang")
  @APIResponse(responseCode = "404", description = "No published FINAL result for that year")
  @APIResponse(
      responseCode = "406",
      description = "The Accept header names no format produced here")
  public Response analysis(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = ASSESSMENT_YEAR, example = "2567")
          @PathParam("fiscalYear")
          @BuddhistYear
          int fiscalYear,
      @BeanParam DocumentOptions options,
      @Context HttpHeaders headers) {
    return analysisReport(
        agencyCode, fiscalYear, documents.negotiate(options.format(), headers), options.lang());
  }

  @GET
  @Path("/measures.{format}")
  @PermitAll // the check is in measuresDocument: public agencies' published documents need no token
  @Produces({
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(
      operationId = "getMeasuresDocumentFile",
      summary = "The measures document as a file",
      description =
          "The same document as getMeasuresDocument, rendered in the format the path names"
              + " (…/measures.pdf): a link to share, and a download for generated clients. Readable like"
              + " getMeasuresDocument.")
  @APIResponse(responseCode = "200", description = "The rendered document")
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.FILE) // lists the rendered formats
  @APIResponse(responseCode = "400", description = "Unknown format, lang or layout")
  @APIResponse(
      responseCode = "404",
      description = "Neither a plan nor the result it answers has arrived")
  public Response measuresFile(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = MEASURES_YEAR, example = "2568")
          @PathParam("fiscalYear")
          @BuddhistYear
          int fiscalYear,
      @Parameter(
              description = DocumentResponses.FILE_FORMAT_DESCRIPTION,
              schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"}))
          @PathParam("format")
          String format,
      @BeanParam RenderOptions options,
      @BeanParam LayoutOption layout) {
    return measuresDocument(
        agencyCode, fiscalYear, documents.negotiateFile(format), options.lang(), layout.layout());
  }

  @GET
  @Path("/progress.{format}")
  @Authenticated
  @Produces({
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @Operation(
      operationId = "getProgressReportFile",
      summary = "The progress report as a file",
      description =
          "The same report as getProgressReport, rendered in the format the path names"
              + " (…/progress.pdf). Readable like getProgressReport.")
  @APIResponse(responseCode = "200", description = "The rendered report")
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.FILE) // lists the rendered formats
  @APIResponse(responseCode = "400", description = "Unknown format, lang or period, or a bad asOf")
  @APIResponse(responseCode = "404", description = "No approved or published plan for that year")
  public Response progressFile(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(
              description = DocumentResponses.FILE_FORMAT_DESCRIPTION,
              schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"}))
          @PathParam("format")
          String format,
      @Parameter(description = AS_OF_DESCRIPTION, example = "2025-03-31") @QueryParam("asOf")
          LocalDate asOf,
      @Parameter(
              description = PERIOD_DESCRIPTION,
              schema = @Schema(enumeration = {"half", "annual"}))
          @QueryParam("period")
          String period,
      @BeanParam RenderOptions options) {
    return progressReport(
        agencyCode, fiscalYear, asOf, period, documents.negotiateFile(format), options.lang());
  }

  @GET
  @Path("/analysis.{format}")
  @PermitAll // the check is in analysisReport: public agencies' published results need no token
  @Produces({
    MediaType.TEXT_HTML,
    DocumentResponses.PDF,
    DocumentResponses.DOCX,
    DocumentResponses.XLSX,
    "text/csv"
  })
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(
      operationId = "getAnalysisReportFile",
      summary = "The analysis report as a file",
      description =
          "The same report as getAnalysisReport, rendered in the format the path names"
              + " (…/analysis.pdf). Readable like getAnalysisReport.")
  @APIResponse(responseCode = "200", description = "The rendered report")
  @Extension(
      name = DocumentFormatsFilter.MARK,
      value = DocumentFormatsFilter.FILE) // lists the rendered formats
  @APIResponse(responseCode = "400", description = "Unknown format or lang")
  @APIResponse(responseCode = "404", description = "No published FINAL result for that year")
  public Response analysisFile(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = ASSESSMENT_YEAR, example = "2567")
          @PathParam("fiscalYear")
          @BuddhistYear
          int fiscalYear,
      @Parameter(
              description = DocumentResponses.FILE_FORMAT_DESCRIPTION,
              schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"}))
          @PathParam("format")
          String format,
      @BeanParam RenderOptions options) {
    return analysisReport(agencyCode, fiscalYear, documents.negotiateFile(format), options.lang());
  }

  private Response measuresDocument(
      String agencyCode, int fiscalYear, Format f, String lang, String layout) {
    Labels labels = Labels.of(lang);
    MeasuresLayout l = MeasuresLayout.of(layout);
    boolean publicDocuments = settings.isPublic(agencyCode);
    access.requireCaller(publicDocuments); // no token: 401 before anything about the agency is told
    MeasuresDocumentData document =
        access.readable(
            agencyCode,
            "FY" + fiscalYear + " measures document",
            () -> data.measuresDocument(agencyCode, fiscalYear),
            MeasuresDocumentData::published);
    return documents.respond(
        f,
        document,
        () -> MeasuresDocumentBuilder.of(l).build(document, labels),
        DocumentNames.agency("measures", document.agency().code(), document.fiscalYear())
            + (l == MeasuresLayout.TIERS ? "-tiers" : "")
            + languageSuffix(labels));
  }

  private Response progressReport(
      String agencyCode, int fiscalYear, LocalDate asOf, String period, Format f, String lang) {
    Labels labels = Labels.of(lang);
    ProgressReportBuilder.Period p = ProgressReportBuilder.Period.of(period);
    LocalDate day = p.asOf(fiscalYear, asOf == null ? LocalDate.now(clock) : asOf);
    ProgressReportData report =
        access.readable(
            agencyCode,
            "FY" + fiscalYear + " plan to report on",
            () -> data.progress(agencyCode, fiscalYear, day),
            ProgressReportData::published);
    return documents.respond(
        f,
        report,
        () -> new ProgressReportBuilder().build(report, p, labels, photos.of(report)),
        DocumentNames.agency("progress", report.agency().code(), report.fiscalYear())
            + (p == ProgressReportBuilder.Period.AS_OF
                ? "-" + day
                : "-" + p.name().toLowerCase(Locale.ROOT))
            + languageSuffix(labels));
  }

  private Response analysisReport(String agencyCode, int fiscalYear, Format f, String lang) {
    Labels labels = Labels.of(lang);
    access.requireCaller(settings.isPublic(agencyCode));
    AnalysisReportData report = data.analysis(agencyCode, fiscalYear);
    return documents.respond(
        f,
        report,
        () -> new AnalysisReportBuilder().build(report, labels),
        DocumentNames.agency("analysis", report.agency().code(), report.fiscalYear())
            + languageSuffix(labels));
  }

  /** English files are named apart ({@code …-en.pdf}), so both languages can sit in one folder. */
  static String languageSuffix(Labels labels) {
    return "en".equals(labels.lang()) ? "-en" : "";
  }
}
