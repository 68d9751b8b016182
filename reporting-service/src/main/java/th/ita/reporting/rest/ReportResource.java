package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import java.time.OffsetDateTime;
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
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.domain.ReportSettings;
import th.ita.reporting.document.AnalysisReportBuilder;
import th.ita.reporting.document.DocumentNames;
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.MeasuresDocumentBuilder;
import th.ita.reporting.document.ProgressReportBuilder;
import th.ita.reporting.render.Format;
import th.ita.reporting.service.AnalysisReportData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.ProgressReportData;
import th.ita.reporting.service.ReportAccess;
import th.ita.reporting.service.ReportDataService;
import th.ita.reporting.service.ReportSettingsService;

@Path("/api/v1/agencies/{agencyCode}")
@Tag(name = "Reports", description = "An agency's measures document, progress report and analysis report, from the read model, as data (JSON) or documents (HTML, PDF, DOCX, XLSX, CSV)")
@Produces(MediaType.APPLICATION_JSON)
@RateLimited("documents")
public class ReportResource {

  private static final String LAYOUT_DESCRIPTION = "issues (default: seeds 001/004, analysis by the seven NACC issues) or tiers (seed 002: measures by tier with a Q1-Q4 timeline)";
  private static final String PERIOD_DESCRIPTION = "half (as of 31 March) or annual (as of 30 September)";

  private final ReportDataService data;
  private final ReportSettingsService settings;
  private final ReportAccess access;
  private final Clock clock;
  private final DocumentResponses documents;

  public ReportResource(ReportDataService data, ReportSettingsService settings, ReportAccess access, Clock clock,
      DocumentResponses documents) {
    this.documents = documents;
    this.data = data;
    this.settings = settings;
    this.access = access;
    this.clock = clock;
  }

  @GET
  @Path("/reports/{fiscalYear}/measures")
  @PermitAll // the check is below: public agencies' published documents need no token
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, DocumentResponses.PDF, DocumentResponses.DOCX,
      DocumentResponses.XLSX, "text/csv"})
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(operationId = "getMeasuresDocument", summary = "The measures document of a fiscal year",
      description = "The agency's measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) for the fiscal year the measures run in: the agency, the FINAL result of the assessment year they answer (the year before), and the plan with its measures, milestones and limitations. JSON is the data record; html, pdf, docx, xlsx and csv are the document as seeds 001/004 lay it out (header facts; part 1 results by tool, indicator with a chart against the target 85, question; part 2 analysis by the seven NACC issues; part 3 the measures table; part 4 limitations), or with layout=tiers as seed 002 (measures grouped by tier with a Q1-Q4 timeline, monitoring and reporting). Choose by ?format= or Accept; lang=en for English labels and C.E. years. A published document is readable by every role, and without a token when the agency made its documents public (report-settings); a draft (plan approved but not published, or no plan yet) only by the agency's own officers and ita-admins.")
  @APIResponse(responseCode = "200", description = "The document's data (JSON) or the rendered document",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeasuresDocumentData.class)))
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.DATA) // adds html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format, lang or layout")
  @APIResponse(responseCode = "404", description = "Neither a plan nor the result it answers has arrived")
  @APIResponse(responseCode = "406", description = "The Accept header names no format produced here")
  public Response measures(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The fiscal year the measures run in", example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = DocumentResponses.FORMAT_DESCRIPTION, schema = @Schema(enumeration = {"json", "html", "pdf", "docx", "xlsx", "csv"})) @QueryParam("format") String format,
      @Parameter(description = DocumentResponses.LANG_DESCRIPTION, schema = @Schema(enumeration = {"th", "en"})) @QueryParam("lang") String lang,
      @Parameter(description = LAYOUT_DESCRIPTION, schema = @Schema(enumeration = {"issues", "tiers"})) @QueryParam("layout") String layout,
      @Context HttpHeaders headers) {
    return measuresDocument(agencyCode, fiscalYear, documents.negotiate(format, headers), lang, layout);
  }

  @GET
  @Path("/reports/{fiscalYear}/progress")
  @Authenticated
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, DocumentResponses.PDF, DocumentResponses.DOCX,
      DocumentResponses.XLSX, "text/csv"})
  @Operation(operationId = "getProgressReport", summary = "The progress report on a fiscal year's measures",
      description = "Each measure of the plan running in the fiscal year with its status, its milestones done, due and overdue on asOf (default today, Thai time), percent complete (milestones done by asOf / all milestones; the officers' own figure when a measure has no milestones) the dated status changes and the evidence of activities done by then. period=half is the 6-month report (as of the end of Q2, 31 March), period=annual the annual one (30 September); asOf then is ignored. JSON is the data record; html, pdf, docx, xlsx and csv the report (รายงานผลการดำเนินการตามมาตรการ...), by ?format= or Accept; lang=en for English. Readable like the measures document, but always with a token.")
  @APIResponse(responseCode = "200", description = "The report's data (JSON) or the rendered report",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReportData.class)))
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.DATA) // adds html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format, lang or period, or a bad asOf")
  @APIResponse(responseCode = "404", description = "No approved or published plan for that year")
  @APIResponse(responseCode = "406", description = "The Accept header names no format produced here")
  public Response progress(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = "The day to report on (ISO date); today by default", example = "2025-03-31") @QueryParam("asOf") LocalDate asOf,
      @Parameter(description = PERIOD_DESCRIPTION, schema = @Schema(enumeration = {"half", "annual"})) @QueryParam("period") String period,
      @Parameter(description = DocumentResponses.FORMAT_DESCRIPTION, schema = @Schema(enumeration = {"json", "html", "pdf", "docx", "xlsx", "csv"})) @QueryParam("format") String format,
      @Parameter(description = DocumentResponses.LANG_DESCRIPTION, schema = @Schema(enumeration = {"th", "en"})) @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    return progressReport(agencyCode, fiscalYear, asOf, period, documents.negotiate(format, headers), lang);
  }

  @GET
  @Path("/reports/{fiscalYear}/analysis")
  @PermitAll // like the measures document: public agencies' published results need no token
  @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, DocumentResponses.PDF, DocumentResponses.DOCX,
      DocumentResponses.XLSX, "text/csv"})
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(operationId = "getAnalysisReport", summary = "The analysis report of an assessment result",
      description = "The agency's FINAL result of the assessment year in the path (not the year the measures run in): scores against the target 85 and against the year before (when its result is published), highest and lowest indicator per tool, the questions in three tiers (keep above 97.50, improve 95.00-97.50, fix urgently below 95.00: measures-service's defaults, as the result carries no thresholds), charts of the indicators against the target, year over year, and the national level distribution. JSON is the data record; html, pdf, docx, xlsx, csv the report, by ?format= or Accept; lang=en for English. Published results are readable by every role, and without a token when the agency made its documents public.")
  @APIResponse(responseCode = "200", description = "The report's data (JSON) or the rendered report",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnalysisReportData.class)))
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.DATA) // adds html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format or lang")
  @APIResponse(responseCode = "404", description = "No published FINAL result for that year")
  @APIResponse(responseCode = "406", description = "The Accept header names no format produced here")
  public Response analysis(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The assessment year", example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = DocumentResponses.FORMAT_DESCRIPTION, schema = @Schema(enumeration = {"json", "html", "pdf", "docx", "xlsx", "csv"})) @QueryParam("format") String format,
      @Parameter(description = DocumentResponses.LANG_DESCRIPTION, schema = @Schema(enumeration = {"th", "en"})) @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    return analysisReport(agencyCode, fiscalYear, documents.negotiate(format, headers), lang);
  }

  @GET
  @Path("/reports/{fiscalYear}/measures.{format}")
  @PermitAll // the check is in measuresDocument: public agencies' published documents need no token
  @Produces({MediaType.TEXT_HTML, DocumentResponses.PDF, DocumentResponses.DOCX, DocumentResponses.XLSX, "text/csv"})
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(operationId = "getMeasuresDocumentFile", summary = "The measures document as a file",
      description = "The same document as getMeasuresDocument, rendered in the format the path names (…/measures.pdf): a link to share, and a download for generated clients. Readable like getMeasuresDocument.")
  @APIResponse(responseCode = "200", description = "The rendered document")
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.FILE) // lists html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format, lang or layout")
  @APIResponse(responseCode = "404", description = "Neither a plan nor the result it answers has arrived")
  public Response measuresFile(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The fiscal year the measures run in", example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = DocumentResponses.FILE_FORMAT_DESCRIPTION, schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"})) @PathParam("format") String format,
      @Parameter(description = DocumentResponses.LANG_DESCRIPTION, schema = @Schema(enumeration = {"th", "en"})) @QueryParam("lang") String lang,
      @Parameter(description = LAYOUT_DESCRIPTION, schema = @Schema(enumeration = {"issues", "tiers"})) @QueryParam("layout") String layout) {
    return measuresDocument(agencyCode, fiscalYear, documents.negotiateFile(format), lang, layout);
  }

  @GET
  @Path("/reports/{fiscalYear}/progress.{format}")
  @Authenticated
  @Produces({MediaType.TEXT_HTML, DocumentResponses.PDF, DocumentResponses.DOCX, DocumentResponses.XLSX, "text/csv"})
  @Operation(operationId = "getProgressReportFile", summary = "The progress report as a file",
      description = "The same report as getProgressReport, rendered in the format the path names (…/progress.pdf). Readable like getProgressReport.")
  @APIResponse(responseCode = "200", description = "The rendered report")
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.FILE) // lists html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format, lang or period, or a bad asOf")
  @APIResponse(responseCode = "404", description = "No approved or published plan for that year")
  public Response progressFile(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(example = "2568") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = DocumentResponses.FILE_FORMAT_DESCRIPTION, schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"})) @PathParam("format") String format,
      @Parameter(description = "The day to report on (ISO date); today by default", example = "2025-03-31") @QueryParam("asOf") LocalDate asOf,
      @Parameter(description = PERIOD_DESCRIPTION, schema = @Schema(enumeration = {"half", "annual"})) @QueryParam("period") String period,
      @Parameter(description = DocumentResponses.LANG_DESCRIPTION, schema = @Schema(enumeration = {"th", "en"})) @QueryParam("lang") String lang) {
    return progressReport(agencyCode, fiscalYear, asOf, period, documents.negotiateFile(format), lang);
  }

  @GET
  @Path("/reports/{fiscalYear}/analysis.{format}")
  @PermitAll // the check is in analysisReport: public agencies' published results need no token
  @Produces({MediaType.TEXT_HTML, DocumentResponses.PDF, DocumentResponses.DOCX, DocumentResponses.XLSX, "text/csv"})
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(operationId = "getAnalysisReportFile", summary = "The analysis report as a file",
      description = "The same report as getAnalysisReport, rendered in the format the path names (…/analysis.pdf). Readable like getAnalysisReport.")
  @APIResponse(responseCode = "200", description = "The rendered report")
  @Extension(name = DocumentFormatsFilter.MARK, value = DocumentFormatsFilter.FILE) // lists html, pdf, docx, xlsx and csv
  @APIResponse(responseCode = "400", description = "Unknown format or lang")
  @APIResponse(responseCode = "404", description = "No published FINAL result for that year")
  public Response analysisFile(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The assessment year", example = "2567") @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @Parameter(description = DocumentResponses.FILE_FORMAT_DESCRIPTION, schema = @Schema(enumeration = {"html", "pdf", "docx", "xlsx", "csv"})) @PathParam("format") String format,
      @Parameter(description = DocumentResponses.LANG_DESCRIPTION, schema = @Schema(enumeration = {"th", "en"})) @QueryParam("lang") String lang) {
    return analysisReport(agencyCode, fiscalYear, documents.negotiateFile(format), lang);
  }

  private Response measuresDocument(String agencyCode, int fiscalYear, Format f, String lang, String layout) {
    Labels labels = Labels.of(lang);
    MeasuresDocumentBuilder.Layout l = MeasuresDocumentBuilder.Layout.of(layout);
    boolean publicDocuments = settings.isPublic(agencyCode);
    access.requireCaller(publicDocuments); // no token: 401 before anything about the agency is told
    MeasuresDocumentData document = access.readable(agencyCode, "FY" + fiscalYear + " measures document",
        () -> data.measuresDocument(agencyCode, fiscalYear), MeasuresDocumentData::published);
    return documents.respond(f, document, () -> new MeasuresDocumentBuilder().build(document, labels, l),
        DocumentNames.agency("measures", document.agency().code(), document.fiscalYear())
            + (l == MeasuresDocumentBuilder.Layout.TIERS ? "-tiers" : "") + ("en".equals(labels.lang()) ? "-en" : ""));
  }

  private Response progressReport(String agencyCode, int fiscalYear, LocalDate asOf, String period, Format f, String lang) {
    Labels labels = Labels.of(lang);
    ProgressReportBuilder.Period p = ProgressReportBuilder.Period.of(period);
    LocalDate day = p.asOf(fiscalYear, asOf == null ? LocalDate.now(clock) : asOf);
    ProgressReportData report = access.readable(agencyCode, "FY" + fiscalYear + " plan to report on",
        () -> data.progress(agencyCode, fiscalYear, day), ProgressReportData::published);
    return documents.respond(f, report,
        () -> new ProgressReportBuilder().build(report, p, labels),
        DocumentNames.agency("progress", report.agency().code(), report.fiscalYear())
            + (p == ProgressReportBuilder.Period.AS_OF ? "-" + day : "-" + p.name().toLowerCase(java.util.Locale.ROOT))
            + ("en".equals(labels.lang()) ? "-en" : ""));
  }

  private Response analysisReport(String agencyCode, int fiscalYear, Format f, String lang) {
    Labels labels = Labels.of(lang);
    access.requireCaller(settings.isPublic(agencyCode));
    AnalysisReportData report = data.analysis(agencyCode, fiscalYear);
    return documents.respond(f, report, () -> new AnalysisReportBuilder().build(report, labels),
        DocumentNames.agency("analysis", report.agency().code(), report.fiscalYear()) + ("en".equals(labels.lang()) ? "-en" : ""));
  }

  @GET
  @Path("/report-settings")
  @Authenticated
  @Operation(operationId = "getReportSettings", summary = "An agency's report settings",
      description = "Whether the agency's published documents are public (readable without a token), and who last changed that. The agency's own officers or an ita-admin. The ETag is the version to send back as If-Match; an agency that never set them has the defaults, ETag \"-1\".")
  @APIResponse(responseCode = "200", description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency")
  public Response getSettings(@PathParam("agencyCode") @Code String agencyCode) {
    access.requireSettingsRead(agencyCode);
    ReportSettings s = settings.get(agencyCode);
    return Response.ok(SettingsView.of(s)).tag(ETags.of(s.version)).build();
  }

  @PUT
  @Path("/report-settings")
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "putReportSettings", summary = "Make an agency's published documents public, or not",
      description = "The agency's own officers or an ita-admin. Send the ETag from GET as If-Match, so two people never overwrite each other. Drafts are never public.")
  @APIResponse(responseCode = "200", description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency")
  @APIResponse(responseCode = "412", description = "The settings changed since they were read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response putSettings(@PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid SettingsInput body) {
    access.requireSettingsChange(agencyCode);
    ReportSettings s = settings.put(agencyCode, ETags.optional(ifMatch), body.publicDocuments(), access.username());
    return Response.ok(SettingsView.of(s)).tag(ETags.of(s.version)).build();
  }

  @Schema(name = "ReportSettingsInput")
  public record SettingsInput(
      @Schema(description = "True to let anyone read the agency's published documents without a token")
          @NotNull Boolean publicDocuments) {}

  @Schema(name = "ReportSettings")
  public record SettingsView(
      boolean publicDocuments,
      @Schema(description = "True when these are the defaults, never set by the agency") boolean defaults,
      OffsetDateTime updatedAt, String updatedBy) {

    static SettingsView of(ReportSettings s) {
      return new SettingsView(s.publicDocuments, s.version < 0, s.updatedAt, s.updatedBy);
    }
  }
}
