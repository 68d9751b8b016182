package th.ita.measures.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import th.ita.measures.rest.view.FiscalYearView;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;

@Path("/api/v1/fiscal-years")
@Tag(
    name = "Fiscal calendar",
    description = "Thai fiscal years (October to September) and their quarters")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class FiscalYearResource {

  private static final Locale THAI = Locale.forLanguageTag("th");

  private final Clock clock;

  public FiscalYearResource(Clock clock) {
    this.clock = clock;
  }

  @GET
  @Path("/current")
  @Operation(
      operationId = "getCurrentFiscalYear",
      summary = "The current fiscal year",
      description = "The fiscal year that today (Asia/Bangkok) falls in, with its quarters.")
  @APIResponse(responseCode = "200", description = "The current fiscal year")
  public FiscalYearView current() {
    return view(FiscalYear.containing(LocalDate.now(clock)));
  }

  @GET
  @Path("/{fiscalYear}")
  @Operation(
      operationId = "getFiscalYear",
      summary = "A fiscal year and its quarters",
      description =
          "Start and end dates of a Buddhist-era fiscal year and of its quarters Q1 to Q4, with Thai and English labels.")
  @APIResponse(responseCode = "200", description = "The fiscal year")
  public FiscalYearView get(
      @Parameter(description = "Buddhist-era year", example = "2568")
          @PathParam("fiscalYear")
          @Min(value = FiscalYear.MIN, message = "must be a Buddhist-era year, 2500 or later")
          @Max(value = FiscalYear.MAX, message = "must be a Buddhist-era year, 2700 or earlier")
          int fiscalYear) {
    return view(FiscalYear.of(fiscalYear));
  }

  private static FiscalYearView view(FiscalYear year) {
    return new FiscalYearView(
        year.buddhistEra(),
        year.commonEraOfEnd(),
        year.start(),
        year.end(),
        "ปีงบประมาณ พ.ศ. " + year.buddhistEra(),
        "Fiscal year " + year.commonEraOfEnd(),
        Arrays.stream(FiscalQuarter.values())
            .map(
                q ->
                    new FiscalYearView.Quarter(
                        q,
                        year.start(q),
                        year.end(q),
                        ThaiDates.quarter(year, q, THAI),
                        ThaiDates.quarter(year, q, Locale.ENGLISH)))
            .toList());
  }
}
