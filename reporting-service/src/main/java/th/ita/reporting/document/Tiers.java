package th.ita.reporting.document;

import java.math.BigDecimal;

/**
 * The tiers of a score: KEEP above {@code keepAbove}, IMPROVE from {@code urgentBelow} to {@code
 * keepAbove}, URGENT below {@code urgentBelow}. The result snapshot carries no thresholds, so
 * documents use measures-service's defaults (97.50 and 95.00, GapListService).
 */
public record Tiers(BigDecimal keepAbove, BigDecimal urgentBelow) {

  public static final Tiers DEFAULT = new Tiers(new BigDecimal("97.50"), new BigDecimal("95.00"));

  /** The tier of a score; null for no score. */
  public Tier of(BigDecimal score) {
    if (score == null) {
      return null;
    }
    if (score.compareTo(keepAbove) > 0) {
      return Tier.KEEP;
    }
    return score.compareTo(urgentBelow) < 0 ? Tier.URGENT : Tier.IMPROVE;
  }

  /** "above 97.50" etc., for the tier headings. */
  public String range(Tier tier, Labels l) {
    return switch (tier) {
      case KEEP -> l.f("tier.range.KEEP", keepAbove.toPlainString());
      case IMPROVE ->
          l.f("tier.range.IMPROVE", urgentBelow.toPlainString(), keepAbove.toPlainString());
      case URGENT -> l.f("tier.range.URGENT", urgentBelow.toPlainString());
    };
  }
}
