package th.ita.platform.common.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import th.ita.platform.common.score.DiscrepancyFigures.Figure;
import th.ita.platform.common.score.DiscrepancyFigures.Kind;

class DiscrepancyFiguresTest {

  @Test
  void eachNameIsRecognisedAsWritten() {
    assertThat(DiscrepancyFigures.recognise(DiscrepancyFigures.OVERALL))
        .contains(new Figure(Kind.OVERALL, null, null, null, null));
    assertThat(DiscrepancyFigures.recognise(DiscrepancyFigures.indicator(6)))
        .contains(new Figure(Kind.INDICATOR, 6, null, null, null));
    assertThat(DiscrepancyFigures.recognise(DiscrepancyFigures.tool("EIT")))
        .contains(new Figure(Kind.TOOL, null, "EIT", null, null));
    assertThat(DiscrepancyFigures.recognise(DiscrepancyFigures.toolPart("EIT", "PUBLIC")))
        .contains(new Figure(Kind.TOOL_PART, null, "EIT", "PUBLIC", null));
    assertThat(DiscrepancyFigures.recognise(DiscrepancyFigures.question("i1")))
        .contains(new Figure(Kind.QUESTION, null, null, null, "i1"));
    assertThat(DiscrepancyFigures.indicator(6)).isEqualTo("indicator 6");
    assertThat(DiscrepancyFigures.toolPart("EIT", "PUBLIC")).isEqualTo("tool EIT part PUBLIC");
  }

  @Test
  void anyOtherTextIsNone() {
    // An indicator number too long to be one is text, not a failure to parse.
    assertThat(DiscrepancyFigures.recognise("indicator 99999999999")).isEmpty();
    assertThat(DiscrepancyFigures.recognise("คะแนนรวม")).isEmpty();
    assertThat(DiscrepancyFigures.recognise(null)).isEmpty();
  }
}
