package th.ita.measures.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.ResultFramework;

/**
 * The gap list's questions of a {@code ResultPublished} of version 2 (scores by question code),
 * joined to the framework version it names: the same questions, in the same order and, once read
 * with their texts, with the same texts, as version 1 carried.
 */
public final class ResultJoin {

  private ResultJoin() {}

  /**
   * The questions as a gap list stores them: without their texts, which stay in the framework.
   *
   * @param scores each scored question's score by its code, as the framework writes it
   */
  public static List<GapList.Question> questions(
      Map<String, BigDecimal> scores, ResultFramework.Texts framework) {
    List<GapList.Question> questions = new ArrayList<>();
    for (ResultFramework.Question q : framework.questions()) {
      BigDecimal score = scores.get(q.code());
      if (score != null) {
        questions.add(
            new GapList.Question(
                q.code(),
                q.tool(),
                q.indicator(),
                null,
                q.issues() == null ? List.of() : q.issues(),
                score));
      }
    }
    return questions;
  }

  /** Stored questions with their texts from the framework version they were joined to. */
  public static List<GapList.Question> withTexts(
      List<GapList.Question> stored, ResultFramework.Texts framework) {
    Map<String, String> texts = new HashMap<>();
    for (ResultFramework.Question q : framework.questions()) {
      texts.put(q.code(), q.textTh());
    }
    return stored.stream()
        .map(
            q ->
                new GapList.Question(
                    q.code(), q.tool(), q.indicator(), texts.get(q.code()), q.issues(), q.score()))
        .toList();
  }
}
