package th.ita.assessment.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.OfficialStanding;
import th.ita.assessment.domain.ResultInput.PartScores;
import th.ita.assessment.domain.ResultInput.RespondentCount;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.domain.Scorecard.Figure;
import th.ita.assessment.domain.Scorecard.IndicatorScore;
import th.ita.assessment.domain.Scorecard.QuestionResult;
import th.ita.assessment.domain.Scorecard.ToolScore;
import th.ita.platform.common.score.Scores;

/**
 * The data of a {@code ResultPublished} event, version 2 ({@code dataschema} {@value #SCHEMA}): the
 * scored result as codes and figures, with the framework's version instead of its labels and texts,
 * which {@code FrameworkPublished} carries once per version. About a tenth of version 1.
 *
 * <p>Each figure is the recomputation ({@code computed} in version 1), rounded half-up to two
 * decimals; NACC's published figures, where the result has them, are in {@code official}, and the
 * figure that stands ({@code score} in version 1) is the official one where there is one. A value
 * the result does not have is left out, as is everything the framework says (names, weights, texts,
 * issues, sub-group and indicator placement). Consumers join a result to the framework of its
 * {@code fiscalYear} and {@code frameworkVersion} (schema: {@code
 * src/main/resources/events/result-published.v2.schema.json}).
 */
public record ResultPublishedV2(
    String agencyCode,
    String agencyNameTh,
    String agencyNameEn,
    int fiscalYear,
    long frameworkVersion,
    Round round,
    Status status,
    int revision,
    long version,
    BigDecimal overall,
    String level,
    Map<ToolCode, BigDecimal> tools,
    Map<ToolCode, Map<PartCode, BigDecimal>> toolParts,
    Map<Integer, IndicatorFigures> indicators,
    Map<String, Object> questions,
    Official official,
    List<RespondentCount> respondents,
    List<ResultPublished.Discrepancy> discrepancies,
    String source,
    String correctionReason,
    OffsetDateTime publishedAt,
    String publishedBy,
    ResultPublished.Target target,
    ResultPublished.Thresholds thresholds) {

  /** The CloudEvent {@code dataschema} of this version. */
  public static final String SCHEMA = "urn:ita:events:result-published:v2";

  /**
   * An indicator the result has figures for: its recomputed score, its EIT part means and its
   * sub-groups' scores by code. An indicator without any is left out of {@code indicators}.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record IndicatorFigures(
      BigDecimal score, PartScores parts, Map<String, BigDecimal> subGroups) {}

  /**
   * A question scored from sub-items: its score (their mean) and them, with its parts if it has
   * those too. In {@code questions}, a question with a plain score is just that number, and one
   * scored from its two EIT parts the array {@code [score, PUBLIC, SURVEY]}.
   */
  public record QuestionFigures(BigDecimal score, PartScores parts, List<BigDecimal> subItems) {}

  /** The figures NACC published, where the result has them, and the agency's place in them. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Official(
      BigDecimal overall,
      Map<ToolCode, BigDecimal> tools,
      Map<ToolCode, Map<PartCode, BigDecimal>> toolParts,
      Map<Integer, BigDecimal> indicators,
      OfficialStanding standing) {

    boolean isEmpty() {
      return overall == null
          && tools.isEmpty()
          && toolParts.isEmpty()
          && indicators.isEmpty()
          && standing == null;
    }
  }

  /** The event of a result as stored, from the scorecard of its input. */
  public static ResultPublishedV2 of(
      Agency agency,
      AssessmentResult result,
      long frameworkVersion,
      ResultInput input,
      Scorecard card,
      ResultPublished.Target target,
      ResultPublished.Thresholds thresholds) {
    Map<ToolCode, BigDecimal> tools = new EnumMap<>(ToolCode.class);
    Map<ToolCode, Map<PartCode, BigDecimal>> toolParts = new EnumMap<>(ToolCode.class);
    Map<ToolCode, BigDecimal> officialTools = new EnumMap<>(ToolCode.class);
    Map<ToolCode, Map<PartCode, BigDecimal>> officialParts = new EnumMap<>(ToolCode.class);
    for (ToolScore t : card.tools()) {
      ToolCode code = t.tool().code();
      putIfKnown(tools, code, t.figure().computed());
      putIfKnown(officialTools, code, t.figure().official());
      Map<PartCode, BigDecimal> computed = new EnumMap<>(PartCode.class);
      Map<PartCode, BigDecimal> official = new EnumMap<>(PartCode.class);
      for (Map.Entry<PartCode, Figure> part : t.parts().entrySet()) {
        putIfKnown(computed, part.getKey(), part.getValue().computed());
        putIfKnown(official, part.getKey(), part.getValue().official());
      }
      if (!computed.isEmpty()) {
        toolParts.put(code, computed);
      }
      if (!official.isEmpty()) {
        officialParts.put(code, official);
      }
    }
    Map<Integer, IndicatorFigures> indicators = new TreeMap<>();
    Map<Integer, BigDecimal> officialIndicators = new TreeMap<>();
    for (IndicatorScore i : card.indicators()) {
      int number = i.indicator().number();
      putIfKnown(officialIndicators, number, i.figure().official());
      if (i.figure().computed() == null && i.parts().isEmpty() && i.subGroups().isEmpty()) {
        continue; // nothing of the indicator was given: only the framework's labels
      }
      Map<String, BigDecimal> groups = new LinkedHashMap<>();
      i.subGroups().forEach(g -> putIfKnown(groups, g.subGroup().code(), g.score()));
      indicators.put(
          number, new IndicatorFigures(d(i.figure().computed()), parts(i.parts()), groups));
    }
    Map<String, Object> questions = new LinkedHashMap<>();
    for (QuestionResult q : card.questions()) {
      questions.put(q.placement().code(), question(q));
    }
    Official official =
        new Official(
            d(card.overall().official()),
            officialTools,
            officialParts,
            officialIndicators,
            input.official() == null ? null : input.official().standing());
    return new ResultPublishedV2(
        result.agencyCode,
        agency.nameTh,
        agency.nameEn,
        result.fiscalYear,
        frameworkVersion,
        result.round,
        result.status,
        result.revision,
        result.version,
        d(card.overall().computed()),
        card.level() == null ? null : card.level().code(),
        tools.isEmpty() ? null : tools,
        toolParts.isEmpty() ? null : toolParts,
        indicators.isEmpty() ? null : indicators,
        questions,
        official.isEmpty() ? null : official,
        input.respondents().isEmpty() ? null : input.respondents(),
        card.discrepancies().isEmpty()
            ? null
            : card.discrepancies().stream()
                .map(
                    x ->
                        new ResultPublished.Discrepancy(
                            x.figure(),
                            x.official(),
                            x.computed(),
                            x.official().subtract(x.computed())))
                .toList(),
        input.source(),
        result.correctionReason,
        result.publishedAt,
        result.publishedBy,
        target,
        thresholds);
  }

  /**
   * A number, {@code [score, PUBLIC, SURVEY]}, or the whole figures; see {@link QuestionFigures}.
   */
  private static Object question(QuestionResult q) {
    if (q.subItems().isEmpty() && q.parts().isEmpty() && q.score() != null) {
      return d(q.score());
    }
    if (q.subItems().isEmpty() && !q.parts().isEmpty()) {
      // A list, not List.of: a part may be unknown (null).
      return Arrays.asList(
          d(q.score()), d(q.parts().get(PartCode.PUBLIC)), d(q.parts().get(PartCode.SURVEY)));
    }
    return new QuestionFigures(
        d(q.score()), parts(q.parts()), q.subItems().isEmpty() ? null : q.subItems());
  }

  private static <K> void putIfKnown(Map<K, BigDecimal> map, K key, BigDecimal value) {
    if (value != null) {
      map.put(key, d(value));
    }
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
