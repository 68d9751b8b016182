package th.ita.measures.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a measure stands. Officers move it along the allowed transitions; the overdue job moves it
 * to {@code DELAYED} when one of its milestones' quarters has ended undone.
 */
public enum MeasureStatus {
  DRAFT,
  PLANNED,
  IN_PROGRESS,
  COMPLETED,
  ON_HOLD,
  CANCELLED,
  DELAYED;

  /** The statuses a person may move a measure to from this one. */
  public Set<MeasureStatus> allowedNext() {
    return switch (this) {
      case DRAFT -> EnumSet.of(PLANNED, CANCELLED);
      case PLANNED -> EnumSet.of(IN_PROGRESS, ON_HOLD, CANCELLED);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, ON_HOLD, CANCELLED);
      case DELAYED -> EnumSet.of(IN_PROGRESS, COMPLETED, ON_HOLD, CANCELLED);
      case ON_HOLD -> EnumSet.of(PLANNED, IN_PROGRESS, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(MeasureStatus.class);
    };
  }

  /** Milestones of drafts, completed and cancelled measures are not chased. */
  public boolean canFallBehind() {
    return this != DRAFT && this != COMPLETED && this != CANCELLED;
  }

  /** Only work that is under way can fall behind. */
  public boolean canBecomeDelayed() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
