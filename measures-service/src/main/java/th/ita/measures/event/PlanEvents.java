package th.ita.measures.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import th.ita.measures.rest.PlanViews.EvidenceView;
import th.ita.measures.rest.PlanViews.MeasureView;
import th.ita.measures.rest.PlanViews.PlanView;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/**
 * Announces plan and measure changes through the outbox, keyed by agency code. Each event carries
 * the full current snapshot, so that reporting-service never calls back. Schemas:
 * {@code src/main/resources/events/}.
 */
@ApplicationScoped
public class PlanEvents {

  public static final String MEASURE_STATUS_CHANGED = "MeasureStatusChanged";
  public static final String MILESTONE_STATUS_CHANGED = "MilestoneStatusChanged";
  public static final String EVIDENCE_RECORDED = "EvidenceRecorded";
  public static final String PLAN_APPROVED = "PlanApproved";
  public static final String PLAN_PUBLISHED = "PlanPublished";

  private final Outbox outbox;

  public PlanEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** A measure changed status; {@code change} says from what, to what, by whom and why. */
  public void measureStatusChanged(MeasureView measure, Map<String, Object> change) {
    outbox.enqueue(Topics.MEASURES, measure.agencyCode(), MEASURE_STATUS_CHANGED, measure.id().toString(),
        Map.of("measure", measure, "change", change));
  }

  public void milestoneStatusChanged(MeasureView measure, Map<String, Object> change) {
    outbox.enqueue(Topics.MEASURES, measure.agencyCode(), MILESTONE_STATUS_CHANGED, measure.id().toString(),
        Map.of("measure", measure, "change", change));
  }

  /** Evidence was recorded: the measure's snapshot (with all its evidence, at its new version) and the new entry. */
  public void evidenceRecorded(MeasureView measure, EvidenceView evidence) {
    outbox.enqueue(Topics.MEASURES, measure.agencyCode(), EVIDENCE_RECORDED, measure.id().toString(),
        Map.of("measure", measure, "evidence", evidence));
  }

  public void planApproved(PlanView plan) {
    outbox.enqueue(Topics.PLANS, plan.agencyCode(), PLAN_APPROVED, plan.id().toString(), plan);
  }

  public void planPublished(PlanView plan) {
    outbox.enqueue(Topics.PLANS, plan.agencyCode(), PLAN_PUBLISHED, plan.id().toString(), plan);
  }
}
