package th.ita.assessment.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.PartScores;
import th.ita.assessment.domain.ResultInput.RespondentCount;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.domain.Scorecard.Figure;
import th.ita.platform.common.score.Scores;

/**
 * The data of a {@code ResultPublished} event: the whole scored result with the framework's labels,
 * rounded half-up to two decimals, so that consumers never call back (schema: {@code
 * src/main/resources/events/result-published.schema.json}). The event's own shape, not the API's:
 * the two may evolve apart, and ranks are never in it because they move as others publish.
 */
public record ResultPublished(
    String agencyCode,
    String agencyNameTh,
    String agencyNameEn,
    int fiscalYear,
    Round round,
    Status status,
    int revision,
    long version,
    Overall overall,
    List<Tool> tools,
    List<Indicator> indicators,
    List<Question> questions,
    List<RespondentCount> respondents,
    List<Discrepancy> discrepancies,
    String source,
    String correctionReason,
    OffsetDateTime createdAt,
    String createdBy,
    OffsetDateTime updatedAt,
    String updatedBy,
    OffsetDateTime publishedAt,
    String publishedBy,
    Target target,
    Thresholds thresholds) {

  /**
   * The target the result is measured against in the agency's documents: its own (AGENCY, from its
   * analysis settings) or the framework's (NATIONAL), as it stood when the result was published.
   */
  public record Target(BigDecimal score, String source) {

    public static Target own(BigDecimal score) {
      return new Target(score, "AGENCY");
    }

    public static Target national(BigDecimal score) {
      return new Target(score, "NATIONAL");
    }
  }

  /** The agency's tier thresholds when the result was published: keep above, urgent below. */
  public record Thresholds(BigDecimal keepAbove, BigDecimal urgentBelow) {}

  public record Overall(
      BigDecimal score, BigDecimal official, BigDecimal computed, LevelRef level) {}

  public record LevelRef(String code, String nameTh, String nameEn) {}

  public record Tool(
      ToolCode code,
      String nameTh,
      String nameEn,
      BigDecimal weight,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      List<Part> parts) {}

  public record Part(
      PartCode code,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed) {}

  public record Indicator(
      int number,
      ToolCode tool,
      String nameTh,
      String nameEn,
      BigDecimal score,
      BigDecimal official,
      BigDecimal computed,
      PartScores parts,
      List<SubGroup> subGroups) {}

  public record SubGroup(String code, String nameTh, String nameEn, BigDecimal score) {}

  public record Question(
      String code,
      ToolCode tool,
      int indicator,
      String subGroup,
      String textTh,
      String textEn,
      // Named explicitly: without it the name is derived as "sues" from an is-prefix.
      @JsonProperty("issues") List<Integer> issues,
      BigDecimal score,
      PartScores parts,
      List<BigDecimal> subItems) {}

  public record Discrepancy(
      String figure, BigDecimal official, BigDecimal computed, BigDecimal difference) {}

  /** The event of a result as stored, from the scorecard of its input. */
  public static ResultPublished of(
      Agency agency,
      AssessmentResult result,
      ResultInput input,
      Scorecard card,
      Target target,
      Thresholds thresholds) {
    return new ResultPublished(
        result.agencyCode,
        agency.nameTh,
        agency.nameEn,
        result.fiscalYear,
        result.round,
        result.status,
        result.revision,
        result.version,
        new Overall(
            d(card.overall().score()),
            d(card.overall().official()),
            d(card.overall().computed()),
            level(card.level())),
        card.tools().stream()
            .map(
                t ->
                    new Tool(
                        t.tool().code(),
                        t.tool().nameTh(),
                        t.tool().nameEn(),
                        t.tool().weight(),
                        d(t.figure().score()),
                        d(t.figure().official()),
                        d(t.figure().computed()),
                        t.tool().parts().stream()
                            .filter(p -> t.parts().containsKey(p.code()))
                            .map(
                                p -> {
                                  Figure f = t.parts().get(p.code());
                                  return new Part(
                                      p.code(),
                                      p.nameTh(),
                                      p.nameEn(),
                                      d(f.score()),
                                      d(f.official()),
                                      d(f.computed()));
                                })
                            .toList()))
            .toList(),
        card.indicators().stream()
            .map(
                i ->
                    new Indicator(
                        i.indicator().number(),
                        i.indicator().tool(),
                        i.indicator().nameTh(),
                        i.indicator().nameEn(),
                        d(i.figure().score()),
                        d(i.figure().official()),
                        d(i.figure().computed()),
                        parts(i.parts()),
                        i.subGroups().stream()
                            .map(
                                g ->
                                    new SubGroup(
                                        g.subGroup().code(),
                                        g.subGroup().nameTh(),
                                        g.subGroup().nameEn(),
                                        d(g.score())))
                            .toList()))
            .toList(),
        card.questions().stream()
            .map(
                q ->
                    new Question(
                        q.placement().code(),
                        q.placement().tool().code(),
                        q.placement().indicator().number(),
                        q.placement().subGroup() == null ? null : q.placement().subGroup().code(),
                        q.placement().question().textTh(),
                        q.placement().question().textEn(),
                        q.placement().question().issues(),
                        d(q.score()),
                        parts(q.parts()),
                        q.subItems().isEmpty() ? null : q.subItems()))
            .toList(),
        input.respondents(),
        card.discrepancies().stream()
            .map(
                x ->
                    new Discrepancy(
                        x.figure(),
                        x.official(),
                        x.computed(),
                        x.official().subtract(x.computed())))
            .toList(),
        input.source(),
        result.correctionReason,
        result.createdAt,
        result.createdBy,
        result.updatedAt,
        result.updatedBy,
        result.publishedAt,
        result.publishedBy,
        target,
        thresholds);
  }

  private static LevelRef level(Level level) {
    return level == null ? null : new LevelRef(level.code(), level.nameTh(), level.nameEn());
  }

  private static PartScores parts(Map<PartCode, BigDecimal> parts) {
    return parts.isEmpty()
        ? null
        : new PartScores(d(parts.get(PartCode.PUBLIC)), d(parts.get(PartCode.SURVEY)));
  }

  private static BigDecimal d(BigDecimal value) {
    return Scores.display(value);
  }
}
