package th.ita.measures.domain;

import java.util.EnumSet;
import java.util.Set;

/** A milestone's progress; {@code OVERDUE} is set by the overdue job, never by hand. */
public enum MilestoneStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  OVERDUE;

  public Set<MilestoneStatus> allowedNext() {
    return switch (this) {
      case PLANNED -> EnumSet.of(IN_PROGRESS, DONE);
      case IN_PROGRESS -> EnumSet.of(DONE);
      case OVERDUE -> EnumSet.of(IN_PROGRESS, DONE);
      case DONE -> EnumSet.of(IN_PROGRESS);
    };
  }

  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
