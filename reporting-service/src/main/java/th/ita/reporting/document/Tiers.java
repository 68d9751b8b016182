package th.ita.reporting.document;

import java.math.BigDecimal;
import th.ita.reporting.service.ResultData;

/**
 * The tiers of a score: KEEP above {@code keepAbove}, IMPROVE from {@code urgentBelow} to {@code
 * keepAbove}, URGENT below {@code urgentBelow}. Documents take the agency's thresholds from the
 * result when its event carried them, else measures-service's defaults (97.50 and 95.00,
 * GapListService), which are seed 002's.
 */
public record Tiers(BigDecimal keepAbove, BigDecimal urgentBelow) {

  public static final Tiers DEFAULT = new Tiers(new BigDecimal("97.50"), new BigDecimal("95.00"));

  /** The agency's thresholds the result was published with, else the defaults. */
  public static Tiers from(ResultData result) {
    ResultData.Thresholds t = result == null ? null : result.thresholds();
    return t == null
        ? DEFAULT
        : new Tiers(Labels.score(t.keepAbove()), Labels.score(t.urgentBelow()));
  }

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
