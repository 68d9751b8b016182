package th.ita.reporting.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A fiscal year at a glance, for the nation or one ministry: the FINAL results assessed in that
 * year (levels, indicator averages, ranking) and the measures of the published plans that run in
 * it (by status, overdue first).
 */
@Schema(name = "Dashboard")
public record DashboardData(
    @Schema(examples = "2567") int fiscalYear,
    @Schema(description = "The ministry filtered on, absent for the nation", examples = "MFA") String ministryCode,
    @Schema(description = "Agencies with a published FINAL result") int agencies,
    @Schema(description = "Mean overall score, half-up to two decimals") BigDecimal averageScore,
    List<LevelCount> levels,
    List<IndicatorAverage> indicatorAverages,
    @Schema(description = "By overall score; equal scores share a rank") List<RankingRow> ranking,
    List<StatusCount> measuresByStatus,
    @Schema(description = "Measures of published plans, overdue first") List<MeasureRow> measures) {

  @Schema(name = "DashboardLevel")
  public record LevelCount(@Schema(examples = "PASS") String code, String nameTh, String nameEn, int agencies) {}

  @Schema(name = "DashboardIndicator")
  public record IndicatorAverage(int number, @Schema(ref = "ToolCode") String tool,
      String nameTh, String nameEn, BigDecimal average, int agencies) {}

  @Schema(name = "DashboardRankingRow")
  public record RankingRow(int rank, String agencyCode, String nameTh, String nameEn,
      @Schema(ref = "AgencyType") String type, String ministryCode,
      BigDecimal score, String levelCode, String levelNameTh) {}

  @Schema(name = "DashboardStatusCount")
  public record StatusCount(@Schema(examples = "DELAYED", ref = "MeasureStatus") String status, int measures, int overdue) {}

  @Schema(name = "DashboardMeasure")
  public record MeasureRow(String agencyCode, String agencyNameTh, UUID measureId, int ordinal, String titleTh,
      @Schema(ref = "MeasureStatus") String status, boolean overdue, String periodTh) {}
}
