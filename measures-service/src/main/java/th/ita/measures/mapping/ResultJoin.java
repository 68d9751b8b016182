package th.ita.measures.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.ResultFramework;

/**
 * The gap list's questions of a {@code ResultPublished} of version 2 (scores by question code),
 * joined to the framework version it names: the same questions, in the same order and with the same
 * texts, as version 1 carried.
 */
public final class ResultJoin {

  private ResultJoin() {}

  /**
   * @param scores each scored question's score by its code, as the framework writes it
   */
  public static List<GapList.Question> questions(
      Map<String, BigDecimal> scores, ResultFramework framework) {
    List<GapList.Question> questions = new ArrayList<>();
    for (ResultFramework.Question q : framework.questions) {
      BigDecimal score = scores.get(q.code());
      if (score != null) {
        questions.add(
            new GapList.Question(
                q.code(),
                q.tool(),
                q.indicator(),
                q.textTh(),
                q.issues() == null ? List.of() : q.issues(),
                score));
      }
    }
    return questions;
  }
}
