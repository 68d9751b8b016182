package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.GapAnalysis;
import th.ita.measures.domain.GapAnalysis.IssueQuestions;
import th.ita.measures.domain.GapAnalysis.TieredGap;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.Tier;
import th.ita.measures.mapping.GapListMapper;
import th.ita.measures.rest.view.PlanViews.Gap;
import th.ita.measures.rest.view.PlanViews.GapListView;
import th.ita.measures.rest.view.PlanViews.IssueGaps;

class GapListMapperTest {

  @Test
  void theListShowsItsThresholdsGapsAndIssues() {
    GapList list = new GapList();
    list.agencyCode = "UNIT-GAP";
    list.fiscalYear = 2568;
    list.assessmentYear = 2567;
    list.resultRevision = 2;
    list.overallScore = new BigDecimal("92.52");
    list.levelNameTh = "ผ่าน";
    GapList.Question i10 =
        new GapList.Question(
            "i10", "IIT", 4, "การยืมทรัพย์สินของราชการ", List.of(4), new BigDecimal("77.10"));
    GapAnalysis analysis =
        new GapAnalysis(
            list,
            new BigDecimal("97.50"),
            new BigDecimal("95.00"),
            List.of(new TieredGap(i10, Tier.URGENT, List.of("T-ASSET-LOAN"))),
            List.of(new IssueQuestions(4, "การใช้ทรัพย์สินของราชการ", List.of("i10"))));

    GapListView view = new GapListMapper().toView(analysis);

    assertThat(view)
        .isEqualTo(
            new GapListView(
                "UNIT-GAP",
                2568,
                2567,
                2,
                new BigDecimal("92.52"),
                "ผ่าน",
                new BigDecimal("97.50"),
                new BigDecimal("95.00"),
                List.of(
                    new Gap(
                        "i10",
                        "IIT",
                        4,
                        "การยืมทรัพย์สินของราชการ",
                        List.of(4),
                        new BigDecimal("77.10"),
                        Tier.URGENT,
                        List.of("T-ASSET-LOAN"))),
                List.of(new IssueGaps(4, "การใช้ทรัพย์สินของราชการ", List.of("i10")))));
  }
}
