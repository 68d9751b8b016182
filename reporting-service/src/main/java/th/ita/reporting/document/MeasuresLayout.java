package th.ita.reporting.document;

import java.util.List;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;

/** How the measures document lays out its analysis and measures; each has its own builder. */
public enum MeasuresLayout {
  /**
   * Part 2 by the seven NACC issues, part 3 one table of the measures ({@link
   * MeasuresByIssueBuilder}).
   */
  ISSUES,
  /** Parts 2 and 3 by tier, each measure with a Q1–Q4 timeline ({@link MeasuresByTierBuilder}). */
  TIERS;

  /** {@code issues} (default) or {@code tiers}; anything else is invalid input. */
  public static MeasuresLayout of(String value) {
    if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("issues")) {
      return ISSUES;
    }
    if (value.trim().equalsIgnoreCase("tiers")) {
      return TIERS;
    }
    throw new InvalidInputException(
        List.of(new FieldError("layout", "must be issues or tiers", value)));
  }
}
