package th.ita.measures.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import th.ita.measures.domain.DigestSchedule;

/** The digest's week is the ISO week, and it is due from its day and time of that week on. */
class DigestScheduleTest {

  @Test
  void theWeekIsTheIsoWeekAcrossTheTurnOfTheYear() {
    assertThat(DigestSchedule.week(LocalDate.of(1962, 1, 1))).isEqualTo("1962-W01");
    assertThat(DigestSchedule.week(LocalDate.of(2026, 12, 6))).isEqualTo("2026-W49");
    // 1 January 2027 is a Friday: still in the last week of 2026, which has 53.
    assertThat(DigestSchedule.week(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
    // 29 December 2025 is a Monday: the first week of 2026.
    assertThat(DigestSchedule.week(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
  }

  @Test
  void byDefaultItIsDueFromMondayAtEightUntilTheWeekEnds() {
    DigestSchedule monday = new DigestSchedule(DayOfWeek.MONDAY, LocalTime.of(8, 0));
    assertThat(monday.isDue(LocalDateTime.of(2026, 12, 7, 7, 59, 59))).isFalse();
    assertThat(monday.isDue(LocalDateTime.of(2026, 12, 7, 8, 0))).isTrue();
    assertThat(monday.isDue(LocalDateTime.of(2026, 12, 13, 23, 59))).isTrue();
  }

  @Test
  void anotherDayAndTimeMoveItWithinTheWeek() {
    DigestSchedule friday = new DigestSchedule(DayOfWeek.FRIDAY, LocalTime.of(16, 30));
    assertThat(friday.isDue(LocalDateTime.of(2026, 12, 7, 9, 0))).isFalse();
    assertThat(friday.isDue(LocalDateTime.of(2026, 12, 11, 16, 29))).isFalse();
    assertThat(friday.isDue(LocalDateTime.of(2026, 12, 11, 16, 30))).isTrue();
    assertThat(friday.isDue(LocalDateTime.of(2026, 12, 13, 8, 0))).isTrue();
    // The next Monday is a new week, whose digest is not due before its Friday.
    assertThat(friday.isDue(LocalDateTime.of(2026, 12, 14, 8, 0))).isFalse();
  }
}
