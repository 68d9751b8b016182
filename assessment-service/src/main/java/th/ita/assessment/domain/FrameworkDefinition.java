package th.ita.assessment.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.validation.Score;

/**
 * One fiscal year's ITA questionnaire: its tools, indicators, sub-groups, questions, weights and
 * level bands. Data, never code: each year's is a JSON document (see frameworks/README.md).
 */
@Schema(name = "Framework")
public record FrameworkDefinition(
    @Schema(examples = "2567") @NotNull @Min(2500) @Max(2700) Integer fiscalYear,
    @NotBlank String titleTh,
    String titleEn,
    @Schema(description = "Where the structure and texts come from") String source,
    @Schema(description = "National target score", examples = "85.00") @NotNull @Score
        BigDecimal target,
    @NotEmpty List<@Valid @NotNull Tool> tools,
    @NotEmpty List<@Valid @NotNull Indicator> indicators,
    @NotEmpty List<@Valid @NotNull Question> questions,
    @NotEmpty List<@Valid @NotNull Level> levels) {

  public enum ToolCode {
    IIT,
    EIT,
    OIT
  }

  public enum PartCode {
    PUBLIC,
    SURVEY
  }

  /**
   * How a question is answered. RATING: a perception on a scale. YES_NO: มี or ไม่มี; an OIT item
   * is checked once (0 or 100), a survey question (IIT, EIT) scores the share of respondents who
   * gave the credited answer.
   */
  public enum AnswerType {
    RATING,
    YES_NO
  }

  /** The answer of a yes/no question that earns its score: มี (YES) or ไม่มี (NO). */
  public enum Answer {
    YES,
    NO
  }

  @Schema(name = "FrameworkTool")
  public record Tool(
      @NotNull ToolCode code,
      @NotBlank String nameTh,
      String nameEn,
      @Schema(examples = "0.30")
          @NotNull
          @DecimalMin("0")
          @DecimalMax("1")
          @Digits(integer = 1, fraction = 6)
          BigDecimal weight,
      List<@Valid @NotNull Part> parts) {

    public List<Part> parts() {
      return parts == null ? List.of() : parts;
    }

    @JsonIgnore
    public boolean hasParts() {
      return !parts().isEmpty();
    }
  }

  @Schema(
      name = "FrameworkToolPart",
      description = "A part of a tool's survey, e.g. EIT Public and EIT Survey")
  public record Part(@NotNull PartCode code, @NotBlank String nameTh, String nameEn) {}

  @Schema(name = "FrameworkIndicator")
  public record Indicator(
      @Schema(examples = "1") @NotNull @Min(1) @Max(99) Integer number,
      @NotNull ToolCode tool,
      @NotBlank String nameTh,
      String nameEn,
      @Schema(description = "Question codes, when the indicator has no sub-groups")
          List<@NotBlank String> questions,
      List<@Valid @NotNull SubGroup> subGroups) {

    public List<String> questions() {
      return questions == null ? List.of() : questions;
    }

    public List<SubGroup> subGroups() {
      return subGroups == null ? List.of() : subGroups;
    }
  }

  @Schema(name = "FrameworkSubGroup")
  public record SubGroup(
      @Schema(examples = "9.1") @NotBlank String code,
      @NotBlank String nameTh,
      String nameEn,
      @NotEmpty List<@NotBlank String> questions) {}

  @Schema(name = "FrameworkQuestion")
  public record Question(
      @Schema(examples = "i1") @NotBlank String code,
      String textTh,
      String textEn,
      @NotNull AnswerType answerType,
      @Schema(
              description =
                  "Of a yes/no survey question, the answer that earns the score, which documents"
                      + " print before it as seed 004 does (ไม่มี - 99.08)")
          Answer creditedAnswer,
      @Schema(description = "The seven NACC issues (1–7) the question bears on")
          List<@NotNull @Min(1) @Max(7) Integer> issues,
      List<@Valid @NotNull SubItem> subItems,
      String textSource) {

    public List<Integer> issues() {
      return issues == null ? List.of() : issues;
    }

    public List<SubItem> subItems() {
      return subItems == null ? List.of() : subItems;
    }
  }

  @Schema(name = "FrameworkSubItem")
  public record SubItem(@NotBlank String code, String textTh) {}

  @Schema(
      name = "FrameworkLevel",
      description = "A band of the overall score; the first that matches wins")
  public record Level(
      @Schema(examples = "PASS") @NotBlank String code,
      @Schema(examples = "ผ่าน") @NotBlank String nameTh,
      @Schema(examples = "Pass") String nameEn,
      @Schema(examples = "85.00") @NotNull @Score BigDecimal minScore,
      @Schema(description = "Minimum score per tool, e.g. {\"IIT\": 95, \"EIT\": 95, \"OIT\": 95}")
          Map<@NotNull ToolCode, @NotNull @Score BigDecimal> toolMinimums) {

    public Map<ToolCode, BigDecimal> toolMinimums() {
      return toolMinimums == null ? Map.of() : toolMinimums;
    }
  }

  public Optional<Tool> tool(ToolCode code) {
    return tools.stream().filter(t -> t.code() == code).findFirst();
  }

  public FrameworkDefinition withFiscalYear(
      int year, String titleTh, String titleEn, String source) {
    return new FrameworkDefinition(
        year, titleTh, titleEn, source, target, tools, indicators, questions, levels);
  }
}
