package th.ita.assessment.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.assessment.domain.AnalysisSettings;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.mapping.AnalysisMapper;
import th.ita.assessment.rest.view.AnalysisView;
import th.ita.assessment.service.AnalysisService;
import th.ita.assessment.service.AnalysisService.Analysis;
import th.ita.assessment.service.AnalysisSettingsService;
import th.ita.assessment.service.ResultAccess;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.rest.ETags;
import th.ita.platform.common.security.CallerAgency;
import th.ita.platform.common.validation.BuddhistYear;
import th.ita.platform.common.validation.Code;
import th.ita.platform.common.validation.Score;

@Path("/api/v1/agencies/{agencyCode}")
@Tag(
    name = "Analysis",
    description = "The analysis of a result that agencies base their measures on")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

  private final AnalysisService analysis;
  private final AnalysisSettingsService settings;
  private final ResultAccess access;
  private final CallerAgency caller;
  private final ResultViews resultMapper;

  public AnalysisResource(
      AnalysisService analysis,
      AnalysisSettingsService settings,
      ResultAccess access,
      CallerAgency caller,
      ResultViews resultMapper) {
    this.analysis = analysis;
    this.settings = settings;
    this.access = access;
    this.caller = caller;
    this.resultMapper = resultMapper;
  }

  /** An agency's own target and tier thresholds. */
  @Schema(name = "AnalysisSettings")
  public record SettingsView(
      @Schema(examples = "95.00") @NotNull @Score BigDecimal target,
      @Schema(examples = "97.50") @NotNull @Score BigDecimal keepAbove,
      @Schema(examples = "95.00") @NotNull @Score BigDecimal urgentBelow,
      @Schema(description = "True when these are the platform's defaults, not the agency's own")
          boolean defaults) {

    static SettingsView of(AnalysisSettings s) {
      return new SettingsView(s.target, s.keepAbove, s.urgentBelow, s.version < 0);
    }
  }

  @GET
  @Path("/results/{fiscalYear}/analysis")
  @Operation(
      operationId = "getResultAnalysis",
      summary = "Analyse a result",
      description =
          "Highest and lowest indicator per tool; questions in tiers by the thresholds (query, else the agency's settings, else the platform's defaults 97.50/95.00), per tool and per EIT stakeholder group; the weakest questions; the change per indicator against the previous fiscal year; the gap to target (query, else the agency's, else the national 85); and the questions under each of the seven NACC issues. Readable like the result itself.")
  @APIResponse(
      responseCode = "200",
      description = "The analysis",
      content = @Content(schema = @Schema(implementation = AnalysisView.class)))
  @APIResponse(responseCode = "404", description = "No result the caller may see")
  public AnalysisView analyse(
      @PathParam("agencyCode") @Code String agencyCode,
      @PathParam("fiscalYear") @BuddhistYear int fiscalYear,
      @QueryParam("round") Round round,
      @Parameter(description = "Target score", example = "95.00") @QueryParam("target") @Score
          BigDecimal target,
      @Parameter(description = "Questions above this are kept", example = "97.50")
          @QueryParam("keepAbove")
          @Score
          BigDecimal keepAbove,
      @Parameter(description = "Questions below this are fixed urgently", example = "95.00")
          @QueryParam("urgentBelow")
          @Score
          BigDecimal urgentBelow,
      @Parameter(description = "How many weakest questions to list")
          @QueryParam("weakest")
          @DefaultValue("5")
          @Min(value = 1, message = "must be between 1 and 50")
          @Max(value = 50, message = "must be between 1 and 50")
          int weakest) {
    Analysis a =
        analysis.analyse(
            agencyCode,
            fiscalYear,
            round,
            access.maySeeDrafts(agencyCode),
            new AnalysisService.Request(target, keepAbove, urgentBelow, weakest));
    return AnalysisMapper.toView(
        resultMapper.toView(a.result()),
        a.previous() == null ? null : resultMapper.toView(a.previous()),
        a.thresholds(),
        a.weakest());
  }

  @GET
  @Path("/analysis-settings")
  @Operation(
      operationId = "getAnalysisSettings",
      summary = "An agency's target and thresholds",
      description =
          "The agency's own target and tier thresholds, or the defaults when it has set none.")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  public Response getSettings(@PathParam("agencyCode") @Code String agencyCode) {
    caller.requireAccess(agencyCode);
    AnalysisSettings s = settings.get(agencyCode);
    return Response.ok(SettingsView.of(s)).tag(ETags.of(s.version)).build();
  }

  @PUT
  @Path("/analysis-settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "putAnalysisSettings",
      summary = "Set an agency's target and thresholds",
      description =
          "The agency's own officers (or an ita-admin) set its target and tier thresholds. Send the ETag from GET as If-Match (the defaults have ETag \"-1\"), so two officers never overwrite each other.")
  @APIResponse(
      responseCode = "200",
      description = "The settings",
      content = @Content(schema = @Schema(implementation = SettingsView.class)))
  @APIResponse(responseCode = "412", description = "The settings changed since they were read")
  @APIResponse(responseCode = "428", description = "If-Match is missing")
  public Response putSettings(
      @PathParam("agencyCode") @Code String agencyCode,
      @Parameter(description = "The ETag from GET", required = true) @HeaderParam("If-Match")
          String ifMatch,
      @NotNull(message = "a JSON body is required") @Valid SettingsView body) {
    if (!access.maySetAnalysisSettings(agencyCode)) {
      throw new AccessDeniedException(
          "Only the agency's own officers or an ita-admin set its target and thresholds");
    }
    AnalysisSettings s =
        settings.put(
            agencyCode,
            ETags.required(ifMatch, "analysis settings"),
            body.target(),
            body.keepAbove(),
            body.urgentBelow(),
            caller.username());
    return Response.ok(SettingsView.of(s)).tag(ETags.of(s.version)).build();
  }
}
