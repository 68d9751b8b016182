package th.ita.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.Scorecard;
import th.ita.platform.common.score.Scores;

/**
 * The scoring reproduces what NACC published in the seed documents, from the bundled frameworks and
 * the seeds' transcribed scores. Official figures are removed first where the point is to recompute
 * them.
 */
class ResultScorerTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ResultScorer scorer = new ResultScorer();

  static Framework framework(int year) throws IOException {
    try (InputStream in =
        ResultScorerTest.class.getResourceAsStream("/frameworks/fy" + year + ".json")) {
      return Framework.of(JSON.readValue(in, FrameworkDefinition.class));
    }
  }

  static ResultInput seed(String name) throws IOException {
    try (InputStream in =
        ResultScorerTest.class.getResourceAsStream("/demo/results/" + name + ".json")) {
      return JSON.readValue(in, ResultInput.class);
    }
  }

  static ResultInput withoutOfficial(ResultInput in) {
    return new ResultInput(in.round(), in.questions(), in.respondents(), null, in.source(), null);
  }

  private static List<String> indicators(Scorecard card) {
    return card.indicators().stream()
        .map(i -> Scores.display(i.figure().score()).toPlainString())
        .toList();
  }

  private static String tool(Scorecard card, String code) {
    return card.tools().stream()
        .filter(t -> t.tool().code().name().equals(code))
        .findFirst()
        .map(t -> Scores.display(t.figure().score()).toPlainString())
        .orElseThrow();
  }

  @Test
  void seed004IsRecomputedFromItsQuestionScores() throws IOException {
    Scorecard card = scorer.score(framework(2566), withoutOfficial(seed("DITP-2566")));

    assertThat(indicators(card))
        .containsExactly(
            "91.00", "77.94", "81.84", "75.67", "74.03", "85.29", "77.22", "77.80", "100.00",
            "70.00");
    assertThat(tool(card, "IIT")).isEqualTo("80.10");
    assertThat(tool(card, "EIT")).isEqualTo("80.10");
    assertThat(tool(card, "OIT")).isEqualTo("85.00");
    var eit =
        card.tools().stream()
            .filter(t -> t.tool().code().name().equals("EIT"))
            .findFirst()
            .orElseThrow();
    assertThat(Scores.display(eit.parts().get(PartCode.PUBLIC).score()))
        .isEqualByComparingTo("79.26");
    assertThat(Scores.display(eit.parts().get(PartCode.SURVEY).score()))
        .isEqualByComparingTo("80.94");
    assertThat(Scores.display(card.overall().score())).isEqualByComparingTo("82.06");
    assertThat(card.level().nameTh()).isEqualTo("ต้องปรับปรุง");
    assertThat(card.discrepancies()).isEmpty();
  }

  @Test
  void seed004WithItsOfficialFiguresHasNoDiscrepancy() throws IOException {
    Scorecard card = scorer.score(framework(2566), seed("DITP-2566"));
    assertThat(card.discrepancies()).isEmpty();
    assertThat(card.overall().official()).isEqualByComparingTo("82.06");
  }

  @Test
  void seed002GivesAaInBothYears() throws IOException {
    Scorecard fy2564 = scorer.score(framework(2564), withoutOfficialOverall(seed("TCEB-2564")));
    assertThat(Scores.display(fy2564.overall().score())).isEqualByComparingTo("95.01");
    assertThat(fy2564.level().code()).isEqualTo("AA");

    Scorecard fy2565 = scorer.score(framework(2565), withoutOfficialOverall(seed("TCEB-2565")));
    assertThat(Scores.display(fy2565.overall().score())).isEqualByComparingTo("97.04");
    assertThat(fy2565.level().code()).isEqualTo("AA");
  }

  @Test
  void seed001StandsAsPublishedAndItsEitIsReportedAsDiscrepancies() throws IOException {
    Scorecard card = scorer.score(framework(2567), seed("MFA-ASEAN-2567"));
    assertThat(Scores.display(card.overall().score())).isEqualByComparingTo("69.80");
    assertThat(card.level().nameTh()).isEqualTo("ต้องปรับปรุงโดยด่วน");
    assertThat(card.discrepancies())
        .extracting(Scorecard.Discrepancy::figure)
        .contains("indicator 6", "indicator 7", "indicator 8")
        .doesNotContain("indicator 1", "indicator 9", "indicator 10", "overall");
    var indicator6 = card.indicators().get(5).figure();
    assertThat(indicator6.score()).as("the published figure stands").isEqualByComparingTo("92.63");
    assertThat(Scores.display(indicator6.computed())).isEqualByComparingTo("92.89");
  }

  @Test
  void fy2568BandsLookAtEveryTool() throws IOException {
    Framework fy2568 = framework(2568);
    Scorecard oneToolUnder85 =
        scorer.score(fy2568, officialOnly("94.64", "98.00", "84.20", "99.50"));
    assertThat(oneToolUnder85.level().code()).isEqualTo("PASS");
    assertThat(oneToolUnder85.level().nameTh()).isEqualTo("ผ่าน");

    Scorecard everyToolAbove85 =
        scorer.score(fy2568, officialOnly("94.64", "95.00", "90.00", "97.50"));
    assertThat(everyToolAbove85.level().nameTh()).isEqualTo("ผ่านดี");

    Scorecard excellent = scorer.score(fy2568, officialOnly("96.00", "95.00", "95.00", "97.50"));
    assertThat(excellent.level().nameTh()).isEqualTo("ผ่านดีเยี่ยม");
  }

  @Test
  void levelsUseTheDisplayedTwoDecimalScore() throws IOException {
    // 84.996 is published as 85.00, and 85.00 passes.
    Scorecard card =
        scorer.score(
            framework(2567),
            new ResultInput(
                ResultInput.Round.FINAL,
                List.of(),
                List.of(),
                new ResultInput.OfficialFigures(new BigDecimal("84.996"), List.of(), List.of()),
                null,
                null));
    assertThat(card.level().code()).isEqualTo("PASS");
  }

  private static ResultInput officialOnly(String overall, String iit, String eit, String oit) {
    return new ResultInput(
        ResultInput.Round.FINAL,
        List.of(),
        List.of(),
        new ResultInput.OfficialFigures(
            new BigDecimal(overall),
            List.of(
                new ResultInput.OfficialTool(
                    FrameworkDefinition.ToolCode.IIT, new BigDecimal(iit), null),
                new ResultInput.OfficialTool(
                    FrameworkDefinition.ToolCode.EIT, new BigDecimal(eit), null),
                new ResultInput.OfficialTool(
                    FrameworkDefinition.ToolCode.OIT, new BigDecimal(oit), null)),
            List.of()),
        null,
        null);
  }

  private static ResultInput withoutOfficialOverall(ResultInput in) {
    var o = in.official();
    return new ResultInput(
        in.round(),
        in.questions(),
        in.respondents(),
        new ResultInput.OfficialFigures(null, o.tools(), o.indicators()),
        in.source(),
        null);
  }
}
