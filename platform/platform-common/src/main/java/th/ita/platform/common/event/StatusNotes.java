package th.ita.platform.common.event;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import th.ita.platform.common.calendar.FiscalQuarter;

/**
 * The notes the platform itself writes on a measure's or milestone's status change.
 * measures-service stores and serves them as written, in English, and sends them in its events;
 * documents recognise them and print them in the document's language. Any other note is a person's
 * and is printed as written.
 */
public final class StatusNotes {

  /** A measure added to a plan. */
  public static final String CREATED = "created";

  /** The measures of a plan its approver approved. */
  public static final String PLAN_APPROVED = "plan approved";

  /** A measure delayed because one of its milestones is overdue. */
  public static final String MILESTONE_OVERDUE = "a milestone is overdue";

  private static final Pattern QUARTER_ENDED =
      Pattern.compile("(Q[1-4]) ended on (\\d{4}-\\d{2}-\\d{2}) and the milestone is not done");

  /** What a note of the platform's says; the quarter and day only of a quarter ended. */
  public record Note(Kind kind, FiscalQuarter quarter, LocalDate due) {}

  /** The platform's notes. */
  public enum Kind {
    CREATED,
    PLAN_APPROVED,
    MILESTONE_OVERDUE,
    QUARTER_ENDED
  }

  private StatusNotes() {}

  /** A milestone marked overdue: its quarter ended on its due day. */
  public static String quarterEnded(FiscalQuarter quarter, LocalDate due) {
    return quarter.name() + " ended on " + due + " and the milestone is not done";
  }

  /** The platform's note this is, or empty for a person's note (or none). */
  public static Optional<Note> recognise(String note) {
    if (note == null) {
      return Optional.empty();
    }
    return switch (note) {
      case CREATED -> Optional.of(new Note(Kind.CREATED, null, null));
      case PLAN_APPROVED -> Optional.of(new Note(Kind.PLAN_APPROVED, null, null));
      case MILESTONE_OVERDUE -> Optional.of(new Note(Kind.MILESTONE_OVERDUE, null, null));
      default -> {
        Matcher m = QUARTER_ENDED.matcher(note);
        yield m.matches()
            ? Optional.of(
                new Note(
                    Kind.QUARTER_ENDED,
                    FiscalQuarter.valueOf(m.group(1)),
                    LocalDate.parse(m.group(2))))
            : Optional.empty();
      }
    };
  }
}
