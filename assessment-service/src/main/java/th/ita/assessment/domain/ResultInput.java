package th.ita.assessment.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.platform.common.validation.Score;

/** An agency's scores for one fiscal year and round, as an assessor enters them. */
@Schema(name = "ResultInput")
public record ResultInput(
    @NotNull Round round,
    @Schema(description = "Question scores; a tool that has any must have all of its questions")
        List<@Valid @NotNull QuestionScore> questions,
    @Schema(description = "Respondent counts per tool or part")
        List<@Valid @NotNull RespondentCount> respondents,
    @Schema(description = "Figures as NACC published them; they stand as given") @Valid
        OfficialFigures official,
    @Schema(description = "Where the figures come from") @Size(max = 2000) String source,
    @Schema(description = "Why a published result is corrected; required for a correction")
        @Size(max = 2000)
        String correctionReason) {

  public List<QuestionScore> questions() {
    return questions == null ? List.of() : questions;
  }

  public List<RespondentCount> respondents() {
    return respondents == null ? List.of() : respondents;
  }

  public enum Round {
    FINAL,
    INTERIM
  }

  /** One question: a plain score, the scores of its sub-items, or, for EIT, its two parts. */
  @Schema(name = "QuestionScoreInput")
  public record QuestionScore(
      @Schema(examples = "i1") @NotBlank String code,
      @Schema(
              examples = "91.23",
              description =
                  "The question's score; with subItems, its published score, which stands (their"
                      + " mean is checked against it)")
          @Score
          BigDecimal score,
      List<@NotNull @Score BigDecimal> subItems,
      @Valid PartScores parts) {}

  /** Scores of the two EIT parts. */
  @Schema(name = "PartScores")
  public record PartScores(
      @JsonProperty("PUBLIC") @Schema(description = "EIT Public") @Score BigDecimal publicPart,
      @JsonProperty("SURVEY") @Schema(description = "EIT Survey") @Score BigDecimal surveyPart) {

    public BigDecimal get(PartCode part) {
      return part == PartCode.PUBLIC ? publicPart : surveyPart;
    }
  }

  @Schema(name = "RespondentCount")
  public record RespondentCount(
      @NotNull ToolCode tool, PartCode part, @NotNull @Min(0) @Max(10_000_000) Integer count) {}

  @Schema(name = "OfficialFigures")
  public record OfficialFigures(
      @Score BigDecimal overall,
      List<@Valid @NotNull OfficialTool> tools,
      List<@Valid @NotNull OfficialIndicator> indicators,
      @Schema(description = "Where NACC's announcement placed the agency") @Valid
          OfficialStanding standing) {

    /** Figures without a standing. */
    public OfficialFigures(
        BigDecimal overall, List<OfficialTool> tools, List<OfficialIndicator> indicators) {
      this(overall, tools, indicators, null);
    }

    public List<OfficialTool> tools() {
      return tools == null ? List.of() : tools;
    }

    public List<OfficialIndicator> indicators() {
      return indicators == null ? List.of() : indicators;
    }
  }

  /**
   * The agency's place as NACC announced it (seed 004: "อันดับที่ 145 ของจำนวน 159 หน่วยงาน
   * ประเภทส่วนราชการระดับกรม และอันดับที่ 11 ของจำนวน 12 หน่วยงานภายใต้สังกัดกระทรวงพาณิชย์",
   * national average 90.19). Recorded beside the platform's own ranks, which count only the results
   * published here.
   */
  @Schema(name = "OfficialStanding")
  public record OfficialStanding(
      @Schema(description = "NACC's national average score of the year", examples = "90.19") @Score
          BigDecimal nationalAverage,
      @Schema(description = "The agency's rank among agencies of its type", examples = "145")
          @Min(1)
          @Max(100_000)
          Integer typeRank,
      @Schema(description = "How many agencies of its type were ranked", examples = "159")
          @Min(1)
          @Max(100_000)
          Integer typeCount,
      @Schema(description = "The agency's rank within its ministry", examples = "11")
          @Min(1)
          @Max(100_000)
          Integer ministryRank,
      @Schema(description = "How many agencies of its ministry were ranked", examples = "12")
          @Min(1)
          @Max(100_000)
          Integer ministryCount) {}

  @Schema(name = "OfficialTool")
  public record OfficialTool(
      @NotNull ToolCode code, @NotNull @Score BigDecimal score, @Valid PartScores parts) {}

  @Schema(name = "OfficialIndicator")
  public record OfficialIndicator(
      @NotNull @Min(1) @Max(99) Integer number, @NotNull @Score BigDecimal score) {}
}
