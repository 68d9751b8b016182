package th.ita.reporting.event;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ResultData;

/**
 * A readable event, checked and reduced to what the projection keys, orders and stores. The JSON
 * kept is the producer's own snapshot, so documents can use fields the projection does not know.
 */
public sealed interface Snapshot {

  ConsumedEvent event();

  /**
   * ResultPublished (version 1, or version 2 once joined): the whole scored result, and the data to
   * store, which for version 2 is its own and is joined to {@code frameworkVersion} when read.
   */
  record Result(ConsumedEvent event, ResultData result, String json, Long frameworkVersion)
      implements Snapshot {}

  /**
   * ResultPublished of version 2: codes and figures, joined when applied to the framework version
   * it names (see {@code ResultJoin}), which may not have arrived yet.
   */
  record SlimResult(ConsumedEvent event, int fiscalYear, long frameworkVersion, JsonNode data)
      implements Snapshot {}

  /** FrameworkPublished: one framework version with its labels and texts. */
  record Framework(ConsumedEvent event, int fiscalYear, long version, String json)
      implements Snapshot {}

  /** PlanApproved or PlanPublished: the whole plan, and each of its measures. */
  record Plan(
      ConsumedEvent event, PlanData plan, String agencyCode, String json, List<Measure> measures)
      implements Snapshot {}

  /** MeasureStatusChanged or MilestoneStatusChanged: the measure and what changed. */
  record MeasureChanged(ConsumedEvent event, Measure measure, Change change) implements Snapshot {}

  /**
   * EvidenceRecorded: the measure with all its evidence. Recording evidence raises the measure's
   * version, so the ordering rule treats it like any other change to the measure.
   */
  record EvidenceRecorded(ConsumedEvent event, Measure measure) implements Snapshot {}

  /** A measure's snapshot with the fields that order it. */
  record Measure(MeasureData measure, String agencyCode, int fiscalYear, String json) {

    /** The overdue job moves milestones without touching their measure's version, so both count. */
    public long milestonesVersion() {
      return measure.milestones().stream().mapToLong(MeasureData.Milestone::version).sum();
    }

    /** Delayed, or late on a milestone of the agency's own (not one written for a demo plan). */
    public boolean overdue() {
      return "DELAYED".equals(measure.status())
          || measure.agencyMilestones().stream().anyMatch(m -> "OVERDUE".equals(m.status()));
    }
  }

  /** The {@code change} of a measure event. */
  record Change(
      UUID milestoneId,
      String from,
      String to,
      String note,
      String changedBy,
      OffsetDateTime changedAt) {}
}
