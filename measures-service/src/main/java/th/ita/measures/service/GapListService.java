package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.Tier;
import th.ita.measures.rest.PlanViews.Gap;
import th.ita.measures.rest.PlanViews.GapListView;
import th.ita.measures.rest.PlanViews.IssueGaps;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;

/** The questions an agency should work on next year, in tiers, with proposed measures. */
@ApplicationScoped
public class GapListService {

  public static final BigDecimal DEFAULT_KEEP_ABOVE = new BigDecimal("97.50");
  public static final BigDecimal DEFAULT_URGENT_BELOW = new BigDecimal("95.00");

  private final TemplateLibrary templates;

  public GapListService(TemplateLibrary templates) {
    this.templates = templates;
  }

  /**
   * Draft measures for the gaps: one per template that answers a gap, aimed at the questions it
   * answers with their scores, over the whole plan year, with the template's steps and quarterly
   * milestones. The officer edits them and adds the ones they keep to the plan.
   */
  public List<th.ita.measures.rest.MeasureInput> proposedMeasures(String agencyCode, int fiscalYear,
      BigDecimal keepAbove, BigDecimal urgentBelow) {
    GapListView list = get(agencyCode, fiscalYear, keepAbove, urgentBelow);
    th.ita.platform.common.calendar.FiscalYear year = th.ita.platform.common.calendar.FiscalYear.of(fiscalYear);
    java.util.Map<String, List<Gap>> byTemplate = new java.util.LinkedHashMap<>();
    for (Gap gap : list.gaps()) {
      for (String code : gap.proposedTemplates()) {
        byTemplate.computeIfAbsent(code, c -> new ArrayList<>()).add(gap);
      }
    }
    List<th.ita.measures.rest.MeasureInput> proposals = new ArrayList<>();
    for (TemplateLibrary.Template t : templates.all()) {
      List<Gap> answered = byTemplate.get(t.code());
      if (answered == null) {
        continue;
      }
      Tier tier = answered.stream().anyMatch(g -> g.tier() == Tier.URGENT) ? Tier.URGENT : Tier.IMPROVE;
      proposals.add(new th.ita.measures.rest.MeasureInput(
          t.issues() == null || t.issues().isEmpty() ? null : t.issues().get(0), tier,
          answered.stream().map(g -> new th.ita.measures.domain.Values.TargetQuestion(g.code(), g.score())).toList(),
          t.titleTh(), t.titleEn(), "Proposed from template " + t.code() + " (" + t.source() + ")",
          t.steps(), year.start(), year.end(), List.of(), t.monitoring(), t.reporting(), t.frameCategory(), List.of(), 0,
          t.milestones() == null ? List.of() : t.milestones().stream()
              .map(m -> new th.ita.measures.rest.MeasureInput.MilestoneInput(m.quarter(), m.activity(), null)).toList()));
    }
    return proposals;
  }

  public GapListView get(String agencyCode, int fiscalYear, BigDecimal keepAbove, BigDecimal urgentBelow) {
    BigDecimal keep = keepAbove == null ? DEFAULT_KEEP_ABOVE : keepAbove;
    BigDecimal urgent = urgentBelow == null ? DEFAULT_URGENT_BELOW : urgentBelow;
    if (urgent.compareTo(keep) > 0) {
      throw ProblemException.validation(List.of(new FieldError("urgentBelow", "must not be above keepAbove (" + keep + ")", urgent)));
    }
    GapList list = GapList.findById(new GapList.Key(agencyCode.toUpperCase(), fiscalYear));
    if (list == null) {
      throw new ProblemException(ProblemType.NOT_FOUND, "No published FY" + (fiscalYear - 1) + " result of "
          + agencyCode + " has arrived yet, so there is no gap list for its FY" + fiscalYear + " plan");
    }
    List<Gap> gaps = list.questions.stream()
        .filter(q -> q.score().compareTo(keep) <= 0)
        .sorted(Comparator.comparing(GapList.Question::score).thenComparing(GapList.Question::code))
        .map(q -> new Gap(q.code(), q.tool(), q.indicator(), q.textTh(), q.issues(), q.score(),
            q.score().compareTo(urgent) < 0 ? Tier.URGENT : Tier.IMPROVE,
            templates.forQuestion(q.code(), q.issues()).stream().map(TemplateLibrary.Template::code).toList()))
        .toList();
    List<IssueGaps> byIssue = new ArrayList<>();
    for (NaccIssue issue : NaccIssue.values()) {
      byIssue.add(new IssueGaps(issue.number(), issue.nameTh(),
          gaps.stream().filter(g -> g.issues().contains(issue.number())).map(Gap::code).toList()));
    }
    return new GapListView(list.agencyCode, list.fiscalYear, list.assessmentYear, list.resultRevision,
        list.overallScore, list.levelNameTh, keep, urgent, gaps, byIssue);
  }
}
