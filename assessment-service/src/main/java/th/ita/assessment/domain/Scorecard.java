package th.ita.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.Framework.Placement;
import th.ita.assessment.domain.FrameworkDefinition.Indicator;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.SubGroup;
import th.ita.assessment.domain.FrameworkDefinition.Tool;

/**
 * A scored result at full precision. At each level, {@code score} is the figure that stands: the
 * official one where NACC published it, otherwise the recomputation. {@code null} means unknown
 * (nothing given to compute it from).
 */
public record Scorecard(
    Figure overall,
    Level level,
    List<ToolScore> tools,
    List<IndicatorScore> indicators,
    List<QuestionResult> questions,
    List<Discrepancy> discrepancies) {

  /** One figure: as published, as recomputed, and the one that stands. */
  public record Figure(BigDecimal official, BigDecimal computed) {
    public BigDecimal score() {
      return official != null ? official : computed;
    }
  }

  public record ToolScore(Tool tool, Figure figure, Map<PartCode, Figure> parts) {}

  public record IndicatorScore(
      Indicator indicator,
      Figure figure,
      Map<PartCode, BigDecimal> parts,
      List<SubGroupScore> subGroups) {}

  public record SubGroupScore(SubGroup subGroup, BigDecimal score) {}

  /** A question's score; with parts or sub-items, the score is their mean. */
  public record QuestionResult(
      Placement placement,
      BigDecimal score,
      Map<PartCode, BigDecimal> parts,
      List<BigDecimal> subItems) {}

  /** A published figure that its recomputation does not reproduce to within 0.01. */
  public record Discrepancy(String figure, BigDecimal official, BigDecimal computed) {}
}
