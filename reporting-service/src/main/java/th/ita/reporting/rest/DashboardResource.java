package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.ReportDataService;

@Path("/api/v1/dashboards")
@Tag(name = "Dashboards", description = "A fiscal year at a glance, for the nation or a ministry")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

  private final ReportDataService data;

  public DashboardResource(ReportDataService data) {
    this.data = data;
  }

  @GET
  @Path("/{fiscalYear}")
  @Operation(operationId = "getDashboard", summary = "A fiscal year's dashboard",
      description = "From the published FINAL results assessed in the fiscal year: agencies, mean score, the level distribution, each indicator's mean and the ranking (equal scores share a rank). From the published plans running in the fiscal year: measures per status and the measures themselves, overdue first. For the nation, or for one ministry (its code, any case). Every role.")
  @APIResponse(responseCode = "200", description = "The dashboard",
      content = @Content(schema = @Schema(implementation = DashboardData.class)))
  public DashboardData dashboard(
      @Parameter(example = "2567") @PathParam("fiscalYear") int fiscalYear,
      @Parameter(description = "Ministry code, e.g. MFA") @QueryParam("ministry") String ministry,
      @Parameter(description = "How many measures to list, 1-1000") @QueryParam("measures") @DefaultValue("200")
          @Min(value = 1, message = "must be between 1 and 1000") @Max(value = 1000, message = "must be between 1 and 1000") int measures) {
    return data.dashboard(fiscalYear, ministry, measures);
  }
}
