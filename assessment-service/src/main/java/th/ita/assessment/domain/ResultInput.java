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
      @Schema(examples = "91.23") @Score BigDecimal score,
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
      List<@Valid @NotNull OfficialIndicator> indicators) {

    public List<OfficialTool> tools() {
      return tools == null ? List.of() : tools;
    }

    public List<OfficialIndicator> indicators() {
      return indicators == null ? List.of() : indicators;
    }
  }

  @Schema(name = "OfficialTool")
  public record OfficialTool(
      @NotNull ToolCode code, @NotNull @Score BigDecimal score, @Valid PartScores parts) {}

  @Schema(name = "OfficialIndicator")
  public record OfficialIndicator(
      @NotNull @Min(1) @Max(99) Integer number, @NotNull @Score BigDecimal score) {}
}
