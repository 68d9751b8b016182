package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import th.ita.measures.domain.GapAnalysis;
import th.ita.measures.domain.GapAnalysis.IssueQuestions;
import th.ita.measures.domain.GapAnalysis.TieredGap;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.ResultFramework;
import th.ita.measures.domain.Tier;
import th.ita.measures.domain.Values.TargetQuestion;
import th.ita.measures.mapping.ResultJoin;
import th.ita.measures.repository.ResultFrameworks;
import th.ita.measures.service.MeasureInput.MilestoneInput;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.problem.FieldError;

/** The questions an agency should work on next year, in tiers, with proposed measures. */
@ApplicationScoped
public class GapListService {

  public static final BigDecimal DEFAULT_KEEP_ABOVE = new BigDecimal("97.50");
  public static final BigDecimal DEFAULT_URGENT_BELOW = new BigDecimal("95.00");

  private final TemplateLibrary templates;
  private final ResultFrameworks frameworks;

  public GapListService(TemplateLibrary templates, ResultFrameworks frameworks) {
    this.templates = templates;
    this.frameworks = frameworks;
  }

  /**
   * Draft measures for the gaps: one per template that answers a gap, aimed at the questions it
   * answers with their scores, over the whole plan year, with the template's steps and quarterly
   * milestones. The officer edits them and adds the ones they keep to the plan.
   */
  public List<MeasureInput> proposedMeasures(
      String agencyCode, int fiscalYear, BigDecimal keepAbove, BigDecimal urgentBelow) {
    GapAnalysis analysis = get(agencyCode, fiscalYear, keepAbove, urgentBelow);
    FiscalYear year = FiscalYear.of(fiscalYear);
    Map<String, List<TieredGap>> byTemplate = new LinkedHashMap<>();
    for (TieredGap gap : analysis.gaps()) {
      for (String code : gap.proposedTemplates()) {
        byTemplate.computeIfAbsent(code, c -> new ArrayList<>()).add(gap);
      }
    }
    List<MeasureInput> proposals = new ArrayList<>();
    for (TemplateLibrary.Template t : templates.all()) {
      List<TieredGap> answered = byTemplate.get(t.code());
      if (answered == null) {
        continue;
      }
      Tier tier =
          answered.stream().anyMatch(g -> g.tier() == Tier.URGENT) ? Tier.URGENT : Tier.IMPROVE;
      proposals.add(
          new MeasureInput(
              t.issues() == null || t.issues().isEmpty() ? null : t.issues().get(0),
              tier,
              answered.stream()
                  .map(g -> new TargetQuestion(g.question().code(), g.question().score()))
                  .toList(),
              t.titleTh(),
              t.titleEn(),
              "Proposed from template " + t.code() + " (" + t.source() + ")",
              t.steps(),
              year.start(),
              year.end(),
              List.of(),
              t.monitoring(),
              t.reporting(),
              t.frameCategory(),
              List.of(),
              0,
              t.milestones() == null
                  ? List.of()
                  : t.milestones().stream()
                      .map(m -> new MilestoneInput(m.quarter(), m.activity(), null))
                      .toList()));
    }
    return proposals;
  }

  public GapAnalysis get(
      String agencyCode, int fiscalYear, BigDecimal keepAbove, BigDecimal urgentBelow) {
    BigDecimal keep = keepAbove == null ? DEFAULT_KEEP_ABOVE : keepAbove;
    BigDecimal urgent = urgentBelow == null ? DEFAULT_URGENT_BELOW : urgentBelow;
    if (urgent.compareTo(keep) > 0) {
      throw new InvalidInputException(
          List.of(
              new FieldError("urgentBelow", "must not be above keepAbove (" + keep + ")", urgent)));
    }
    GapList list = GapList.findById(new GapList.Key(agencyCode.toUpperCase(), fiscalYear));
    if (list == null) {
      throw new NotFoundException(
          "No published FY"
              + (fiscalYear - 1)
              + " result of "
              + agencyCode
              + " has arrived yet, so there is no gap list for its FY"
              + fiscalYear
              + " plan");
    }
    List<TieredGap> gaps =
        questions(list).stream()
            .filter(q -> q.score().compareTo(keep) <= 0)
            .sorted(
                Comparator.comparing(GapList.Question::score).thenComparing(GapList.Question::code))
            .map(
                q ->
                    new TieredGap(
                        q,
                        q.score().compareTo(urgent) < 0 ? Tier.URGENT : Tier.IMPROVE,
                        templates.forQuestion(q.code(), q.issues()).stream()
                            .map(TemplateLibrary.Template::code)
                            .toList()))
            .toList();
    List<IssueQuestions> byIssue = new ArrayList<>();
    for (NaccIssue issue : NaccIssue.values()) {
      byIssue.add(
          new IssueQuestions(
              issue.number(),
              issue.nameTh(),
              gaps.stream()
                  .filter(g -> g.question().issues().contains(issue.number()))
                  .map(g -> g.question().code())
                  .toList()));
    }
    return new GapAnalysis(list, keep, urgent, gaps, byIssue);
  }

  /** A gap list's questions with their texts, which a list built from version 2 keeps apart. */
  private List<GapList.Question> questions(GapList list) {
    if (list.frameworkVersion == null) {
      return list.questions;
    }
    ResultFramework.Texts framework =
        frameworks
            .find(list.assessmentYear, list.frameworkVersion)
            .orElseThrow(
                // The list was joined to it when it was built, and versions are never deleted.
                () ->
                    new IllegalStateException(
                        "The FY"
                            + list.assessmentYear
                            + " framework's version "
                            + list.frameworkVersion
                            + " of the gap list is not stored"));
    return ResultJoin.withTexts(list.questions, framework);
  }
}
