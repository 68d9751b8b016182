package th.ita.measures.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.measures.domain.GapAnalysis;
import th.ita.measures.domain.GapList;
import th.ita.measures.rest.view.PlanViews.Gap;
import th.ita.measures.rest.view.PlanViews.GapListView;
import th.ita.measures.rest.view.PlanViews.IssueGaps;

/** A gap list read with its thresholds, as the API shows it. */
@ApplicationScoped
public class GapListMapper {

  public GapListView toView(GapAnalysis analysis) {
    GapList list = analysis.list();
    return new GapListView(
        list.agencyCode,
        list.fiscalYear,
        list.assessmentYear,
        list.resultRevision,
        list.overallScore,
        list.levelNameTh,
        analysis.keepAbove(),
        analysis.urgentBelow(),
        analysis.gaps().stream()
            .map(
                g -> {
                  GapList.Question q = g.question();
                  return new Gap(
                      q.code(),
                      q.tool(),
                      q.indicator(),
                      q.textTh(),
                      q.issues(),
                      q.score(),
                      g.tier(),
                      g.proposedTemplates());
                })
            .toList(),
        analysis.byIssue().stream()
            .map(i -> new IssueGaps(i.issue(), i.nameTh(), i.questions()))
            .toList());
  }
}
