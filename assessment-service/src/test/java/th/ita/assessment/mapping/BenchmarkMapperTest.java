package th.ita.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.Benchmark;
import th.ita.assessment.domain.Benchmark.IndicatorAverage;
import th.ita.assessment.domain.Benchmark.LevelCount;
import th.ita.assessment.domain.RankedResult;
import th.ita.assessment.domain.Standing;
import th.ita.assessment.rest.view.BenchmarkViews;
import th.ita.assessment.rest.view.BenchmarkViews.RankedAgency;
import th.ita.assessment.rest.view.BenchmarkViews.RankingPage;
import th.ita.assessment.rest.view.ResultView;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;

/** Rankings, benchmarks and ranks keep every figure as computed; only the shape changes. */
class BenchmarkMapperTest {

  @Test
  void aRankingPageKeepsTheRanksAndTheTotals() {
    PageRequest request = new PageRequest();
    request.page = 1;
    request.size = 2;
    Page<RankedResult> rows =
        Page.of(
            List.of(
                new RankedResult(
                    "BM-3",
                    "หน่วยงาน 3",
                    null,
                    "DEPARTMENT",
                    "MFA",
                    new BigDecimal("90.00"),
                    "GOOD",
                    2,
                    4),
                new RankedResult(
                    "BM-4",
                    "หน่วยงาน 4",
                    "Four",
                    "UNIVERSITY",
                    "MOC",
                    new BigDecimal("80.00"),
                    "NEEDS_IMPROVEMENT",
                    4,
                    4)),
            request,
            4);

    RankingPage page = BenchmarkMapper.toPage(rows);

    assertThat(page.items())
        .containsExactly(
            new RankedAgency(
                2,
                "BM-3",
                "หน่วยงาน 3",
                null,
                AgencyType.DEPARTMENT,
                "MFA",
                new BigDecimal("90.00"),
                "GOOD"),
            new RankedAgency(
                4,
                "BM-4",
                "หน่วยงาน 4",
                "Four",
                AgencyType.UNIVERSITY,
                "MOC",
                new BigDecimal("80.00"),
                "NEEDS_IMPROVEMENT"));
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.size()).isEqualTo(2);
    assertThat(page.totalItems()).isEqualTo(4);
    assertThat(page.totalPages()).isEqualTo(2);
  }

  @Test
  void aBenchmarkKeepsItsLevelsAndIndicatorsInOrder() {
    Benchmark benchmark =
        new Benchmark(
            2650,
            null,
            "MOC",
            3,
            new BigDecimal("88.33"),
            new BigDecimal("90"),
            2,
            new BigDecimal("66.67"),
            List.of(
                new LevelCount("EXCELLENT", "ดีเยี่ยม", "Excellent", 1, new BigDecimal("33.33")),
                new LevelCount("GOOD", "ดี", "Good", 2, new BigDecimal("66.67"))),
            List.of(
                new IndicatorAverage(1, "การปฏิบัติหน้าที่", "Duty", new BigDecimal("86.67"), 3)));

    BenchmarkViews.Benchmark view = BenchmarkMapper.toView(benchmark);

    assertThat(view)
        .isEqualTo(
            new BenchmarkViews.Benchmark(
                2650,
                null,
                "MOC",
                3,
                new BigDecimal("88.33"),
                new BigDecimal("90"),
                2,
                new BigDecimal("66.67"),
                List.of(
                    new BenchmarkViews.LevelCount(
                        "EXCELLENT", "ดีเยี่ยม", "Excellent", 1, new BigDecimal("33.33")),
                    new BenchmarkViews.LevelCount(
                        "GOOD", "ดี", "Good", 2, new BigDecimal("66.67"))),
                List.of(
                    new BenchmarkViews.IndicatorAverage(
                        1, "การปฏิบัติหน้าที่", "Duty", new BigDecimal("86.67"), 3))));
  }

  @Test
  void ranksCarryEveryStanding() {
    ResultView.Ranks ranks =
        BenchmarkMapper.toRanks(new Standing(2, 4, 2, 3, null, null, new BigDecimal("66.67")));

    assertThat(ranks)
        .isEqualTo(new ResultView.Ranks(2, 4, 2, 3, null, null, new BigDecimal("66.67")));
  }
}
