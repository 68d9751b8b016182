package th.ita.assessment.mapping;

import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.Benchmark;
import th.ita.assessment.domain.RankedResult;
import th.ita.assessment.domain.Standing;
import th.ita.assessment.rest.view.BenchmarkViews;
import th.ita.assessment.rest.view.BenchmarkViews.IndicatorAverage;
import th.ita.assessment.rest.view.BenchmarkViews.LevelCount;
import th.ita.assessment.rest.view.BenchmarkViews.RankedAgency;
import th.ita.assessment.rest.view.BenchmarkViews.RankingPage;
import th.ita.assessment.rest.view.ResultView;
import th.ita.platform.common.paging.Page;

/** Rankings, benchmarks and a result's ranks as the API shows them. */
public final class BenchmarkMapper {

  private BenchmarkMapper() {}

  public static RankingPage toPage(Page<RankedResult> rows) {
    Page<RankedAgency> page =
        rows.map(
            r ->
                new RankedAgency(
                    r.rank(),
                    r.agencyCode(),
                    r.nameTh(),
                    r.nameEn(),
                    AgencyType.valueOf(r.type()),
                    r.ministryCode(),
                    r.score(),
                    r.levelCode()));
    return new RankingPage(
        page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
  }

  public static BenchmarkViews.Benchmark toView(Benchmark b) {
    return new BenchmarkViews.Benchmark(
        b.fiscalYear(),
        b.type(),
        b.ministry(),
        b.agencies(),
        b.average(),
        b.target(),
        b.atOrAboveTarget(),
        b.shareAtOrAboveTarget(),
        b.levels().stream()
            .map(l -> new LevelCount(l.code(), l.nameTh(), l.nameEn(), l.agencies(), l.share()))
            .toList(),
        b.indicators().stream()
            .map(
                i ->
                    new IndicatorAverage(
                        i.number(), i.nameTh(), i.nameEn(), i.average(), i.agencies()))
            .toList());
  }

  public static ResultView.Ranks toRanks(Standing s) {
    return new ResultView.Ranks(
        s.nationalRank(),
        s.nationalOf(),
        s.typeRank(),
        s.typeOf(),
        s.ministryRank(),
        s.ministryOf(),
        s.percentile());
  }
}
