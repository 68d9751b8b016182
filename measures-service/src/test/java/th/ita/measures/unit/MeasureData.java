package th.ita.measures.unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.PlanStatus;
import th.ita.measures.domain.Tier;
import th.ita.measures.domain.Values.TargetQuestion;
import th.ita.measures.service.MeasureInput;
import th.ita.measures.service.MeasureInput.MilestoneInput;
import th.ita.platform.common.calendar.FiscalQuarter;

/** Plans, measures and inputs built in memory for the tests that need no database. */
final class MeasureData {

  static final OffsetDateTime CREATED = OffsetDateTime.parse("2024-10-02T03:00:00Z");

  private MeasureData() {}

  static Plan plan(String agency, int fiscalYear) {
    Plan p = new Plan();
    p.id = UUID.randomUUID();
    p.agencyCode = agency;
    p.fiscalYear = fiscalYear;
    p.assessmentYear = fiscalYear - 1;
    p.status = PlanStatus.DRAFT;
    p.titleTh = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";
    p.createdAt = CREATED;
    p.createdBy = "officer";
    p.updatedAt = CREATED;
    p.updatedBy = "officer";
    return p;
  }

  /** A measure of the plan from 1 October to 31 March (Q1–Q2) with a Q1 milestone. */
  static Measure measure(Plan plan) {
    int ce = plan.fiscalYear - 543;
    Measure m = new Measure();
    m.id = UUID.randomUUID();
    m.plan = plan;
    m.ordinal = 1;
    m.issue = 4;
    m.tier = Tier.URGENT;
    m.targetQuestions =
        new ArrayList<>(List.of(new TargetQuestion("i10", new BigDecimal("77.10"))));
    m.titleTh = "จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์";
    m.steps = new ArrayList<>(List.of("กำหนดหลักเกณฑ์", "พัฒนาระบบ"));
    m.periodStart = LocalDate.of(ce - 1, 10, 1);
    m.periodEnd = LocalDate.of(ce, 3, 31);
    m.responsibleUnits = new ArrayList<>(List.of("งานพัสดุ"));
    m.reportingTo = "ผู้อำนวยการ";
    m.reportingEveryMonths = 6;
    m.status = MeasureStatus.PLANNED;
    m.version = 3;
    m.createdAt = CREATED;
    m.createdBy = "officer";
    m.updatedAt = CREATED;
    m.updatedBy = "officer";
    Milestone q1 = new Milestone();
    q1.id = UUID.randomUUID();
    q1.measure = m;
    q1.quarter = FiscalQuarter.Q1;
    q1.dueDate = LocalDate.of(ce - 1, 12, 31);
    q1.activity = "ประกาศหลักเกณฑ์";
    q1.status = MilestoneStatus.PLANNED;
    m.milestones.add(q1);
    plan.measures.add(m);
    return m;
  }

  static Evidence evidence(Measure m, LocalDate occurredOn) {
    Evidence e = new Evidence();
    e.id = UUID.randomUUID();
    e.measureId = m.id;
    e.occurredOn = occurredOn;
    e.titleTh = "ประชุมชี้แจง";
    e.attendees = List.of("งานพัสดุ");
    e.recordedAt = CREATED.plusDays(50);
    e.recordedBy = "officer";
    return e;
  }

  /** An officer's measure for the fiscal year: the given period and milestones, the rest plain. */
  static MeasureInput input(LocalDate start, LocalDate end, List<MilestoneInput> milestones) {
    return new MeasureInput(
        4,
        Tier.URGENT,
        List.of(new TargetQuestion("i10", new BigDecimal("77.10"))),
        "  จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์ ",
        null,
        null,
        List.of("ขั้นที่ 1"),
        start,
        end,
        List.of("งานพัสดุ"),
        null,
        null,
        null,
        null,
        null,
        milestones);
  }

  static MilestoneInput milestone(FiscalQuarter quarter) {
    return new MilestoneInput(quarter, " กิจกรรม " + quarter + " ", null);
  }
}
