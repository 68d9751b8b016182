package th.ita.measures.rest.view;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.calendar.FiscalQuarter;

/** A Thai fiscal year and its quarters, the frame every measure's milestones are planned in. */
@Schema(name = "FiscalYear")
public record FiscalYearView(
    @Schema(description = "Buddhist-era year", examples = "2568") int fiscalYear,
    @Schema(description = "Common-era year in which it ends", examples = "2025") int commonEraYear,
    @Schema(examples = "2024-10-01") LocalDate start,
    @Schema(examples = "2025-09-30") LocalDate end,
    @Schema(examples = "ปีงบประมาณ พ.ศ. 2568") String labelTh,
    @Schema(examples = "Fiscal year 2025") String labelEn,
    List<Quarter> quarters) {

  @Schema(name = "FiscalQuarterPeriod")
  public record Quarter(
      FiscalQuarter quarter,
      @Schema(examples = "2024-10-01") LocalDate start,
      @Schema(
              description = "Milestones of this quarter are due on this day",
              examples = "2024-12-31")
          LocalDate end,
      @Schema(examples = "ไตรมาส 1 (ต.ค. – ธ.ค. 2567)") String labelTh,
      @Schema(examples = "Q1 (Oct – Dec 2024)") String labelEn) {}
}
