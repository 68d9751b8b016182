package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

/** Averages and distributions over a year's latest published FINAL results in scope. */
public record Benchmark(
    int fiscalYear,
    AgencyType type,
    String ministry,
    long agencies,
    BigDecimal average,
    BigDecimal target,
    long atOrAboveTarget,
    BigDecimal shareAtOrAboveTarget,
    List<LevelCount> levels,
    List<IndicatorAverage> indicators) {

  /** How many agencies reached a level, and their share in percent. */
  public record LevelCount(
      String code, String nameTh, String nameEn, long agencies, BigDecimal share) {}

  /** The mean of one indicator over the agencies that have it. */
  public record IndicatorAverage(
      int number, String nameTh, String nameEn, BigDecimal average, long agencies) {}
}
