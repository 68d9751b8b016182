package th.ita.reporting.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    OffsetDateTime publishedAt,
    @Schema(
            description =
                "The target the result is measured against, when the event carried one (the agency's own or the framework's)")
        Target target,
    @Schema(description = "The agency's tier thresholds, when the event carried them")
        Thresholds thresholds,
    @Schema(
            description =
                "Where NACC's announcement placed the agency, when the assessor recorded it (official.standing)")
        Standing officialStanding,
    @Schema(
            description =
                "The framework's level bands (AA to F), when the result was joined to its framework:"
                    + " the grade of any score, as seed 002 prints one beside each question")
        List<LevelBand> levelBands) {

  public ResultData {
    levelBands = levelBands == null ? List.of() : levelBands;
    tools = tools == null ? List.of() : tools;
    indicators = indicators == null ? List.of() : indicators;
    questions = questions == null ? List.of() : questions;
    respondents = respondents == null ? List.of() : respondents;
    discrepancies = discrepancies == null ? List.of() : discrepancies;
  }

  /**
   * The grade of one score (a question's, a sub-item's): FY2564–FY2565 AA from 95.00 down to F;
   * FY2566 on ผ่าน from 85.00, ต้องปรับปรุง, ต้องปรับปรุงโดยด่วน. It is the band with the highest
   * minimum the score reaches, the first of equals in the framework's order. Bands that also ask
   * every tool for a minimum (FY2568's ผ่านดีเยี่ยม, ผ่านดี) grade a whole result, never one score,
   * and are passed over. Empty without bands or score.
   */
  public Optional<LevelBand> gradeOf(BigDecimal score) {
    LevelBand grade = null;
    for (LevelBand band : score == null ? List.<LevelBand>of() : levelBands) {
      boolean reached = band.minScore() != null && score.compareTo(band.minScore()) >= 0;
      boolean ofOneScore = band.toolMinimums() == null || band.toolMinimums().isEmpty();
      if (reached
          && ofOneScore
          && (grade == null || band.minScore().compareTo(grade.minScore()) > 0)) {
        grade = band;
      }
    }
    return Optional.ofNullable(grade);
  }

  /** A level of the framework and the lowest score that reaches it. */
  @Schema(name = "DocumentResultLevelBand")
  public record LevelBand(
      @Schema(examples = "AA") String code,
      String nameTh,
      String nameEn,
      @Schema(examples = "95.0") BigDecimal minScore,
      @Schema(description = "The least each tool must score for the level, where the level asks")
          Map<String, BigDecimal> toolMinimums) {}

  /** The result's documents' target: the event's, else the national 85. */
  public BigDecimal targetOrNational() {
    return target == null || target.score() == null ? Target.NATIONAL : target.score();
  }

  /**
   * The target a result was published with. Read tolerantly: assessment-service adds it while
   * reporting reads it, so a value of another shape (a bare number, an object with {@code score})
   * is taken where it can be, and anything else reads as no target rather than making the whole
   * result unreadable.
   */
  @Schema(name = "DocumentResultTarget")
  public record Target(
      @Schema(examples = "95.00") BigDecimal score,
      @Schema(description = "AGENCY (its own) or NATIONAL (the framework's)", examples = "AGENCY")
          String source) {

    public static final BigDecimal NATIONAL = new BigDecimal("85.00");

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Target of(JsonNode node) {
      if (node == null || node.isNull()) {
        return null;
      }
      if (node.isNumber()) {
        return new Target(score(node), null);
      }
      if (!node.isObject()) {
        return null;
      }
      BigDecimal score = score(node.get("score"));
      if (score == null) {
        score = score(node.get("target"));
      }
      JsonNode source = node.get("source");
      return score == null
          ? null
          : new Target(score, source != null && source.isTextual() ? source.asText() : null);
    }

    /** A score from 0 to 100, else null. */
    static BigDecimal score(JsonNode n) {
      if (n == null || !n.isNumber()) {
        return null;
      }
      BigDecimal v = n.decimalValue();
      return v.signum() < 0 || v.compareTo(new BigDecimal("100")) > 0 ? null : v;
    }
  }

  /**
   * NACC's announced standing: the national average, and the agency's rank among agencies of its
   * type and within its ministry. Read as tolerantly as {@link Target}: a rank that is not a
   * positive whole number, or is above its count, is left out rather than printed.
   */
  @Schema(name = "DocumentResultStanding")
  public record Standing(
      @Schema(examples = "90.19") BigDecimal nationalAverage,
      @Schema(examples = "145") Integer typeRank,
      @Schema(examples = "159") Integer typeCount,
      @Schema(examples = "11") Integer ministryRank,
      @Schema(examples = "12") Integer ministryCount) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Standing of(JsonNode node) {
      if (node == null || !node.isObject()) {
        return null;
      }
      Integer typeCount = count(node.get("typeCount"));
      Integer ministryCount = count(node.get("ministryCount"));
      Standing s =
          new Standing(
              Target.score(node.get("nationalAverage")),
              rank(node.get("typeRank"), typeCount),
              typeCount,
              rank(node.get("ministryRank"), ministryCount),
              ministryCount);
      return s.nationalAverage == null && s.typeRank == null && s.ministryRank == null ? null : s;
    }

    private static Integer count(JsonNode n) {
      return n != null && n.canConvertToInt() && n.isIntegralNumber() && n.asInt() > 0
          ? n.asInt()
          : null;
    }

    private static Integer rank(JsonNode n, Integer count) {
      Integer rank = count(n);
      return rank == null || count == null || rank > count ? null : rank;
    }
  }

  /** The agency's tier thresholds; read as tolerantly as {@link Target}. */
  @Schema(name = "DocumentResultThresholds")
  public record Thresholds(
      @Schema(examples = "97.50") BigDecimal keepAbove,
      @Schema(examples = "95.00") BigDecimal urgentBelow) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Thresholds of(JsonNode node) {
      if (node == null || !node.isObject()) {
        return null;
      }
      BigDecimal keep = Target.score(node.get("keepAbove"));
      BigDecimal urgent = Target.score(node.get("urgentBelow"));
      return keep == null || urgent == null || keep.compareTo(urgent) < 0
          ? null
          : new Thresholds(keep, urgent);
    }
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
      List<BigDecimal> subItems,
      @Schema(
              description =
                  "RATING or YES_NO, as the framework version announced it; absent where it did not",
              examples = "YES_NO")
          String answerType,
      @Schema(
              description =
                  "Of a yes/no survey question, the answer that earns the score: YES (มี) or NO"
                      + " (ไม่มี)",
              examples = "NO")
          String creditedAnswer) {
    public Question {
      issues = issues == null ? List.of() : issues;
    }

    /**
     * The answer printed before the score, as seed 004 prints "ไม่มี - 99.08": only for a yes/no
     * question with a credited answer (an OIT item, 0 or 100, has none).
     */
    @JsonIgnore
    public String printedAnswer() {
      return "YES_NO".equals(answerType) ? creditedAnswer : null;
    }
  }

  @Schema(name = "DocumentResultRespondents")
  public record Respondents(
      @Schema(ref = "ToolCode") String tool, @Schema(ref = "PartCode") String part, int count) {}

  @Schema(name = "DocumentResultDiscrepancy")
  public record Discrepancy(
      String figure, BigDecimal official, BigDecimal computed, BigDecimal difference) {}
}
