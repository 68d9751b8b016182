package th.ita.reporting.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A published result as {@code ResultPublished} carries it (the producer's field names), for the
 * results part of documents. Scores are the two-decimal figures the producer published; {@code
 * score} is the one that stands (official where NACC published it).
 */
@Schema(
    name = "DocumentResult",
    description = "A published assessment result, as the ResultPublished event carried it")
public record ResultData(
    @Schema(examples = "MFA-ASEAN") String agencyCode,
    String agencyNameTh,
    String agencyNameEn,
    @Schema(description = "The assessment year (B.E.)", examples = "2567") int fiscalYear,
    @Schema(examples = "FINAL", ref = "Round") String round,
    @Schema(description = "1 for the first publication; each correction adds one") int revision,
    Overall overall,
    List<Tool> tools,
    List<Indicator> indicators,
    List<Question> questions,
    List<Respondents> respondents,
    List<Discrepancy> discrepancies,
    String source,
    String correctionReason,
    OffsetDateTime publishedAt) {

  public ResultData {
    tools = tools == null ? List.of() : tools;
    indicators = indicators == null ? List.of() : indicators;
    questions = questions == null ? List.of() : questions;
    respondents = respondents == null ? List.of() : respondents;
    discrepancies = discrepancies == null ? List.of() : discrepancies;
  }

  @Schema(name = "DocumentResultOverall")
  public record Overall(
      @Schema(examples = "69.80") BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      Level level) {}

  @Schema(name = "DocumentResultLevel")
  public record Level(
      @Schema(examples = "URGENT_IMPROVEMENT") String code,
      @Schema(examples = "ต้องปรับปรุงโดยด่วน") String nameTh,
      String nameEn) {}

  @Schema(name = "DocumentResultTool")
  public record Tool(
      @Schema(examples = "EIT", ref = "ToolCode") String code,
      String nameTh,
      String nameEn,
      BigDecimal weight,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      List<ToolPart> parts) {
    public Tool {
      parts = parts == null ? List.of() : parts;
    }
  }

  @Schema(name = "DocumentResultToolPart")
  public record ToolPart(
      @Schema(examples = "PUBLIC", ref = "PartCode") String code,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed) {}

  @Schema(name = "DocumentResultIndicator")
  public record Indicator(
      @Schema(examples = "9") int number,
      @Schema(ref = "ToolCode") String tool,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      @Schema(description = "EIT part means, PUBLIC and SURVEY") Map<String, BigDecimal> parts,
      List<SubGroup> subGroups) {
    public Indicator {
      subGroups = subGroups == null ? List.of() : subGroups;
    }
  }

  @Schema(name = "DocumentResultSubGroup")
  public record SubGroup(
      @Schema(examples = "9.1") String code, String nameTh, String nameEn, BigDecimal score) {}

  @Schema(name = "DocumentResultQuestion")
  public record Question(
      @Schema(examples = "o34") String code,
      @Schema(ref = "ToolCode") String tool,
      int indicator,
      String subGroup,
      String textTh,
      String textEn,
      // Named explicitly: Jackson would otherwise derive "sues" from the is-prefix.
      @JsonProperty("issues") @Schema(description = "The seven NACC issues it bears on")
          List<Integer> issues,
      BigDecimal score,
      Map<String, BigDecimal> parts,
      List<BigDecimal> subItems) {
    public Question {
      issues = issues == null ? List.of() : issues;
    }
  }

  @Schema(name = "DocumentResultRespondents")
  public record Respondents(
      @Schema(ref = "ToolCode") String tool, @Schema(ref = "PartCode") String part, int count) {}

  @Schema(name = "DocumentResultDiscrepancy")
  public record Discrepancy(
      String figure, BigDecimal official, BigDecimal computed, BigDecimal difference) {}
}
