package th.ita.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.Benchmark;
import th.ita.assessment.domain.Benchmark.IndicatorAverage;
import th.ita.assessment.domain.Benchmark.LevelCount;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition.Level;
import th.ita.assessment.domain.RankedResult;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Standing;
import th.ita.assessment.repository.RankingRepository;
import th.ita.platform.common.kept.KeptForAMoment;
import th.ita.platform.common.paging.Page;
import th.ita.platform.common.paging.PageRequest;
import th.ita.platform.common.score.Scores;

/** Rankings and benchmarks of a fiscal year's published results. */
@ApplicationScoped
public class BenchmarkService {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * How long kept ranks are used before the stamp is read again. Ranks moved through this instance
   * are dropped when the change commits; moved through another instance, they show within this time
   * (a published result is cacheable for a minute in any case).
   */
  static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

  /** At most this many rows of kept ranking pages (a row is some 300 bytes): about 15 MB. */
  private static final long KEPT_RANKED_ROWS = 50_000;

  private final RankingRepository rankings;
  private final FrameworkService frameworks;
  private final ConcurrentMap<Integer, Ranked> ranked = new ConcurrentHashMap<>();
  private final AtomicLong changes = new AtomicLong();

  /** Pages of the rankings just shown, kept for a moment: see {@link #rankings}. */
  private final KeptForAMoment<PageAsked, Page<RankedResult>> pages;

  /** A page of the rankings as asked for. */
  private record PageAsked(int year, AgencyType type, String ministry, int page, int size) {}

  public BenchmarkService(
      RankingRepository rankings,
      FrameworkService frameworks,
      Clock clock,
      @ConfigProperty(name = "ita.results.kept-for", defaultValue = "1s") Duration keptFor) {
    this.rankings = rankings;
    this.frameworks = frameworks;
    this.pages =
        new KeptForAMoment<>(
            clock, keptFor, KEPT_RANKED_ROWS, page -> page.items().size() + 1, page -> true);
  }

  /**
   * A page of the year's rankings. Rankings show published results only, the same to every caller,
   * so a page just read is kept for a moment ({@code ita.results.kept-for}) for the next caller,
   * and dropped when a result or an agency changes on this instance ({@link ResultsChanged}). A
   * caller may ask for the page read {@code anew}; the page then read is kept in place of the older
   * one.
   */
  public Page<RankedResult> rankings(
      int year, AgencyType type, String ministry, PageRequest page, boolean anew) {
    PageAsked asked = new PageAsked(year, type, upper(ministry), page.page, page.size);
    Supplier<Page<RankedResult>> read = () -> read(asked);
    return anew ? pages.refresh(asked, read) : pages.get(asked, read);
  }

  private Page<RankedResult> read(PageAsked asked) {
    PageRequest page = PageRequest.of(asked.page(), asked.size());
    String type = name(asked.type());
    String ministry = asked.ministry();
    var rows = rankings.rankings(asked.year(), type, ministry, asked.page(), asked.size());
    if (!rows.isEmpty()) {
      // Ranked results have a framework: the year need not be looked up.
      return Page.of(rows, page, rows.get(0).of());
    }
    frameworks.requireYear(asked.year());
    long total = rankings.aggregate(asked.year(), type, ministry, BigDecimal.ZERO).agencies();
    return Page.of(rows, page, total);
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
      levels.add(
          new LevelCount(
              level.code(),
              level.nameTh(),
              level.nameEn(),
              count,
              share(count, aggregate.agencies())));
    }
    List<IndicatorAverage> indicators = new ArrayList<>();
    for (Object[] row : rankings.indicatorAverages(year, name(type), upper(ministry))) {
      int number = ((Number) row[0]).intValue();
      var indicator = framework.indicator(number);
      indicators.add(
          new IndicatorAverage(
              number,
              indicator.map(i -> i.nameTh()).orElse(null),
              indicator.map(i -> i.nameEn()).orElse(null),
              Scores.display((BigDecimal) row[1]),
              ((Number) row[2]).longValue()));
    }
    return new Benchmark(
        year,
        type,
        upper(ministry),
        aggregate.agencies(),
        Scores.display(aggregate.average()),
        goal,
        aggregate.atOrAboveTarget(),
        share(aggregate.atOrAboveTarget(), aggregate.agencies()),
        levels,
        indicators);
  }

  /** Where a published FINAL result stands; drafts and interim rounds are not ranked. */
  public Optional<Standing> standing(AssessmentResult r) {
    if (r.status != AssessmentResult.Status.PUBLISHED) {
      return Optional.empty();
    }
    return standing(r.agencyCode, r.fiscalYear, r.round);
  }

  /** Where a published result of the round stands; interim rounds are not ranked. */
  public Optional<Standing> standing(String agencyCode, int fiscalYear, Round round) {
    if (round != Round.FINAL) {
      return Optional.empty();
    }
    return Optional.ofNullable(standings(fiscalYear).get(agencyCode));
  }

  /**
   * The year's ranks for every agency. Ranking the whole country takes a window over every
   * published result, and even the stamp that says whether they moved counts every published result
   * of the year; doing either for each GET of one result would cost more than the rest of the
   * request, so the ranks are kept, and the stamp read at most once a second.
   */
  private Map<String, Standing> standings(int year) {
    long now = System.nanoTime();
    Ranked cached = ranked.get(year);
    if (cached != null && now - cached.checkedAt() < RECHECK_NANOS) {
      return cached.standings();
    }
    // Ranks read while a change commits must not be kept after the change dropped them: they are
    // kept only if no change was announced since they were read.
    long moves = changes.get();
    String stamp = rankings.standingsStamp(year);
    Map<String, Standing> standings =
        cached != null && cached.stamp().equals(stamp)
            ? cached.standings()
            : rankings.standings(year);
    Ranked fresh = new Ranked(stamp, standings, now);
    ranked.compute(year, (y, kept) -> changes.get() == moves ? fresh : null);
    return standings;
  }

  void resultsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResultsChanged changed) {
    pages.dropAll();
  }

  void ranksMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) RanksMoved moved) {
    changes.incrementAndGet();
    if (moved.fiscalYear() == null) {
      ranked.clear();
    } else {
      ranked.remove(moved.fiscalYear());
    }
  }

  private record Ranked(String stamp, Map<String, Standing> standings, long checkedAt) {}

  private static BigDecimal share(long part, long whole) {
    return whole == 0
        ? null
        : Scores.display(
            BigDecimal.valueOf(part)
                .multiply(HUNDRED)
                .divide(BigDecimal.valueOf(whole), Scores.PRECISION));
  }

  private static String name(AgencyType type) {
    return type == null ? null : type.name();
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.trim().toUpperCase();
  }
}
