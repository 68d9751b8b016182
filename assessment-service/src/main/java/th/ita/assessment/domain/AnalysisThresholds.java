package th.ita.assessment.domain;

import java.math.BigDecimal;

/** The target and tier thresholds an analysis applies, and where each came from. */
public record AnalysisThresholds(
    BigDecimal target,
    Source targetSource,
    BigDecimal keepAbove,
    BigDecimal urgentBelow,
    Source thresholdSource) {

  /** The caller's request, the agency's own settings, or the platform's defaults. */
  public enum Source {
    REQUEST,
    AGENCY,
    DEFAULT
  }
}
