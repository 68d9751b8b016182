package th.ita.reporting.repository;

import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rows {@link DashboardRepository} aggregates, as the dashboard shows them. */
public final class DashboardRows {

  private DashboardRows() {}

  @Schema(name = "DashboardLevel")
  public record LevelCount(
      @Schema(examples = "PASS") String code, String nameTh, String nameEn, int agencies) {}

  @Schema(name = "DashboardIndicator")
  public record IndicatorAverage(
      int number,
      @Schema(ref = "ToolCode") String tool,
      String nameTh,
      String nameEn,
      BigDecimal average,
      int agencies) {}

  @Schema(name = "DashboardRankingRow")
  public record RankingRow(
      int rank,
      String agencyCode,
      String nameTh,
      String nameEn,
      @Schema(ref = "AgencyType") String type,
      String ministryCode,
      BigDecimal score,
      String levelCode,
      String levelNameTh) {}

  @Schema(name = "DashboardStatusCount")
  public record StatusCount(
      @Schema(examples = "DELAYED", ref = "MeasureStatus") String status,
      int measures,
      int overdue) {}

  @Schema(name = "DashboardMeasure")
  public record MeasureRow(
      String agencyCode,
      String agencyNameTh,
      UUID measureId,
      int ordinal,
      String titleTh,
      @Schema(ref = "MeasureStatus") String status,
      boolean overdue,
      String periodTh) {}
}
