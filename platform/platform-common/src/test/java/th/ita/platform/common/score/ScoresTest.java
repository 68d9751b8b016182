package th.ita.platform.common.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

  @Test
  void wholePercentRoundsHalfUpOnlyAtTheEnd() {
    assertThat(Scores.wholePercent(BigDecimal.valueOf(2), BigDecimal.valueOf(3)))
        .isEqualTo(new BigDecimal("67"));
    assertThat(Scores.wholePercent(BigDecimal.ONE, BigDecimal.valueOf(8)))
        .isEqualTo(new BigDecimal("13"));
    assertThat(Scores.wholePercent(new BigDecimal("0.125"), BigDecimal.ONE))
        .isEqualTo(new BigDecimal("13"));
    assertThat(Scores.wholePercent(new BigDecimal("0.35"), BigDecimal.ONE))
        .isEqualTo(new BigDecimal("35"));
  }

  @Test
  void wholePercentOfNothingIsUnknown() {
    assertThat(Scores.wholePercent(BigDecimal.ONE, BigDecimal.ZERO)).isNull();
    assertThat(Scores.wholePercent(null, BigDecimal.ONE)).isNull();
    assertThat(Scores.wholePercent(BigDecimal.ONE, null)).isNull();
  }

  @Test
  void displayIsHalfUpToTwoDecimals() {
    assertThat(Scores.display(new BigDecimal("69.8"))).isEqualTo(new BigDecimal("69.80"));
    assertThat(Scores.display(new BigDecimal("69.805"))).isEqualTo(new BigDecimal("69.81"));
    assertThat(Scores.display(null)).isNull();
  }

  @Test
  void theMeanOfOneValueIsWhatSummingAndDividingItByOneGives() {
    for (String text :
        List.of(
            "87.5",
            "100",
            "0.00",
            "1E+2",
            "0E+1",
            "33.33333333333333333333333333333333",
            "66.666666666666666666666666666666667",
            "-0.125")) {
      BigDecimal value = new BigDecimal(text);
      BigDecimal divided = BigDecimal.ZERO.add(value).divide(BigDecimal.ONE, Scores.PRECISION);
      assertThat(Scores.mean(List.of(value))).as(text).isEqualTo(divided);
      assertThat(Scores.mean(List.of(value)).scale()).as(text).isEqualTo(divided.scale());
    }
  }

  @Test
  void theMeanIsAtFullPrecision() {
    assertThat(Scores.mean(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO)))
        .isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
    assertThat(Scores.mean(List.of(new BigDecimal("90.5"), new BigDecimal("80"))))
        .isEqualTo(new BigDecimal("85.25"));
  }
}
