package th.ita.assessment.rest;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.assessment.mapping.BenchmarkMapper;
import th.ita.assessment.mapping.ResultJson;
import th.ita.assessment.mapping.ResultJson.Representation;
import th.ita.assessment.mapping.ResultMapper;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.BenchmarkService;
import th.ita.assessment.service.ResultService.Scored;
import th.ita.assessment.service.ResultService.StoredView;

/** A stored result as the API shows it, with its ranks where a reader asks for them. */
@ApplicationScoped
public class ResultViews {

  private final ResultMapper mapper;
  private final BenchmarkService benchmarks;
  private final ResultJson json;

  public ResultViews(ResultMapper mapper, BenchmarkService benchmarks, ResultJson json) {
    this.mapper = mapper;
    this.benchmarks = benchmarks;
    this.json = json;
  }

  public ResultView toView(Scored scored) {
    return mapper.toView(scored.agency(), scored.result(), scored.input(), scored.card());
  }

  /** The view with where a published FINAL result stands among the year's; others have no ranks. */
  public ResultView withRanks(Scored scored) {
    ResultView view = toView(scored);
    return benchmarks
        .standing(scored.result())
        .map(s -> view.withRanks(BenchmarkMapper.toRanks(s)))
        .orElse(view);
  }

  /** A published revision's stored view with its ranks as they stand now, and their ETag. */
  public Representation withRanks(StoredView stored) {
    return json.withRanks(
        stored.json(),
        stored.ranksAt(),
        stored.etag(),
        benchmarks.standing(stored.agencyCode(), stored.fiscalYear(), stored.round()).orElse(null));
  }
}
