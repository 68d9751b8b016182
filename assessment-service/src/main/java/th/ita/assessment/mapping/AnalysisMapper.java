package th.ita.assessment.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.ita.assessment.domain.AnalysisThresholds;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.rest.view.AnalysisView;
import th.ita.assessment.rest.view.AnalysisView.Change;
import th.ita.assessment.rest.view.AnalysisView.IndicatorChange;
import th.ita.assessment.rest.view.AnalysisView.IndicatorRef;
import th.ita.assessment.rest.view.AnalysisView.IssueQuestions;
import th.ita.assessment.rest.view.AnalysisView.QuestionRef;
import th.ita.assessment.rest.view.AnalysisView.Target;
import th.ita.assessment.rest.view.AnalysisView.TargetSource;
import th.ita.assessment.rest.view.AnalysisView.ThresholdSource;
import th.ita.assessment.rest.view.AnalysisView.TierGroup;
import th.ita.assessment.rest.view.AnalysisView.Tiers;
import th.ita.assessment.rest.view.AnalysisView.ToolExtremes;
import th.ita.assessment.rest.view.AnalysisView.ToolGap;
import th.ita.assessment.rest.view.AnalysisView.YearOverYear;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.rest.view.ResultView.IndicatorView;
import th.ita.assessment.rest.view.ResultView.QuestionView;
import th.ita.platform.common.assessment.NaccIssue;

/**
 * The analysis agencies write in their measures documents, from the displayed (two-decimal) figures
 * of a result: extremes per tool, tiers by the thresholds, the weakest questions, the change from
 * last year, the gap to target and the seven NACC issues.
 */
public final class AnalysisMapper {

  private AnalysisMapper() {}

  /** The analysis of {@code result}; {@code previous} is the previous fiscal year's, or null. */
  public static AnalysisView toView(
      ResultView result, ResultView previous, AnalysisThresholds thresholds, int weakest) {
    BigDecimal keepAbove = thresholds.keepAbove();
    BigDecimal urgentBelow = thresholds.urgentBelow();
    ThresholdSource thresholdSource =
        switch (thresholds.thresholdSource()) {
          case REQUEST -> ThresholdSource.REQUEST;
          case AGENCY -> ThresholdSource.AGENCY;
          case DEFAULT -> ThresholdSource.DEFAULT;
        };
    List<QuestionView> scored = result.questions().stream().filter(q -> q.score() != null).toList();
    return new AnalysisView(
        result.agencyCode(),
        result.fiscalYear(),
        result.round(),
        result.revision(),
        result.overall().score(),
        result.overall().level(),
        target(result, thresholds),
        extremes(result),
        new Tiers(
            keepAbove, urgentBelow, thresholdSource, tiers(result, scored, keepAbove, urgentBelow)),
        scored.stream()
            .sorted(Comparator.comparing(QuestionView::score).thenComparing(QuestionView::code))
            .limit(weakest)
            .map(AnalysisMapper::ref)
            .toList(),
        yearOverYear(result, previous),
        issues(scored));
  }

  private static Target target(ResultView result, AnalysisThresholds thresholds) {
    BigDecimal target = thresholds.target();
    TargetSource source =
        switch (thresholds.targetSource()) {
          case REQUEST -> TargetSource.REQUEST;
          case AGENCY -> TargetSource.AGENCY;
          case DEFAULT -> TargetSource.NATIONAL;
        };
    BigDecimal overall = result.overall().score();
    List<ToolGap> tools =
        result.tools().stream()
            .map(
                t ->
                    new ToolGap(
                        t.code(), t.score(), t.score() == null ? null : t.score().subtract(target)))
            .toList();
    return new Target(
        target,
        source,
        overall == null ? null : overall.subtract(target),
        overall != null && overall.compareTo(target) >= 0,
        tools);
  }

  private static List<ToolExtremes> extremes(ResultView result) {
    List<ToolExtremes> extremes = new ArrayList<>();
    for (var tool : result.tools()) {
      List<IndicatorView> scored =
          result.indicators().stream()
              .filter(i -> i.tool() == tool.code() && i.score() != null)
              .toList();
      if (scored.isEmpty()) {
        continue;
      }
      // Ties go to the lower-numbered indicator, as the seeds list them.
      Comparator<IndicatorView> byScore = Comparator.comparing(IndicatorView::score);
      IndicatorView highest =
          scored.stream()
              .sorted(byScore.reversed().thenComparing(IndicatorView::number))
              .findFirst()
              .orElseThrow();
      IndicatorView lowest =
          scored.stream()
              .sorted(byScore.thenComparing(IndicatorView::number))
              .findFirst()
              .orElseThrow();
      extremes.add(new ToolExtremes(tool.code(), indicatorRef(highest), indicatorRef(lowest)));
    }
    return extremes;
  }

  private static List<TierGroup> tiers(
      ResultView result, List<QuestionView> scored, BigDecimal keepAbove, BigDecimal urgentBelow) {
    List<TierGroup> groups = new ArrayList<>();
    for (var tool : result.tools()) {
      List<QuestionView> ofTool = scored.stream().filter(q -> q.tool() == tool.code()).toList();
      if (ofTool.isEmpty()) {
        continue;
      }
      groups.add(group(tool.code(), null, ofTool, QuestionView::score, keepAbove, urgentBelow));
      // Each stakeholder group of a two-part tool (EIT Public, EIT Survey) gets its own tiers.
      for (PartCode part : PartCode.values()) {
        if (ofTool.stream().allMatch(q -> q.parts() != null && q.parts().get(part) != null)) {
          groups.add(
              group(tool.code(), part, ofTool, q -> q.parts().get(part), keepAbove, urgentBelow));
        }
      }
    }
    return groups;
  }

  private static TierGroup group(
      ToolCode tool,
      PartCode part,
      List<QuestionView> questions,
      Function<QuestionView, BigDecimal> score,
      BigDecimal keepAbove,
      BigDecimal urgentBelow) {
    List<QuestionRef> keep = new ArrayList<>();
    List<QuestionRef> improve = new ArrayList<>();
    List<QuestionRef> urgent = new ArrayList<>();
    for (QuestionView q : questions) {
      BigDecimal s = score.apply(q);
      QuestionRef ref = new QuestionRef(q.code(), q.tool(), q.indicator(), q.textTh(), s);
      if (s.compareTo(keepAbove) > 0) {
        keep.add(ref);
      } else if (s.compareTo(urgentBelow) < 0) {
        urgent.add(ref);
      } else {
        improve.add(ref);
      }
    }
    return new TierGroup(tool, part, keep, improve, urgent);
  }

  private static List<IssueQuestions> issues(List<QuestionView> scored) {
    List<IssueQuestions> issues = new ArrayList<>();
    for (NaccIssue issue : NaccIssue.values()) {
      issues.add(
          new IssueQuestions(
              issue.number(),
              issue.nameTh(),
              issue.nameEn(),
              scored.stream()
                  .filter(q -> q.issues() != null && q.issues().contains(issue.number()))
                  .map(AnalysisMapper::ref)
                  .toList()));
    }
    return issues;
  }

  private static QuestionRef ref(QuestionView q) {
    return new QuestionRef(q.code(), q.tool(), q.indicator(), q.textTh(), q.score());
  }

  private static IndicatorRef indicatorRef(IndicatorView i) {
    return new IndicatorRef(i.number(), i.nameTh(), i.nameEn(), i.score());
  }

  private static BigDecimal difference(BigDecimal now, BigDecimal before) {
    return now == null || before == null ? null : now.subtract(before);
  }

  private static YearOverYear yearOverYear(ResultView result, ResultView previous) {
    if (previous == null) {
      return null;
    }
    Map<Integer, IndicatorView> before =
        previous.indicators().stream()
            .collect(Collectors.toMap(IndicatorView::number, Function.identity()));
    List<IndicatorChange> changes =
        result.indicators().stream()
            .map(
                i -> {
                  IndicatorView p = before.get(i.number());
                  BigDecimal prev = p == null ? null : p.score();
                  return new IndicatorChange(
                      i.number(),
                      i.nameTh(),
                      i.nameEn(),
                      i.score(),
                      prev,
                      difference(i.score(), prev));
                })
            .toList();
    return new YearOverYear(
        previous.fiscalYear(),
        new Change(
            result.overall().score(),
            previous.overall().score(),
            difference(result.overall().score(), previous.overall().score())),
        changes);
  }
}
