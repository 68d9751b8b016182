package th.ita.platform.common.event;

/**
 * Every event type of the platform, as producers write it in {@code ce_type} and consumers match
 * it. Beside {@link Topics}: the topic says where an event goes, the type what it says.
 */
public final class EventTypes {

  /** On {@link Topics#AGENCIES}: a new agency in the registry, with its whole snapshot. */
  public static final String AGENCY_REGISTERED = "AgencyRegistered";

  /** On {@link Topics#AGENCIES}: an agency's names, type or ministry changed. */
  public static final String AGENCY_UPDATED = "AgencyUpdated";

  /** On {@link Topics#RESULTS}: a result revision was published, scored. */
  public static final String RESULT_PUBLISHED = "ResultPublished";

  /**
   * On {@link Topics#FRAMEWORKS}: a framework version with its labels and question texts, which
   * {@code ResultPublished} (v2) carries only as codes.
   */
  public static final String FRAMEWORK_PUBLISHED = "FrameworkPublished";

  /** On {@link Topics#PLANS}: the head of agency approved a plan. */
  public static final String PLAN_APPROVED = "PlanApproved";

  /** On {@link Topics#PLANS}: a plan was published. */
  public static final String PLAN_PUBLISHED = "PlanPublished";

  /** On {@link Topics#MEASURES}: a measure moved to another status. */
  public static final String MEASURE_STATUS_CHANGED = "MeasureStatusChanged";

  /** On {@link Topics#MEASURES}: one of a measure's milestones moved to another status. */
  public static final String MILESTONE_STATUS_CHANGED = "MilestoneStatusChanged";

  /** On {@link Topics#MEASURES}: evidence was recorded against a measure. */
  public static final String EVIDENCE_RECORDED = "EvidenceRecorded";

  private EventTypes() {}
}
