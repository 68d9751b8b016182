package th.ita.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.AnalysisThresholds;
import th.ita.assessment.domain.AnalysisThresholds.Source;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.rest.view.AnalysisView;
import th.ita.assessment.rest.view.AnalysisView.TargetSource;
import th.ita.assessment.rest.view.AnalysisView.ThresholdSource;
import th.ita.assessment.rest.view.AnalysisView.ToolExtremes;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.ResultScorer;

/**
 * The result view and its analysis, from DITP's FY2566 result as NACC published it, computed as
 * plain functions: no database, no Quarkus.
 */
class AnalysisMapperTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final BigDecimal KEEP_ABOVE = new BigDecimal("97.50");
  private static final BigDecimal URGENT_BELOW = new BigDecimal("95.00");

  private static <T> T read(String resource, Class<T> type) throws IOException {
    try (InputStream in = AnalysisMapperTest.class.getResourceAsStream(resource)) {
      return JSON.readValue(in, type);
    }
  }

  /** DITP's FY2566 result as the API shows it, published. */
  private static ResultView ditp2566() throws IOException {
    Framework framework = Framework.of(read("/frameworks/fy2566.json", FrameworkDefinition.class));
    ResultInput input = read("/demo/results/DITP-2566.json", ResultInput.class);
    Agency agency = new Agency();
    agency.code = "DITP";
    agency.nameTh = "กรมส่งเสริมการค้าระหว่างประเทศ";
    agency.type = AgencyType.DEPARTMENT;
    AssessmentResult result = new AssessmentResult();
    result.id = UUID.randomUUID();
    result.agencyCode = agency.code;
    result.fiscalYear = 2566;
    result.round = Round.FINAL;
    result.revision = 1;
    result.status = Status.PUBLISHED;
    result.publishedAt = OffsetDateTime.of(2023, 10, 2, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    return new ResultMapper()
        .toView(agency, result, input, new ResultScorer().score(framework, input));
  }

  private static ToolExtremes extremes(AnalysisView analysis, ToolCode tool) {
    return analysis.highestAndLowest().stream()
        .filter(t -> t.tool() == tool)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theResultViewShowsThePublishedFiguresRoundedToTwoDecimals() throws IOException {
    ResultView view = ditp2566();

    assertThat(view.overall().score()).isEqualByComparingTo("82.06");
    assertThat(view.overall().score().scale()).isEqualTo(2);
    assertThat(view.overall().level().nameTh()).isEqualTo("ต้องปรับปรุง");
    assertThat(view.questions()).hasSize(88);
    assertThat(view.ranks()).isNull();
  }

  @Test
  void theDefaultsAnalyseAsTheAgencyDidByHand() throws IOException {
    AnalysisView analysis =
        AnalysisMapper.toView(
            ditp2566(),
            null,
            new AnalysisThresholds(
                new BigDecimal("85.00"), Source.DEFAULT, KEEP_ABOVE, URGENT_BELOW, Source.DEFAULT),
            3);

    assertThat(analysis.overallScore()).isEqualByComparingTo("82.06");
    assertThat(analysis.target().source()).isEqualTo(TargetSource.NATIONAL);
    assertThat(analysis.target().gap()).isEqualByComparingTo("-2.94");
    assertThat(analysis.target().met()).isFalse();
    assertThat(extremes(analysis, ToolCode.IIT).highest().number()).isEqualTo(1);
    assertThat(extremes(analysis, ToolCode.IIT).lowest().number()).isEqualTo(5);
    assertThat(extremes(analysis, ToolCode.EIT).highest().score()).isEqualByComparingTo("85.29");
    assertThat(extremes(analysis, ToolCode.EIT).lowest().number()).isEqualTo(7);
    assertThat(extremes(analysis, ToolCode.OIT).lowest().score()).isEqualByComparingTo("70.00");
    assertThat(analysis.weakest())
        .hasSize(3)
        .allSatisfy(q -> assertThat(q.score()).isLessThan(new BigDecimal("70")));
    assertThat(analysis.tiers().source()).isEqualTo(ThresholdSource.DEFAULT);
    assertThat(
            analysis.tiers().groups().stream()
                .filter(g -> g.tool() == ToolCode.EIT)
                .map(g -> g.part()))
        .containsExactly(null, PartCode.PUBLIC, PartCode.SURVEY);
    assertThat(analysis.issues()).hasSize(7);
    assertThat(analysis.issues().get(6).questions()).extracting(q -> q.code()).contains("O43");
    assertThat(analysis.yearOverYear()).isNull();
  }

  @Test
  void eachQuestionFallsInExactlyOneTier() throws IOException {
    ResultView view = ditp2566();
    AnalysisView analysis =
        AnalysisMapper.toView(
            view,
            null,
            new AnalysisThresholds(
                new BigDecimal("85.00"), Source.DEFAULT, KEEP_ABOVE, URGENT_BELOW, Source.DEFAULT),
            5);

    long scored = view.questions().stream().filter(q -> q.score() != null).count();
    long tiered =
        analysis.tiers().groups().stream()
            .filter(g -> g.part() == null)
            .mapToLong(g -> g.keep().size() + g.improve().size() + g.urgent().size())
            .sum();
    assertThat(tiered).isEqualTo(scored);
  }

  @Test
  void theRequestsTargetAndTheYearBeforeAreCompared() throws IOException {
    ResultView view = ditp2566();
    AnalysisView analysis =
        AnalysisMapper.toView(
            view,
            view,
            new AnalysisThresholds(
                new BigDecimal("80.00"), Source.REQUEST, KEEP_ABOVE, URGENT_BELOW, Source.AGENCY),
            5);

    assertThat(analysis.target().source()).isEqualTo(TargetSource.REQUEST);
    assertThat(analysis.target().gap()).isEqualByComparingTo("2.06");
    assertThat(analysis.target().met()).isTrue();
    assertThat(analysis.tiers().source()).isEqualTo(ThresholdSource.AGENCY);
    assertThat(analysis.yearOverYear().previousFiscalYear()).isEqualTo(2566);
    assertThat(analysis.yearOverYear().overall().change()).isEqualByComparingTo("0");
    assertThat(analysis.yearOverYear().indicators())
        .hasSize(10)
        .allSatisfy(i -> assertThat(i.change()).isEqualByComparingTo("0"));
  }
}
