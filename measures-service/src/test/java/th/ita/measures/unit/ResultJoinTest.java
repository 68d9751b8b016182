package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.ResultFramework;
import th.ita.measures.mapping.ResultJoin;

/** A version 2 result's gap list is stored without texts and read with its framework's. */
class ResultJoinTest {

  private static ResultFramework.Texts framework() {
    return new ResultFramework.Texts(
        List.of(
            new ResultFramework.Question("i1", "IIT", 1, "ข้อความ i1", List.of(1, 2)),
            new ResultFramework.Question("i2", "IIT", 1, "ข้อความ i2", null),
            new ResultFramework.Question("e1", "EIT", 6, "ข้อความ e1", List.of(7))),
        Map.of());
  }

  @Test
  void theStoredQuestionsFollowTheFrameworksOrderWithoutTexts() {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    scores.put("e1", new BigDecimal("50.00"));
    scores.put("i1", new BigDecimal("90.00"));

    assertThat(ResultJoin.questions(scores, framework()))
        .containsExactly(
            new GapList.Question("i1", "IIT", 1, null, List.of(1, 2), new BigDecimal("90.00")),
            new GapList.Question("e1", "EIT", 6, null, List.of(7), new BigDecimal("50.00")));
  }

  @Test
  void readQuestionsTakeTheirTextsFromTheFramework() {
    List<GapList.Question> stored =
        ResultJoin.questions(Map.of("i2", new BigDecimal("70.00")), framework());

    assertThat(ResultJoin.withTexts(stored, framework()))
        .containsExactly(
            new GapList.Question("i2", "IIT", 1, "ข้อความ i2", List.of(), new BigDecimal("70.00")));
  }
}
