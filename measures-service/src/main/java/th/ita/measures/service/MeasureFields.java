package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.service.MeasureInput.MilestoneInput;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;

/**
 * Checks a measure against its plan's fiscal year and copies it onto the entity. Every problem is
 * reported at once, before anything is changed.
 */
@ApplicationScoped
public class MeasureFields {

  public void validate(MeasureInput in, int fiscalYear) {
    FiscalYear year = FiscalYear.of(fiscalYear);
    List<FieldError> errors = new ArrayList<>();
    if (in.periodStart() != null && in.periodEnd() != null) {
      if (in.periodEnd().isBefore(in.periodStart())) {
        errors.add(
            new FieldError("periodEnd", "must not be before periodStart " + in.periodStart()));
      }
      if (in.periodStart().isBefore(year.start()) || in.periodStart().isAfter(year.end())) {
        errors.add(
            new FieldError(
                "periodStart",
                "must be in fiscal year "
                    + fiscalYear
                    + " ("
                    + year.start()
                    + " to "
                    + year.end()
                    + ")",
                in.periodStart().toString()));
      }
      if (in.periodEnd().isBefore(year.start()) || in.periodEnd().isAfter(year.end())) {
        errors.add(
            new FieldError(
                "periodEnd",
                "must be in fiscal year "
                    + fiscalYear
                    + " ("
                    + year.start()
                    + " to "
                    + year.end()
                    + ")",
                in.periodEnd().toString()));
      }
      List<MilestoneInput> milestones = in.milestonesOrEmpty();
      Set<FiscalQuarter> seen = EnumSet.noneOf(FiscalQuarter.class);
      for (int i = 0; i < milestones.size(); i++) {
        MilestoneInput m = milestones.get(i);
        if (m == null || m.quarter() == null) {
          continue;
        }
        if (!seen.add(m.quarter())) {
          errors.add(
              new FieldError(
                  "milestones[" + i + "].quarter",
                  "a measure has one milestone per quarter; " + m.quarter() + " is given twice",
                  m.quarter().name()));
        }
        boolean inPeriod =
            !year.end(m.quarter()).isBefore(in.periodStart())
                && !year.start(m.quarter()).isAfter(in.periodEnd());
        if (!inPeriod) {
          errors.add(
              new FieldError(
                  "milestones[" + i + "].quarter",
                  m.quarter()
                      + " of FY"
                      + fiscalYear
                      + " ("
                      + year.start(m.quarter())
                      + " to "
                      + year.end(m.quarter())
                      + ") is outside the measure's period",
                  m.quarter().name()));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** Copies every field; milestones are matched by quarter so their progress is kept. */
  public void apply(MeasureInput in, Measure m, int fiscalYear) {
    m.issue = in.issue();
    m.tier = in.tier();
    m.targetQuestions = new ArrayList<>(in.targetQuestionsOrEmpty());
    m.titleTh = in.titleTh().trim();
    m.titleEn = in.titleEn();
    m.rationale = in.rationale();
    m.steps = in.steps() == null ? new ArrayList<>() : new ArrayList<>(in.steps());
    m.periodStart = in.periodStart();
    m.periodEnd = in.periodEnd();
    m.responsibleUnits =
        in.responsibleUnits() == null ? new ArrayList<>() : new ArrayList<>(in.responsibleUnits());
    m.monitoring = in.monitoring();
    m.reportingTo = in.reporting() == null ? null : in.reporting().to();
    m.reportingEveryMonths = in.reporting() == null ? null : in.reporting().everyMonths();
    m.reportingNote = in.reporting() == null ? null : in.reporting().note();
    m.frameCategory = in.frameCategory();
    m.knowledgeTopics =
        in.knowledgeTopics() == null ? new ArrayList<>() : new ArrayList<>(in.knowledgeTopics());
    if (in.percentComplete() != null) {
      m.percentComplete = in.percentComplete();
    }
    if (in.milestones() != null) {
      reconcileMilestones(in.milestones(), m, fiscalYear);
    }
  }

  private static void reconcileMilestones(List<MilestoneInput> wanted, Measure m, int fiscalYear) {
    FiscalYear year = FiscalYear.of(fiscalYear);
    List<Milestone> kept = new ArrayList<>();
    List<Milestone> available = new ArrayList<>(m.milestones);
    for (MilestoneInput in : wanted) {
      Milestone milestone =
          available.stream().filter(x -> x.quarter == in.quarter()).findFirst().orElse(null);
      if (milestone == null) {
        milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.measure = m;
        milestone.quarter = in.quarter();
        milestone.status = MilestoneStatus.PLANNED;
      } else {
        available.remove(milestone);
      }
      milestone.dueDate = year.end(in.quarter());
      milestone.activity = in.activity().trim();
      milestone.output = in.output();
      // Left out, the flag stays as it was: a client that does not know it never turns the
      // editors' milestones into the agency's.
      if (in.editorial() != null) {
        milestone.editorial = in.editorial();
      }
      kept.add(milestone);
    }
    m.milestones.clear();
    m.milestones.addAll(kept);
  }
}
