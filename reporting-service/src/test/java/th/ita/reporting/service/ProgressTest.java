package th.ita.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.ProgressReportBuilder;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.service.ProgressReportData.MilestoneState;

/**
 * Where a plan stands on a day, and the progress report written from it, without the service around
 * them.
 */
class ProgressTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final AgencyInfo ASEAN =
      new AgencyInfo(
          "MFA-ASEAN",
          "กรมอาเซียน",
          "Department of ASEAN Affairs",
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  /**
   * The fixture plan (7 measures: 3 with Q1-Q2 milestones, 4 with Q1-Q4), measure 1's Q1 done in
   * December, measure 2's Q1 done in May.
   */
  private static PlanData plan() throws Exception {
    try (InputStream in =
        ProgressTest.class
            .getClassLoader()
            .getResourceAsStream("fixtures/plan-published-MFA-ASEAN-2568.json")) {
      ObjectNode plan = (ObjectNode) JSON.readTree(in);
      ((ObjectNode) plan.get("measures").get(0).get("milestones").get(0))
          .put("status", "DONE")
          .put("completedOn", "2024-12-20");
      ((ObjectNode) plan.get("measures").get(1).get("milestones").get(0))
          .put("status", "DONE")
          .put("completedOn", "2025-05-01");
      return JSON.treeToValue(plan, PlanData.class);
    }
  }

  @Test
  void countsOnlyWhatWasDoneByTheDay() throws Exception {
    ProgressReportData report =
        Progress.report(ASEAN, 2568, LocalDate.of(2025, 4, 1), true, plan(), Map.of());

    assertThat(report.totals().milestones()).isEqualTo(22);
    assertThat(report.totals().milestonesDone()).isEqualTo(1);
    assertThat(report.totals().milestonesOverdue())
        .isEqualTo(13); // Q1 and Q2 of every measure but the one done
    assertThat(report.totals().milestonesDue()).isEqualTo(8);
    assertThat(report.totals().percentComplete()).isEqualTo(5); // 1 of 22, half-up
    assertThat(report.measures().get(0).percentComplete()).isEqualTo(50);
    // Done in May: on 1 April it was overdue.
    assertThat(report.measures().get(1).milestones().get(0).stateAsOf())
        .isEqualTo(MilestoneState.OVERDUE);
    assertThat(report.measures().get(1).percentComplete()).isEqualTo(0);
  }

  @Test
  void theReportShowsEachMeasuresPercent() throws Exception {
    ProgressReportData report =
        Progress.report(ASEAN, 2568, LocalDate.of(2025, 4, 1), true, plan(), Map.of());

    ReportDocument doc =
        new ProgressReportBuilder()
            .build(report, ProgressReportBuilder.Period.AS_OF, Labels.of("en"));

    Block.Table progress = doc.tables().get(1);
    assertThat(progress.rows()).hasSize(7);
    assertThat(progress.rows().stream().map(r -> r.get(3)).map(Cell::display).toList())
        .isEqualTo(List.of("50", "0", "0", "0", "0", "0", "0"));
  }
}
