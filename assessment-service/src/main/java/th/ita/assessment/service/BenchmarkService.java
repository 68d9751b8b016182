package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.repository.RankingRepository;
import th.ita.assessment.rest.BenchmarkViews.Benchmark;
import th.ita.assessment.rest.BenchmarkViews.IndicatorAverage;
import th.ita.assessment.rest.BenchmarkViews.LevelCount;
import th.ita.assessment.rest.BenchmarkViews.RankedAgency;
import th.ita.assessment.rest.BenchmarkViews.RankingPage;
import th.ita.assessment.rest.ResultView;
import th.ita.assessment.service.ResultService.Scored;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.score.Scores;

/** Rankings and benchmarks of a fiscal year's published results (seed 004 quotes such figures). */
@ApplicationScoped
public class BenchmarkService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RankingRepository rankings;
  private final FrameworkService frameworks;
  private final java.util.concurrent.ConcurrentMap<Integer, Ranked> ranked = new java.util.concurrent.ConcurrentHashMap<>();

  public BenchmarkService(RankingRepository rankings, FrameworkService frameworks) {
    this.rankings = rankings;
    this.frameworks = frameworks;
  }

  public RankingPage rankings(int year, AgencyType type, String ministry, PageRequest page) {
    frameworks.record(year);
    var rows = rankings.rankings(year, name(type), upper(ministry), page.page, page.size);
    long total = rows.isEmpty() ? rankings.aggregate(year, name(type), upper(ministry), BigDecimal.ZERO).agencies() : rows.get(0).of();
    var result = Page.of(rows, page, total).map(r -> new RankedAgency(r.rank(), r.agencyCode(), r.nameTh(), r.nameEn(),
        AgencyType.valueOf(r.type()), r.ministryCode(), r.score(), r.levelCode()));
    return new RankingPage(result.items(), result.page(), result.size(), result.totalItems(), result.totalPages());
  }

  public Benchmark benchmark(int year, AgencyType type, String ministry, BigDecimal target) {
    Framework framework = frameworks.get(year);
    BigDecimal goal = target != null ? target : framework.definition().target();
    var aggregate = rankings.aggregate(year, name(type), upper(ministry), goal);
    Map<String, Long> byLevel = new HashMap<>();
    for (Object[] row : rankings.levels(year, name(type), upper(ministry))) {
      byLevel.put((String) row[0], ((Number) row[1]).longValue());
    }
    List<LevelCount> levels = new ArrayList<>();
    for (Level level : framework.definition().levels()) {
      long count = byLevel.getOrDefault(level.code(), 0L);
      levels.add(new LevelCount(level.code(), level.nameTh(), level.nameEn(), count, share(count, aggregate.agencies())));
    }
    List<IndicatorAverage> indicators = new ArrayList<>();
    for (Object[] row : rankings.indicatorAverages(year, name(type), upper(ministry))) {
      int number = ((Number) row[0]).intValue();
      var indicator = framework.indicator(number);
      indicators.add(new IndicatorAverage(number, indicator.map(i -> i.nameTh()).orElse(null),
          indicator.map(i -> i.nameEn()).orElse(null), Scores.display((BigDecimal) row[1]), ((Number) row[2]).longValue()));
    }
    return new Benchmark(year, type, upper(ministry), aggregate.agencies(), Scores.display(aggregate.average()),
        goal, aggregate.atOrAboveTarget(), share(aggregate.atOrAboveTarget(), aggregate.agencies()), levels, indicators);
  }

  /** A published FINAL result with where it stands; drafts and interim rounds are not ranked. */
  public ResultView withRanks(Scored scored) {
    AssessmentResult r = scored.result();
    if (r.status != AssessmentResult.Status.PUBLISHED || r.round != Round.FINAL) {
      return scored.view();
    }
    var latest = scored.view();
    var standing = standings(r.fiscalYear).get(r.agencyCode);
    if (standing == null) {
      return latest;
    }
    return latest.withRanks(new ResultView.Ranks(standing.nationalRank(), standing.nationalOf(), standing.typeRank(),
        standing.typeOf(), standing.ministryRank(), standing.ministryOf(), standing.percentile()));
  }

  /**
   * The year's ranks for every agency. Ranking the whole country takes a window over every
   * published result; doing it for each GET of one result would cost more than the rest of the
   * request, so the ranks are kept until the stamp says they may have moved.
   */
  private Map<String, RankingRepository.Standing> standings(int year) {
    String stamp = rankings.standingsStamp(year);
    Ranked cached = ranked.get(year);
    if (cached != null && cached.stamp().equals(stamp)) {
      return cached.standings();
    }
    Map<String, RankingRepository.Standing> fresh = rankings.standings(year);
    ranked.put(year, new Ranked(stamp, fresh));
    return fresh;
  }

  private record Ranked(String stamp, Map<String, RankingRepository.Standing> standings) {}

  private static BigDecimal share(long part, long whole) {
    return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
  }

  private static String name(AgencyType type) {
    return type == null ? null : type.name();
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.trim().toUpperCase();
  }
}
