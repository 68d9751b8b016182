package th.ita.measures.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * When the ministries' weekly digest goes out: once per ISO week (Monday to Sunday), from a day and
 * time of that week on, all in Thai time.
 */
public record DigestSchedule(DayOfWeek day, LocalTime time) {

  /** "2026-W49": the ISO week-based year and week of the day, the digest ledger's week. */
  public static String week(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** True from the schedule's day and time of the ISO week of {@code now} to the week's end. */
  public boolean isDue(LocalDateTime now) {
    LocalDate sendDay = now.toLocalDate().with(ChronoField.DAY_OF_WEEK, day.getValue());
    return !now.isBefore(sendDay.atTime(time));
  }
}
