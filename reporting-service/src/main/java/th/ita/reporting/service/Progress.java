package th.ita.reporting.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * quarter ended before the day, otherwise DUE. Milestones the platform's editors wrote for a demo
 * plan are left out, so a measure with only those reads like one without milestones.
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
    int editorial = 0;
    for (MeasureData m : plan.measures()) {
      MeasureProgress p = measure(m, asOf, history.getOrDefault(m.id(), List.of()));
      measures.add(p);
      byStatus.merge(m.status(), 1, Integer::sum);
      all += m.agencyMilestones().size();
      editorial += m.editorialMilestoneCount();
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
            measures.size(), byStatus, all, done, due, overdue, percent(done, all, 0), editorial);
    return new ProgressReportData(agency, fiscalYear, asOf, published, summary, totals, measures);
  }

  private static MeasureProgress measure(
      MeasureData m, LocalDate asOf, List<MeasureChange> changes) {
    List<MilestoneProgress> milestones = new ArrayList<>();
    int done = 0;
    int due = 0;
    int overdue = 0;
    // Only the agency's own milestones are counted and listed; an editorial one (and its status
    // changes) would be read as the agency's plan.
    List<MeasureData.Milestone> own = m.agencyMilestones();
    Set<UUID> editorial =
        m.milestones().stream()
            .filter(MeasureData.Milestone::editorial)
            .map(MeasureData.Milestone::id)
            .collect(Collectors.toSet());
    for (MeasureData.Milestone ms : own) {
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
            .filter(c -> c.milestoneId == null || !editorial.contains(c.milestoneId))
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
        percent(done, own.size(), m.percentComplete()),
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
