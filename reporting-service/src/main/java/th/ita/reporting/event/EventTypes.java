package th.ita.reporting.event;

import java.util.List;

/** The event types the projections apply, as producers name them in {@code ce_type}. */
public final class EventTypes {

  public static final String RESULT_PUBLISHED = "ResultPublished";
  public static final String PLAN_APPROVED = "PlanApproved";
  public static final String PLAN_PUBLISHED = "PlanPublished";
  public static final String MEASURE_STATUS_CHANGED = "MeasureStatusChanged";
  public static final String MILESTONE_STATUS_CHANGED = "MilestoneStatusChanged";
  public static final String EVIDENCE_RECORDED = "EvidenceRecorded";

  /** Every type the projections record in the inbox; a rebuild forgets exactly these. */
  public static final List<String> PROJECTED = List.of(
      RESULT_PUBLISHED, PLAN_APPROVED, PLAN_PUBLISHED, MEASURE_STATUS_CHANGED, MILESTONE_STATUS_CHANGED,
      EVIDENCE_RECORDED);

  private EventTypes() {}
}
