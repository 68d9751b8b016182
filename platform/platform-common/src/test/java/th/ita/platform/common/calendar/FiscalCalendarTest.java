package th.ita.platform.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiscalCalendarTest {

  private static final Locale TH = Locale.forLanguageTag("th");

  @Test
  void fy2568RunsFromOctober2024ToSeptember2025() {
    FiscalYear fy = FiscalYear.of(2568);
    assertEquals(LocalDate.of(2024, 10, 1), fy.start());
    assertEquals(LocalDate.of(2025, 9, 30), fy.end());
    assertEquals(2025, fy.commonEraOfEnd());
  }

  @Test
  void quartersFollowTheFiscalYear() {
    FiscalYear fy = FiscalYear.of(2568);
    assertEquals(LocalDate.of(2024, 10, 1), fy.start(FiscalQuarter.Q1));
    assertEquals(LocalDate.of(2024, 12, 31), fy.end(FiscalQuarter.Q1));
    assertEquals(LocalDate.of(2025, 1, 1), fy.start(FiscalQuarter.Q2));
    assertEquals(LocalDate.of(2025, 3, 31), fy.end(FiscalQuarter.Q2));
    assertEquals(LocalDate.of(2025, 6, 30), fy.end(FiscalQuarter.Q3));
    assertEquals(LocalDate.of(2025, 9, 30), fy.end(FiscalQuarter.Q4));
    assertEquals(FiscalQuarter.Q1, fy.quarterOf(LocalDate.of(2024, 11, 20)));
    assertEquals(FiscalQuarter.Q3, fy.quarterOf(LocalDate.of(2025, 4, 1)));
    assertThrows(IllegalArgumentException.class, () -> fy.quarterOf(LocalDate.of(2025, 10, 1)));
  }

  @Test
  void octoberBelongsToTheNextFiscalYear() {
    assertEquals(2569, FiscalYear.containing(LocalDate.of(2025, 10, 1)).buddhistEra());
    assertEquals(2568, FiscalYear.containing(LocalDate.of(2025, 9, 30)).buddhistEra());
    assertEquals(2569, FiscalYear.containing(LocalDate.of(2025, 11, 20)).buddhistEra());
  }

  @Test
  void theLeapDayFallsInQ2AndQ1EndsOnTheLastOfDecember() {
    assertEquals(FiscalQuarter.Q2, FiscalYear.of(2567).quarterOf(LocalDate.of(2024, 2, 29)));
    assertEquals(LocalDate.of(2024, 3, 31), FiscalYear.of(2567).end(FiscalQuarter.Q2));
    assertEquals(LocalDate.of(2023, 12, 31), FiscalYear.of(2567).end(FiscalQuarter.Q1));
    assertEquals(LocalDate.of(2024, 9, 30), FiscalYear.containing(LocalDate.of(2024, 2, 29)).end());
  }

  @Test
  void datesAreWrittenAsThaiDocumentsWriteThem() {
    // Seed 003: the meeting of 20 Nov 2568; seed 001: the period ต.ค. 2567 – มี.ค. 2568.
    assertEquals("20 พ.ย. 2568", ThaiDates.date(LocalDate.of(2025, 11, 20), TH));
    assertEquals(
        "ต.ค. 2567 – มี.ค. 2568",
        ThaiDates.period(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31), TH));
    assertEquals(
        "Oct 2024 – Mar 2025",
        ThaiDates.period(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31), Locale.ENGLISH));
    assertEquals(
        "ไตรมาส 1 (ต.ค. – ธ.ค. 2567)",
        ThaiDates.quarter(FiscalYear.of(2568), FiscalQuarter.Q1, TH));
    assertEquals(
        "Q4 (Jul – Sep 2025)",
        ThaiDates.quarter(FiscalYear.of(2568), FiscalQuarter.Q4, Locale.ENGLISH));
  }

  @Test
  void commonEraYearsAreNotFiscalYears() {
    assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(2025));
    assertEquals(2567, FiscalYear.toBuddhistEra(2024));
    assertEquals(2024, FiscalYear.toCommonEra(2567));
  }
}
