package th.ita.assessment.rest.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput.Round;

/** The analysis agencies write in their measures documents, computed from a scored result. */
@Schema(name = "Analysis")
public record AnalysisView(
    String agencyCode,
    int fiscalYear,
    Round round,
    @Schema(description = "Revision analysed") int revision,
    BigDecimal overallScore,
    ResultView.LevelView level,
    Target target,
    List<ToolExtremes> highestAndLowest,
    Tiers tiers,
    @Schema(description = "The weakest questions, lowest first") List<QuestionRef> weakest,
    @Schema(
            description =
                "Against the agency's latest published result of the previous fiscal year; null if none")
        YearOverYear yearOverYear,
    // Jackson would derive "sues" from this name (an is-prefix); every "is…" component is named
    // explicitly.
    @JsonProperty("issues") List<IssueQuestions> issues) {

  @Schema(name = "AnalysisTarget")
  public record Target(
      @Schema(examples = "85.00") BigDecimal target,
      @Schema(examples = "NATIONAL") TargetSource source,
      @Schema(description = "Overall score minus target; negative when short", examples = "-2.94")
          BigDecimal gap,
      boolean met,
      List<ToolGap> tools) {}

  @Schema(
      name = "TargetSource",
      description =
          "Where the target came from: REQUEST, AGENCY (the agency's own setting) or NATIONAL (the framework's)")
  public enum TargetSource {
    REQUEST,
    AGENCY,
    NATIONAL
  }

  @Schema(
      name = "ThresholdSource",
      description =
          "Where the tier thresholds came from: REQUEST, AGENCY (the agency's own settings) or DEFAULT")
  public enum ThresholdSource {
    REQUEST,
    AGENCY,
    DEFAULT
  }

  @Schema(name = "AnalysisToolGap")
  public record ToolGap(ToolCode tool, BigDecimal score, BigDecimal gap) {}

  @Schema(name = "AnalysisToolExtremes")
  public record ToolExtremes(ToolCode tool, IndicatorRef highest, IndicatorRef lowest) {}

  @Schema(name = "AnalysisIndicatorRef")
  public record IndicatorRef(int number, String nameTh, String nameEn, BigDecimal score) {}

  @Schema(
      name = "AnalysisTiers",
      description =
          "Questions grouped by the agency's thresholds: KEEP above keepAbove, IMPROVE between, URGENT below urgentBelow")
  public record Tiers(
      @Schema(examples = "97.50") BigDecimal keepAbove,
      @Schema(examples = "95.00") BigDecimal urgentBelow,
      ThresholdSource source,
      List<TierGroup> groups) {}

  @Schema(name = "AnalysisTierGroup", description = "One tool, or one stakeholder group (EIT part)")
  public record TierGroup(
      ToolCode tool,
      PartCode part,
      List<QuestionRef> keep,
      List<QuestionRef> improve,
      List<QuestionRef> urgent) {}

  @Schema(name = "AnalysisQuestionRef")
  public record QuestionRef(
      String code, ToolCode tool, int indicator, String textTh, BigDecimal score) {}

  @Schema(name = "AnalysisYearOverYear")
  public record YearOverYear(
      int previousFiscalYear, Change overall, List<IndicatorChange> indicators) {}

  @Schema(name = "AnalysisChange")
  public record Change(BigDecimal score, BigDecimal previous, BigDecimal change) {}

  @Schema(name = "AnalysisIndicatorChange")
  public record IndicatorChange(
      int number,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal previous,
      BigDecimal change) {}

  @Schema(
      name = "AnalysisIssue",
      description = "One of NACC's seven issues with the questions that bear on it")
  public record IssueQuestions(
      int number, String nameTh, String nameEn, List<QuestionRef> questions) {}
}
