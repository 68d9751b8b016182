package th.ita.measures.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import th.ita.measures.domain.Evidence;
import th.ita.measures.domain.Measure;
import th.ita.measures.domain.Plan;
import th.ita.measures.event.MeasureEvents.EvidenceRecorded;
import th.ita.measures.event.MeasureEvents.StatusChanged;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/**
 * Announces plan and measure changes through the outbox, keyed by agency code. Each event carries
 * the full current snapshot, so that reporting-service never calls back. Schemas: {@code
 * src/main/resources/events/}.
 */
@ApplicationScoped
public class PlanEvents {

  /** The event types this service emits. */
  public static final Set<String> TYPES =
      Set.of(
          EventTypes.MEASURE_STATUS_CHANGED,
          EventTypes.MILESTONE_STATUS_CHANGED,
          EventTypes.EVIDENCE_RECORDED,
          EventTypes.PLAN_APPROVED,
          EventTypes.PLAN_PUBLISHED);

  private final Outbox outbox;

  public PlanEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** A measure changed status; {@code change} says from what, to what, by whom and why. */
  public void measureStatusChanged(
      Measure measure, List<Evidence> evidence, Map<String, Object> change) {
    statusChanged(EventTypes.MEASURE_STATUS_CHANGED, measure, evidence, change);
  }

  public void milestoneStatusChanged(
      Measure measure, List<Evidence> evidence, Map<String, Object> change) {
    statusChanged(EventTypes.MILESTONE_STATUS_CHANGED, measure, evidence, change);
  }

  /**
   * Evidence was recorded: the measure's snapshot (with all its evidence, at its new version) and
   * the new entry.
   */
  public void evidenceRecorded(Measure measure, List<Evidence> evidence, Evidence recorded) {
    outbox.enqueue(
        Topics.MEASURES,
        measure.plan.agencyCode,
        EventTypes.EVIDENCE_RECORDED,
        measure.id.toString(),
        new EvidenceRecorded(
            EventPayloads.measure(measure, evidence), EventPayloads.evidence(recorded)));
  }

  public void planApproved(Plan plan, String agencyNameTh, Map<UUID, List<Evidence>> evidence) {
    outbox.enqueue(
        Topics.PLANS,
        plan.agencyCode,
        EventTypes.PLAN_APPROVED,
        plan.id.toString(),
        EventPayloads.plan(plan, agencyNameTh, evidence));
  }

  public void planPublished(Plan plan, String agencyNameTh, Map<UUID, List<Evidence>> evidence) {
    outbox.enqueue(
        Topics.PLANS,
        plan.agencyCode,
        EventTypes.PLAN_PUBLISHED,
        plan.id.toString(),
        EventPayloads.plan(plan, agencyNameTh, evidence));
  }

  private void statusChanged(
      String type, Measure measure, List<Evidence> evidence, Map<String, Object> change) {
    outbox.enqueue(
        Topics.MEASURES,
        measure.plan.agencyCode,
        type,
        measure.id.toString(),
        new StatusChanged(EventPayloads.measure(measure, evidence), change));
  }
}
