package th.ita.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import th.ita.platform.common.score.Scores;
import th.ita.platform.common.time.ClockProducer;
import th.ita.reporting.domain.MeasureChange;
import th.ita.reporting.service.ProgressReportData.MeasureProgress;
import th.ita.reporting.service.ProgressReportData.MilestoneProgress;
import th.ita.reporting.service.ProgressReportData.MilestoneState;
import th.ita.reporting.service.ProgressReportData.StatusChange;

/**
 * Works out where a plan stands on a day, from the milestones' due dates and completion dates, so
 * that a report for an earlier day does not count later work (nor shows evidence of activities that
 * happened later): a milestone is DONE if it was completed on or before the day, OVERDUE if its
 * quarter ended before the day, otherwise DUE.
 */
final class Progress {

  /**
   * The order the activities happened in; the producer sends this order, this keeps it whatever
   * comes.
   */
  private static final Comparator<MeasureData.Evidence> EVIDENCE_ORDER =
      Comparator.comparing(
              MeasureData.Evidence::occurredOn, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(
              MeasureData.Evidence::recordedAt, Comparator.nullsLast(Comparator.naturalOrder()));

  private Progress() {}

  static ProgressReportData report(
      AgencyInfo agency,
      int fiscalYear,
      LocalDate asOf,
      boolean published,
      PlanData plan,
      Map<UUID, List<MeasureChange>> history) {
    List<MeasureProgress> measures = new ArrayList<>();
    Map<String, Integer> byStatus = new TreeMap<>();
    int all = 0;
    int done = 0;
    int due = 0;
    int overdue = 0;
    for (MeasureData m : plan.measures()) {
      MeasureProgress p = measure(m, asOf, history.getOrDefault(m.id(), List.of()));
      measures.add(p);
      byStatus.merge(m.status(), 1, Integer::sum);
      all += m.milestones().size();
      done += p.milestonesDone();
      due += p.milestonesDue();
      overdue += p.milestonesOverdue();
    }
    var summary =
        new ProgressReportData.PlanSummary(
            plan.id(),
            plan.assessmentYear(),
            plan.status(),
            plan.titleTh(),
            plan.titleEn(),
            plan.version(),
            plan.approvedAt(),
            plan.publishedAt(),
            plan.announcedOn(),
            plan.approval());
    var totals =
        new ProgressReportData.Totals(
            measures.size(), byStatus, all, done, due, overdue, percent(done, all, 0));
    return new ProgressReportData(agency, fiscalYear, asOf, published, summary, totals, measures);
  }

  private static MeasureProgress measure(
      MeasureData m, LocalDate asOf, List<MeasureChange> changes) {
    List<MilestoneProgress> milestones = new ArrayList<>();
    int done = 0;
    int due = 0;
    int overdue = 0;
    for (MeasureData.Milestone ms : m.milestones()) {
      MilestoneState state = state(ms, asOf);
      switch (state) {
        case DONE -> done++;
        case DUE -> due++;
        case OVERDUE -> overdue++;
      }
      milestones.add(
          new MilestoneProgress(
              ms.id(),
              ms.quarter(),
              ms.quarterTh(),
              ms.dueDate(),
              ms.activity(),
              ms.output(),
              ms.status(),
              ms.completedOn(),
              state));
    }
    List<StatusChange> trail =
        changes.stream()
            .filter(
                c ->
                    !c.changedAt
                        .atZoneSameInstant(ClockProducer.BANGKOK)
                        .toLocalDate()
                        .isAfter(asOf))
            .map(
                c ->
                    new StatusChange(
                        c.changedAt, c.milestoneId, c.fromStatus, c.toStatus, c.note, c.changedBy))
            .toList();
    List<MeasureData.Evidence> evidence =
        m.evidence().stream()
            .filter(e -> e.occurredOn() == null || !e.occurredOn().isAfter(asOf))
            .sorted(EVIDENCE_ORDER)
            .toList();
    return new MeasureProgress(
        m.id(),
        m.ordinal(),
        m.titleTh(),
        m.titleEn(),
        m.status(),
        m.periodTh(),
        m.periodEn(),
        m.responsibleUnits(),
        m.reporting(),
        m.percentComplete(),
        percent(done, m.milestones().size(), m.percentComplete()),
        done,
        due,
        overdue,
        milestones,
        trail,
        evidence);
  }

  static MilestoneState state(MeasureData.Milestone ms, LocalDate asOf) {
    boolean done =
        "DONE".equals(ms.status()) && (ms.completedOn() == null || !ms.completedOn().isAfter(asOf));
    if (done) {
      return MilestoneState.DONE;
    }
    return ms.dueDate() != null && ms.dueDate().isBefore(asOf)
        ? MilestoneState.OVERDUE
        : MilestoneState.DUE;
  }

  /** Done / all in whole percent, half up; {@code otherwise} when there is nothing to count. */
  static int percent(int done, int all, int otherwise) {
    if (all == 0) {
      return otherwise;
    }
    return Scores.wholePercent(BigDecimal.valueOf(done), BigDecimal.valueOf(all)).intValue();
  }
}
