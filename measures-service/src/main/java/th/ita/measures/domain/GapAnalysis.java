package th.ita.measures.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An agency's gap list read with the thresholds the reader chose: the questions at or below {@code
 * keepAbove}, weakest first, each with its tier and the templates proposed for it, and the same
 * questions grouped by the seven NACC issues.
 */
public record GapAnalysis(
    GapList list,
    BigDecimal keepAbove,
    BigDecimal urgentBelow,
    List<TieredGap> gaps,
    List<IssueQuestions> byIssue) {

  /** A question of the result below the line, with its tier and proposed template codes. */
  public record TieredGap(GapList.Question question, Tier tier, List<String> proposedTemplates) {}

  /** The codes of the gaps that one NACC issue covers. */
  public record IssueQuestions(int issue, String nameTh, List<String> questions) {}
}
