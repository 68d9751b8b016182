package th.ita.measures.event;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.Plan;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;
import th.ita.platform.common.time.ClockProducer;

/**
 * Builds the events' payloads from plans and measures and what the caller loaded for them (the
 * agency's name, the evidence); it reads nothing itself.
 */
public final class EventPayloads {

  private static final Locale THAI = Locale.forLanguageTag("th");

  private EventPayloads() {}

  /**
   * The plan with each measure's evidence ({@code evidence} by measure id; a missing entry is
   * none).
   */
  public static PlanPayload plan(Plan p, String agencyNameTh, Map<UUID, List<Evidence>> evidence) {
    PlanPayload out = new PlanPayload();
    out.id = p.id;
    out.agencyCode = p.agencyCode;
    out.agencyNameTh = agencyNameTh;
    out.fiscalYear = p.fiscalYear;
    out.assessmentYear = p.assessmentYear;
    out.status = p.status;
    out.titleTh = p.titleTh;
    out.titleEn = p.titleEn;
    out.limitations = p.limitations;
    out.monitoring = p.monitoring;
    out.measures =
        p.measures.stream().map(m -> measure(m, evidence.getOrDefault(m.id, List.of()))).toList();
    out.version = p.version;
    out.createdAt = p.createdAt;
    out.createdBy = p.createdBy;
    out.updatedAt = p.updatedAt;
    out.updatedBy = p.updatedBy;
    out.approvedAt = p.approvedAt;
    out.approvedBy = p.approvedBy;
    out.publishedAt = p.publishedAt;
    out.publishedBy = p.publishedBy;
    out.publishedOn =
        p.publishedAt == null
            ? null
            : p.publishedAt.atZoneSameInstant(ClockProducer.BANGKOK).toLocalDate();
    out.approval =
        p.approvedOn == null
            ? null
            : new PlanPayload.Approval(
                p.approverNameTh, p.approverPositionTh, p.approvedOn, p.approvedBy);
    return out;
  }

  /** The measure with its evidence, in the order the activities happened. */
  public static MeasurePayload measure(Measure m, List<Evidence> evidence) {
    MeasurePayload out = new MeasurePayload();
    out.id = m.id;
    out.planId = m.plan.id;
    out.agencyCode = m.plan.agencyCode;
    out.fiscalYear = m.plan.fiscalYear;
    out.ordinal = m.ordinal;
    out.issue = m.issue;
    out.issueNameTh = m.issue == null ? null : NaccIssue.of(m.issue).nameTh();
    out.tier = m.tier;
    out.targetQuestions = List.copyOf(m.targetQuestions);
    out.titleTh = m.titleTh;
    out.titleEn = m.titleEn;
    out.rationale = m.rationale;
    out.steps = List.copyOf(m.steps);
    out.periodStart = m.periodStart;
    out.periodEnd = m.periodEnd;
    out.periodTh = ThaiDates.period(m.periodStart, m.periodEnd, THAI);
    out.periodEn = ThaiDates.period(m.periodStart, m.periodEnd, Locale.ENGLISH);
    out.quarters = m.quarters();
    out.responsibleUnits = List.copyOf(m.responsibleUnits);
    out.monitoring = m.monitoring;
    out.reporting = m.reporting();
    out.frameCategory = m.frameCategory;
    out.knowledgeTopics = List.copyOf(m.knowledgeTopics);
    out.percentComplete = m.percentComplete;
    out.status = m.status;
    out.allowedTransitions = m.status.allowedNext().stream().sorted().toList();
    out.milestones = m.milestones.stream().map(EventPayloads::milestone).toList();
    out.evidence = evidence.stream().map(EventPayloads::evidence).toList();
    out.version = m.version;
    out.createdAt = m.createdAt;
    out.createdBy = m.createdBy;
    out.updatedAt = m.updatedAt;
    out.updatedBy = m.updatedBy;
    return out;
  }

  public static MilestonePayload milestone(Milestone ms) {
    MilestonePayload out = new MilestonePayload();
    out.id = ms.id;
    out.quarter = ms.quarter;
    out.quarterTh = ThaiDates.quarter(FiscalYear.of(ms.measure.plan.fiscalYear), ms.quarter, THAI);
    out.dueDate = ms.dueDate;
    out.activity = ms.activity;
    out.output = ms.output;
    out.status = ms.status;
    out.completedOn = ms.completedOn;
    out.version = ms.version;
    out.editorial = ms.editorial;
    return out;
  }

  public static EvidencePayload evidence(Evidence e) {
    EvidencePayload out = new EvidencePayload();
    out.id = e.id;
    out.measureId = e.measureId;
    out.milestoneId = e.milestoneId;
    out.occurredOn = e.occurredOn;
    out.occurredOnTh = ThaiDates.date(e.occurredOn, THAI);
    out.startTime = e.startTime;
    out.endTime = e.endTime;
    out.titleTh = e.titleTh;
    out.description = e.description;
    out.place = e.place;
    out.attendees = List.copyOf(e.attendees);
    out.links = List.copyOf(e.links);
    out.attachments = List.copyOf(e.attachments);
    out.recordedAt = e.recordedAt;
    out.recordedBy = e.recordedBy;
    out.files =
        e.files.stream()
            .map(
                f ->
                    new EvidencePayload.FilePayload(
                        f.id, f.fileName, f.contentType, f.size, f.sha256))
            .toList();
    return out;
  }
}
