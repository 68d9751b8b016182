package th.ita.measures.event;

import java.util.Map;

/** The data of the measure events: the measure's snapshot and what happened to it. */
public final class MeasureEvents {

  private MeasureEvents() {}

  /**
   * {@code MeasureStatusChanged} and {@code MilestoneStatusChanged}: from what, to what, by whom
   * and why.
   */
  public record StatusChanged(MeasurePayload measure, Map<String, Object> change) {}

  /**
   * {@code EvidenceRecorded}: the measure at its new version, with all its evidence, and the new
   * entry.
   */
  public record EvidenceRecorded(MeasurePayload measure, EvidencePayload evidence) {}
}
