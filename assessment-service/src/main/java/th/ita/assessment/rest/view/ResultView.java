package th.ita.assessment.rest.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput.OfficialStanding;
import th.ita.assessment.domain.ResultInput.PartScores;
import th.ita.assessment.domain.ResultInput.RespondentCount;
import th.ita.assessment.domain.ResultInput.Round;

/**
 * A scored result with the framework's labels, as the API returns it. Scores are rounded half-up to
 * two decimals; {@code score} is the figure that stands (official where published, otherwise
 * computed).
 */
@Schema(name = "Result")
public record ResultView(
    @Schema(examples = "DITP") String agencyCode,
    String agencyNameTh,
    String agencyNameEn,
    @Schema(examples = "2566") int fiscalYear,
    Round round,
    Status status,
    @Schema(description = "1 for the first publication; each correction adds one") int revision,
    @Schema(description = "Send back as If-Match to edit a draft") long version,
    Overall overall,
    List<ToolView> tools,
    List<IndicatorView> indicators,
    List<QuestionView> questions,
    List<RespondentCount> respondents,
    @Schema(
            description =
                "Published figures that their recomputation does not reproduce to within 0.01")
        List<DiscrepancyView> discrepancies,
    String source,
    String correctionReason,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    OffsetDateTime publishedAt,
    String publishedBy,
    @Schema(
            description =
                "Where NACC's announcement placed the agency, as the assessor recorded it (official.standing)")
        OfficialStanding officialStanding,
    @Schema(
            description =
                "Where a published FINAL result stands among all published results of the year; only on GET")
        Ranks ranks) {

  /** The same result with its standing among the year's published results. */
  public ResultView withRanks(Ranks value) {
    return new ResultView(
        agencyCode,
        agencyNameTh,
        agencyNameEn,
        fiscalYear,
        round,
        status,
        revision,
        version,
        overall,
        tools,
        indicators,
        questions,
        respondents,
        discrepancies,
        source,
        correctionReason,
        createdAt,
        createdBy,
        updatedAt,
        updatedBy,
        publishedAt,
        publishedBy,
        officialStanding,
        value);
  }

  @Schema(
      name = "ResultRanks",
      description = "Competition ranks by published two-decimal score (equal scores share a rank)")
  public record Ranks(
      @Schema(examples = "5123") long national,
      @Schema(examples = "8325") long nationalOf,
      @Schema(description = "Among agencies of the same type", examples = "145") long type,
      @Schema(examples = "159") long typeOf,
      @Schema(description = "Within the ministry", examples = "11") Long ministry,
      @Schema(examples = "12") Long ministryOf,
      @Schema(
              description = "Share of the other agencies it scores above, 0 to 100",
              examples = "38.46")
          BigDecimal percentile) {}

  @Schema(name = "ResultOverall")
  public record Overall(
      @Schema(examples = "82.06") BigDecimal score,
      @Schema(description = "As NACC published it") BigDecimal official,
      @Schema(description = "Recomputed from the figures below") BigDecimal computed,
      LevelView level) {}

  @Schema(name = "ResultLevel")
  public record LevelView(
      @Schema(examples = "NEEDS_IMPROVEMENT") String code,
      @Schema(examples = "ต้องปรับปรุง") String nameTh,
      @Schema(examples = "Needs improvement") String nameEn) {}

  @Schema(name = "ResultTool")
  public record ToolView(
      ToolCode code,
      String nameTh,
      String nameEn,
      BigDecimal weight,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      List<PartView> parts) {}

  @Schema(name = "ResultToolPart")
  public record PartView(
      PartCode code,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed) {}

  @Schema(name = "ResultIndicator")
  public record IndicatorView(
      @Schema(examples = "1") int number,
      ToolCode tool,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      @Schema(description = "Part means, for an EIT indicator scored by parts") PartScores parts,
      List<SubGroupView> subGroups) {}

  @Schema(name = "ResultSubGroup")
  public record SubGroupView(String code, String nameTh, String nameEn, BigDecimal score) {}

  @Schema(name = "ResultQuestion")
  public record QuestionView(
      @Schema(examples = "i1") String code,
      ToolCode tool,
      int indicator,
      String subGroup,
      String textTh,
      String textEn,
      // Named explicitly: without it the name is derived as "sues" from an is-prefix.
      @JsonProperty("issues") List<Integer> issues,
      @Schema(description = "With parts or sub-items, their mean") BigDecimal score,
      PartScores parts,
      List<BigDecimal> subItems) {}

  @Schema(name = "ResultDiscrepancy")
  public record DiscrepancyView(
      @Schema(examples = "indicator 6") String figure,
      BigDecimal official,
      BigDecimal computed,
      BigDecimal difference) {}
}
