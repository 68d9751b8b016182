package th.ita.assessment.rest;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.assessment.mapping.BenchmarkMapper;
import th.ita.assessment.mapping.ResultMapper;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.BenchmarkService;
import th.ita.assessment.service.ResultService.Scored;

/** A stored result as the API shows it, with its ranks where a reader asks for them. */
@ApplicationScoped
public class ResultViews {

  private final ResultMapper mapper;
  private final BenchmarkService benchmarks;

  public ResultViews(ResultMapper mapper, BenchmarkService benchmarks) {
    this.mapper = mapper;
    this.benchmarks = benchmarks;
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
}
