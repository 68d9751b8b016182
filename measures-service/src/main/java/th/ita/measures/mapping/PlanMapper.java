package th.ita.measures.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.StatusChange;
import th.ita.measures.domain.Values.Reporting;
import th.ita.measures.rest.PlanViews.EvidenceView;
import th.ita.measures.rest.PlanViews.MeasureView;
import th.ita.measures.rest.PlanViews.MilestoneView;
import th.ita.measures.rest.PlanViews.PlanView;
import th.ita.measures.rest.PlanViews.StatusChangeView;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;
import th.ita.platform.common.directory.DirectoryAgency;

/** Plans, measures and their parts as the API shows them, with Thai labels for periods and dates. */
@ApplicationScoped
public class PlanMapper {

  private static final Locale THAI = Locale.forLanguageTag("th");

  public PlanView toView(Plan p) {
    DirectoryAgency agency = DirectoryAgency.findById(p.agencyCode);
    Map<UUID, List<Evidence>> evidence = p.measures.isEmpty() ? Map.of()
        : Evidence.<Evidence>list("measureId in ?1 order by occurredOn, recordedAt, id",
            p.measures.stream().map(m -> m.id).toList()).stream()
            .collect(Collectors.groupingBy(e -> e.measureId, Collectors.toList()));
    return new PlanView(p.id, p.agencyCode, agency == null ? null : agency.nameTh, p.fiscalYear, p.assessmentYear,
        p.status, p.titleTh, p.titleEn, p.limitations,
        p.measures.stream().map(m -> toView(m, evidence.getOrDefault(m.id, List.of()))).toList(), p.version,
        p.createdAt, p.createdBy, p.updatedAt, p.updatedBy, p.approvedAt, p.approvedBy, p.publishedAt, p.publishedBy);
  }

  /** The measure with its evidence: the snapshot the measure and plan events carry. */
  public MeasureView toView(Measure m) {
    return toView(m, Evidence.list("measureId = ?1 order by occurredOn, recordedAt, id", m.id));
  }

  private MeasureView toView(Measure m, List<Evidence> evidence) {
    FiscalYear year = FiscalYear.of(m.plan.fiscalYear);
    return new MeasureView(m.id, m.plan.id, m.plan.agencyCode, m.plan.fiscalYear, m.ordinal,
        m.issue, m.issue == null ? null : NaccIssue.of(m.issue).nameTh(), m.tier, List.copyOf(m.targetQuestions),
        m.titleTh, m.titleEn, m.rationale, List.copyOf(m.steps), m.periodStart, m.periodEnd,
        ThaiDates.period(m.periodStart, m.periodEnd, THAI), ThaiDates.period(m.periodStart, m.periodEnd, Locale.ENGLISH),
        quarters(year, m), List.copyOf(m.responsibleUnits), m.monitoring,
        m.reportingTo == null && m.reportingEveryMonths == null && m.reportingNote == null
            ? null : new Reporting(m.reportingTo, m.reportingEveryMonths, m.reportingNote),
        m.frameCategory, List.copyOf(m.knowledgeTopics), m.percentComplete, m.status,
        m.status.allowedNext().stream().sorted().toList(),
        m.milestones.stream().map(this::toView).toList(), evidence.stream().map(this::toView).toList(),
        m.version, m.createdAt, m.createdBy, m.updatedAt, m.updatedBy);
  }

  public MilestoneView toView(Milestone ms) {
    FiscalYear year = FiscalYear.of(ms.measure.plan.fiscalYear);
    return new MilestoneView(ms.id, ms.quarter, ThaiDates.quarter(year, ms.quarter, THAI), ms.dueDate, ms.activity,
        ms.output, ms.status, ms.completedOn, ms.version);
  }

  public EvidenceView toView(Evidence e) {
    return new EvidenceView(e.id, e.measureId, e.milestoneId, e.occurredOn, ThaiDates.date(e.occurredOn, THAI),
        e.startTime, e.endTime, e.titleTh, e.description, e.place, List.copyOf(e.attendees), List.copyOf(e.links),
        List.copyOf(e.attachments), e.recordedAt, e.recordedBy);
  }

  public StatusChangeView toView(StatusChange c) {
    return new StatusChangeView(c.measureId, c.milestoneId, c.fromStatus, c.toStatus, c.note, c.changedBy, c.changedAt);
  }

  /** The quarters of the fiscal year that the measure's period touches. */
  static List<FiscalQuarter> quarters(FiscalYear year, Measure m) {
    return Arrays.stream(FiscalQuarter.values())
        .filter(q -> !year.end(q).isBefore(m.periodStart) && !year.start(q).isAfter(m.periodEnd))
        .toList();
  }
}
