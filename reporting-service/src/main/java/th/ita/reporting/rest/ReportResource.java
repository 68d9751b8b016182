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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;
import th.ita.platform.common.rest.ETags;
import th.ita.reporting.domain.ReportSettings;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.ProgressReportData;
import th.ita.reporting.service.ReportAccess;
import th.ita.reporting.service.ReportDataService;
import th.ita.reporting.service.ReportSettingsService;

@Path("/api/v1/agencies/{agencyCode}")
@Tag(name = "Reports", description = "An agency's measures document and progress report, from the read model")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

  /** The formats this endpoint renders today; renderers add theirs. */
  static final String JSON = "json";

  private final ReportDataService data;
  private final ReportSettingsService settings;
  private final ReportAccess access;
  private final Clock clock;

  public ReportResource(ReportDataService data, ReportSettingsService settings, ReportAccess access, Clock clock) {
    this.data = data;
    this.settings = settings;
    this.access = access;
    this.clock = clock;
  }

  @GET
  @Path("/reports/{fiscalYear}/measures")
  @PermitAll // the check is below: public agencies' published documents need no token
  @SecurityRequirementsSet
  @SecurityRequirement(name = "bearerAuth")
  @Operation(operationId = "getMeasuresDocument", summary = "The measures document of a fiscal year",
      description = "The data of the agency's measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) for the fiscal year the measures run in: the agency, the FINAL result of the assessment year they answer (the year before), and the plan with its measures, milestones and limitations. A published document is readable by every role, and without a token when the agency made its documents public (report-settings); a draft (plan approved but not published, or no plan yet) only by the agency's own officers and ita-admins. JSON today (Accept application/json or ?format=json); another format is 406.")
  @APIResponse(responseCode = "200", description = "The document's data",
      content = @Content(schema = @Schema(implementation = MeasuresDocumentData.class)))
  @APIResponse(responseCode = "404", description = "Neither a plan nor the result it answers has arrived")
  @APIResponse(responseCode = "406", description = "The format asked for is not produced")
  public MeasuresDocumentData measures(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") String agencyCode,
      @Parameter(description = "The fiscal year the measures run in", example = "2568") @PathParam("fiscalYear") int fiscalYear,
      @Parameter(description = "json (the default)") @QueryParam("format") String format) {
    requireFormat(format);
    boolean publicDocuments = settings.isPublic(agencyCode);
    access.requireCaller(publicDocuments); // no token: 401 before anything about the agency is told
    MeasuresDocumentData document = data.measuresDocument(agencyCode, fiscalYear);
    access.requireCaller(publicDocuments && document.published());
    access.requireRead(document.agency().code(), document.published(), "FY" + fiscalYear + " measures document");
    return document;
  }

  @GET
  @Path("/reports/{fiscalYear}/progress")
  @Authenticated
  @Operation(operationId = "getProgressReport", summary = "The progress report on a fiscal year's measures",
      description = "Each measure of the plan running in the fiscal year with its status, its milestones done, due and overdue on asOf (default today, Thai time), percent complete (milestones done by asOf / all milestones; the officers' own figure when a measure has no milestones) and the dated status changes. Readable like the measures document, but always with a token.")
  @APIResponse(responseCode = "200", description = "The report's data",
      content = @Content(schema = @Schema(implementation = ProgressReportData.class)))
  @APIResponse(responseCode = "404", description = "No approved or published plan for that year")
  public ProgressReportData progress(
      @Parameter(example = "MFA-ASEAN") @PathParam("agencyCode") String agencyCode,
      @Parameter(example = "2568") @PathParam("fiscalYear") int fiscalYear,
      @Parameter(description = "The day to report on (ISO date); today by default", example = "2025-03-31") @QueryParam("asOf") LocalDate asOf) {
    ProgressReportData report = data.progress(agencyCode, fiscalYear, asOf == null ? LocalDate.now(clock) : asOf);
    access.requireRead(report.agency().code(), report.published(), "FY" + fiscalYear + " progress report");
    return report;
  }

  @GET
  @Path("/report-settings")
  @Authenticated
  @Operation(operationId = "getReportSettings", summary = "An agency's report settings",
      description = "Whether the agency's published documents are public (readable without a token). The ETag is the version to send back as If-Match; an agency that never set them has the defaults, ETag \"-1\".")
  @APIResponse(responseCode = "200", description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "404", description = "Unknown agency")
  public Response getSettings(@PathParam("agencyCode") String agencyCode) {
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
  public Response putSettings(@PathParam("agencyCode") String agencyCode, @HeaderParam("If-Match") String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid SettingsInput body) {
    access.requireSettingsChange(agencyCode);
    ReportSettings s = settings.put(agencyCode, ETags.optional(ifMatch), body.publicDocuments(), access.username());
    return Response.ok(SettingsView.of(s)).tag(ETags.of(s.version)).build();
  }

  private static void requireFormat(String format) {
    if (format != null && !format.isBlank() && !JSON.equalsIgnoreCase(format.trim())) {
      throw new ProblemException(ProblemType.NOT_ACCEPTABLE,
          "Format '" + format + "' is not produced here; ask for json (or leave format out)");
    }
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
