package th.ita.measures.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.EvidenceFile;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Milestone;
import th.ita.measures.domain.Plan;
import th.ita.measures.domain.StatusChange;
import th.ita.measures.rest.view.PlanViews.ApprovalView;
import th.ita.measures.rest.view.PlanViews.EvidenceFileView;
import th.ita.measures.rest.view.PlanViews.EvidenceView;
import th.ita.measures.rest.view.PlanViews.MeasureView;
import th.ita.measures.rest.view.PlanViews.MilestoneView;
import th.ita.measures.rest.view.PlanViews.PlanView;
import th.ita.measures.rest.view.PlanViews.StatusChangeView;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;
import th.ita.platform.common.time.ClockProducer;

/**
 * Plans, measures and their parts as the API shows them, with Thai labels for periods and dates. It
 * reads nothing: the caller passes what it loaded (the agency's name, the evidence).
 */
@ApplicationScoped
public class PlanMapper {

  private static final Locale THAI = Locale.forLanguageTag("th");

  /**
   * The plan with each measure's evidence ({@code evidence} by measure id; a missing entry is
   * none).
   */
  public PlanView toView(Plan p, String agencyNameTh, Map<UUID, List<Evidence>> evidence) {
    return new PlanView(
        p.id,
        p.agencyCode,
        agencyNameTh,
        p.fiscalYear,
        p.assessmentYear,
        p.status,
        p.titleTh,
        p.titleEn,
        p.limitations,
        p.monitoring,
        p.measures.stream().map(m -> toView(m, evidence.getOrDefault(m.id, List.of()))).toList(),
        p.version,
        p.createdAt,
        p.createdBy,
        p.updatedAt,
        p.updatedBy,
        p.approvedAt,
        p.approvedBy,
        p.publishedAt,
        p.publishedBy,
        approval(p),
        p.publishedAt == null
            ? null
            : p.publishedAt.atZoneSameInstant(ClockProducer.BANGKOK).toLocalDate());
  }

  /**
   * The approval as the documents sign it off; null for a plan not approved, or approved before
   * approvers were recorded.
   */
  private static ApprovalView approval(Plan p) {
    if (p.approvedOn == null) {
      return null;
    }
    return new ApprovalView(
        p.approverNameTh,
        p.approverPositionTh,
        p.approvedOn,
        ThaiDates.date(p.approvedOn, THAI),
        p.approvedBy,
        p.approvedAt);
  }

  /** The measure with its evidence, in the order the activities happened. */
  public MeasureView toView(Measure m, List<Evidence> evidence) {
    return MeasureView.builder()
        .id(m.id)
        .planId(m.plan.id)
        .agencyCode(m.plan.agencyCode)
        .fiscalYear(m.plan.fiscalYear)
        .ordinal(m.ordinal)
        .issue(m.issue)
        .issueNameTh(m.issue == null ? null : NaccIssue.of(m.issue).nameTh())
        .tier(m.tier)
        .targetQuestions(List.copyOf(m.targetQuestions))
        .titleTh(m.titleTh)
        .titleEn(m.titleEn)
        .rationale(m.rationale)
        .steps(List.copyOf(m.steps))
        .periodStart(m.periodStart)
        .periodEnd(m.periodEnd)
        .periodTh(ThaiDates.period(m.periodStart, m.periodEnd, THAI))
        .periodEn(ThaiDates.period(m.periodStart, m.periodEnd, Locale.ENGLISH))
        .quarters(m.quarters())
        .responsibleUnits(List.copyOf(m.responsibleUnits))
        .monitoring(m.monitoring)
        .reporting(m.reporting())
        .frameCategory(m.frameCategory)
        .knowledgeTopics(List.copyOf(m.knowledgeTopics))
        .percentComplete(m.percentComplete)
        .status(m.status)
        .allowedTransitions(m.status.allowedNext().stream().sorted().toList())
        .milestones(m.milestones.stream().map(this::toView).toList())
        .evidence(evidence.stream().map(this::toView).toList())
        .version(m.version)
        .createdAt(m.createdAt)
        .createdBy(m.createdBy)
        .updatedAt(m.updatedAt)
        .updatedBy(m.updatedBy)
        .build();
  }

  public MilestoneView toView(Milestone ms) {
    FiscalYear year = FiscalYear.of(ms.measure.plan.fiscalYear);
    return new MilestoneView(
        ms.id,
        ms.quarter,
        ThaiDates.quarter(year, ms.quarter, THAI),
        ms.dueDate,
        ms.activity,
        ms.output,
        ms.status,
        ms.completedOn,
        ms.version,
        ms.editorial);
  }

  public EvidenceView toView(Evidence e) {
    return new EvidenceView(
        e.id,
        e.measureId,
        e.milestoneId,
        e.occurredOn,
        ThaiDates.date(e.occurredOn, THAI),
        e.startTime,
        e.endTime,
        e.titleTh,
        e.description,
        e.place,
        List.copyOf(e.attendees),
        List.copyOf(e.links),
        List.copyOf(e.attachments),
        e.recordedAt,
        e.recordedBy,
        e.files.stream().map(this::toView).toList());
  }

  public EvidenceFileView toView(EvidenceFile f) {
    return new EvidenceFileView(
        f.id,
        f.evidence.id,
        f.evidence.measureId,
        f.fileName,
        f.contentType,
        f.size,
        f.sha256,
        f.uploadedAt,
        f.uploadedBy,
        downloadPath(f));
  }

  /** Where a file is downloaded: {@code /api/v1/evidence/{evidenceId}/files/{fileId}}. */
  public static String downloadPath(EvidenceFile f) {
    return "/api/v1/evidence/" + f.evidence.id + "/files/" + f.id;
  }

  public StatusChangeView toView(StatusChange c) {
    return new StatusChangeView(
        c.measureId, c.milestoneId, c.fromStatus, c.toStatus, c.note, c.changedBy, c.changedAt);
  }
}
