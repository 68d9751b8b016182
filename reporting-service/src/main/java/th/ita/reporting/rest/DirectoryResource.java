package th.ita.reporting.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.validation.Code;
import th.ita.reporting.mapping.ReportViews;
import th.ita.reporting.rest.view.ReportAgencyPage;
import th.ita.reporting.service.DirectoryService;

@Path("/api/v1/report-agencies")
@Tag(
    name = "Report agencies",
    description = "The agencies reports and dashboards cover, as known from registry events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {

  private final DirectoryService directory;

  public DirectoryResource(DirectoryService directory) {
    this.directory = directory;
  }

  @GET
  @Operation(
      operationId = "listReportAgencies",
      summary = "List the agencies reports cover",
      description =
          "Agencies in reporting-service's read model, fed by AgencyRegistered and AgencyUpdated "
              + "events; an officer sees only their own agency.")
  @APIResponse(responseCode = "200", description = "One page of agencies")
  public ReportAgencyPage list(
      @Parameter(description = "Agency type, e.g. DEPARTMENT") @QueryParam("type") @Code
          String type,
      @Parameter(description = "Ministry code, e.g. MOC") @QueryParam("ministry") @Code
          String ministry,
      @Valid @BeanParam PageRequest page) {
    var result = directory.search(type, ministry, page).map(ReportViews::agency);
    return new ReportAgencyPage(
        result.items(), result.page(), result.size(), result.totalItems(), result.totalPages());
  }
}
