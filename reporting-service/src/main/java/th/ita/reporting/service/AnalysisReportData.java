package th.ita.reporting.service;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.reporting.repository.DashboardRows.LevelCount;

/**
 * What the analysis report of an assessment result shows: the FINAL result of the year, the one of
 * the year before when the read model has it, and the national level distribution and average of
 * the year.
 */
@Schema(name = "AnalysisReport")
public record AnalysisReportData(
    AgencyInfo agency,
    @Schema(description = "The assessment year (B.E.)", examples = "2567") int fiscalYear,
    ResultData result,
    @Schema(description = "The FINAL result of the year before, when published")
        ResultData previous,
    @Schema(
            description =
                "Mean overall score of every agency with a published FINAL result that year")
        BigDecimal nationalAverage,
    List<LevelCount> nationalLevels) {

  public AnalysisReportData {
    nationalLevels = nationalLevels == null ? List.of() : nationalLevels;
  }
}
