package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import th.ita.assessment.domain.AnalysisSettings;
import th.ita.assessment.domain.AnalysisThresholds;
import th.ita.assessment.domain.AnalysisThresholds.Source;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.service.ResultService.Scored;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;

/**
 * What the analysis of a result stands on: the result, the agency's previous fiscal year and the
 * target and thresholds that apply (the request's, else the agency's own settings, else the
 * defaults). The figures themselves are computed from the displayed result by {@code
 * mapping.AnalysisMapper}.
 */
@ApplicationScoped
public class AnalysisService {

  /**
   * What the caller asked for; null values fall back to the agency's settings, then the defaults.
   */
  public record Request(
      BigDecimal target, BigDecimal keepAbove, BigDecimal urgentBelow, int weakest) {}

  /**
   * A result to analyse, its predecessor (null if none was published) and the thresholds to apply.
   */
  public record Analysis(
      Scored result, Scored previous, AnalysisThresholds thresholds, int weakest) {}

  private final ResultService results;

  public AnalysisService(ResultService results) {
    this.results = results;
  }

  public Analysis analyse(
      String agencyCode, int fiscalYear, Round round, boolean includeDrafts, Request request) {
    Scored result = results.current(agencyCode, fiscalYear, round, includeDrafts);
    AnalysisSettings own = AnalysisSettings.findById(result.agency().code);

    BigDecimal keepAbove =
        first(
            request.keepAbove(),
            own == null ? null : own.keepAbove,
            AnalysisSettings.DEFAULT_KEEP_ABOVE);
    BigDecimal urgentBelow =
        first(
            request.urgentBelow(),
            own == null ? null : own.urgentBelow,
            AnalysisSettings.DEFAULT_URGENT_BELOW);
    if (urgentBelow.compareTo(keepAbove) > 0) {
      throw new InvalidInputException(
          List.of(
              new FieldError(
                  "urgentBelow", "must not be above keepAbove (" + keepAbove + ")", urgentBelow)));
    }
    Source thresholdSource =
        request.keepAbove() != null || request.urgentBelow() != null
            ? Source.REQUEST
            : own != null ? Source.AGENCY : Source.DEFAULT;
    Source targetSource =
        request.target() != null ? Source.REQUEST : own != null ? Source.AGENCY : Source.DEFAULT;
    BigDecimal target =
        request.target() != null
            ? request.target()
            : own != null ? own.target : AnalysisSettings.DEFAULT_TARGET;
    return new Analysis(
        result,
        previousYear(result),
        new AnalysisThresholds(target, targetSource, keepAbove, urgentBelow, thresholdSource),
        request.weakest());
  }

  /** The agency's published FINAL result of the previous fiscal year, or null. */
  private Scored previousYear(Scored result) {
    try {
      return results.current(
          result.agency().code, result.result().fiscalYear - 1, Round.FINAL, false);
    } catch (NotFoundException noPreviousYear) {
      return null;
    }
  }

  private static BigDecimal first(BigDecimal... values) {
    for (BigDecimal v : values) {
      if (Objects.nonNull(v)) {
        return v;
      }
    }
    return null;
  }
}
