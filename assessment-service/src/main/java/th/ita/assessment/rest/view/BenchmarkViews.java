package th.ita.assessment.rest.view;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.assessment.domain.AgencyType;

/** National and group comparisons of published results. */
public final class BenchmarkViews {

  private BenchmarkViews() {}

  @Schema(name = "RankedAgency")
  public record RankedAgency(
      long rank,
      String agencyCode,
      String nameTh,
      String nameEn,
      AgencyType type,
      String ministryCode,
      @Schema(examples = "82.06") BigDecimal score,
      String levelCode) {}

  @Schema(name = "RankingPage")
  public record RankingPage(
      List<RankedAgency> items, int page, int size, long totalItems, int totalPages) {}

  @Schema(
      name = "Benchmark",
      description = "Averages and distributions over the latest published FINAL results in scope")
  public record Benchmark(
      int fiscalYear,
      AgencyType type,
      String ministry,
      @Schema(examples = "8325") long agencies,
      @Schema(description = "Mean of the published overall scores", examples = "90.19")
          BigDecimal average,
      @Schema(examples = "85.00") BigDecimal target,
      long atOrAboveTarget,
      @Schema(
              description = "Share of agencies at or above the target, in percent",
              examples = "71.20")
          BigDecimal shareAtOrAboveTarget,
      List<LevelCount> levels,
      List<IndicatorAverage> indicators) {}

  @Schema(name = "BenchmarkLevel")
  public record LevelCount(
      String code, String nameTh, String nameEn, long agencies, BigDecimal share) {}

  @Schema(name = "BenchmarkIndicator")
  public record IndicatorAverage(
      int number, String nameTh, String nameEn, BigDecimal average, long agencies) {}
}
