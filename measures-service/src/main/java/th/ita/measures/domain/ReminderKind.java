package th.ita.measures.domain;

/**
 * What a reminder says: that a milestone's quarter ends in so many days (one kind per configured
 * number of days, e.g. {@code DUE_IN_14}), or that it ended with the milestone undone.
 */
public record ReminderKind(String code, int daysBefore) {

  public static final ReminderKind OVERDUE = new ReminderKind("OVERDUE", -1);

  public static ReminderKind dueIn(int days) {
    return new ReminderKind("DUE_IN_" + days, days);
  }

  public boolean overdue() {
    return daysBefore < 0;
  }
}
