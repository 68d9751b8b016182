package th.ita.reporting.document;

import java.math.BigDecimal;

/**
 * Seed 002's tiers of a score: KEEP above {@code keepAbove}, IMPROVE from {@code urgentBelow} to
 * {@code keepAbove}, URGENT below {@code urgentBelow}. The result snapshot carries no thresholds,
 * so documents use measures-service's defaults (97.50 and 95.00, GapListService), as seed 002 did.
 */
public record Tiers(BigDecimal keepAbove, BigDecimal urgentBelow) {

  public static final Tiers DEFAULT = new Tiers(new BigDecimal("97.50"), new BigDecimal("95.00"));

  public static final java.util.List<String> ORDER = java.util.List.of("URGENT", "IMPROVE", "KEEP");

  public String of(BigDecimal score) {
    if (score == null) {
      return null;
    }
    if (score.compareTo(keepAbove) > 0) {
      return "KEEP";
    }
    return score.compareTo(urgentBelow) < 0 ? "URGENT" : "IMPROVE";
  }

  /** "above 97.50" etc., for the tier headings. */
  public String range(String tier, Labels l) {
    return switch (tier) {
      case "KEEP" -> l.f("tier.range.KEEP", keepAbove.toPlainString());
      case "IMPROVE" -> l.f("tier.range.IMPROVE", urgentBelow.toPlainString(), keepAbove.toPlainString());
      case "URGENT" -> l.f("tier.range.URGENT", urgentBelow.toPlainString());
      default -> "";
    };
  }
}
