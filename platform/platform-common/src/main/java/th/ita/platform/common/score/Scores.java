package th.ita.platform.common.score;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The one place scores are averaged and rounded. Everything is computed at full precision (34
 * significant digits) and rounded half-up to two decimals only for display, as NACC publishes them;
 * rounding an intermediate figure would drift by a hundredth.
 */
public final class Scores {

  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Two figures that differ by more than this are reported as a discrepancy. */
  public static final BigDecimal TOLERANCE = new BigDecimal("0.01");

  private Scores() {}

  /** The mean, or null if there is nothing to average or any value is unknown. */
  public static BigDecimal mean(Collection<BigDecimal> values) {
    if (values.isEmpty() || values.stream().anyMatch(Objects::isNull)) {
      return null;
    }
    if (values.size() == 1) {
      // Most units of a framework are one question. Adding it to zero and dividing by one at this
      // precision gives it back unchanged, scale included, whenever its digits fit and its scale
      // is not negative (1E+2 comes back as 100): skip the division.
      BigDecimal only = values.iterator().next();
      if (only.precision() <= PRECISION.getPrecision() && only.scale() >= 0) {
        return only;
      }
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
  }

  /** Half-up to two decimals, for display and for comparing with published figures. */
  public static BigDecimal display(BigDecimal value) {
    return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
  }

  /** True when the published figure and the recomputation differ by more than 0.01. */
  public static boolean differ(BigDecimal official, BigDecimal computed) {
    return official != null
        && computed != null
        && official.subtract(computed).abs().compareTo(TOLERANCE) > 0;
  }

  /**
   * {@code part} of {@code whole} in whole percent, half-up (2 of 3 is 67); null when either is
   * unknown or whole is 0.
   */
  public static BigDecimal wholePercent(BigDecimal part, BigDecimal whole) {
    if (part == null || whole == null || whole.signum() == 0) {
      return null;
    }
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_UP);
  }
}
