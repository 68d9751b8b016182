package th.ita.platform.common.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Quarters and times as the agencies' documents (the seeds) write them; English as it was. */
class ThaiDatesTest {

  private static final Locale TH = Locale.forLanguageTag("th");
  private static final Locale EN = Locale.ENGLISH;
  private static final FiscalYear FY2568 = FiscalYear.of(2568);

  @Test
  void quartersAreNamedAsTheAgenciesNameThem() {
    assertEquals("ไตรมาสที่ 1", ThaiDates.quarterName(FiscalQuarter.Q1, TH));
    assertEquals("ไตรมาสที่ 4", ThaiDates.quarterName(FiscalQuarter.Q4, TH));
    assertEquals("Q1", ThaiDates.quarterName(FiscalQuarter.Q1, EN));
    assertEquals("Q4", ThaiDates.quarterName(FiscalQuarter.Q4, EN));
  }

  @Test
  void aQuartersMonthsEndWithTheYearOfItsLastMonth() {
    assertEquals("ต.ค. – ธ.ค. 2567", ThaiDates.quarterMonths(FY2568, FiscalQuarter.Q1, TH));
    assertEquals("ม.ค. – มี.ค. 2568", ThaiDates.quarterMonths(FY2568, FiscalQuarter.Q2, TH));
    assertEquals("Oct – Dec 2024", ThaiDates.quarterMonths(FY2568, FiscalQuarter.Q1, EN));
    assertEquals("Jul – Sep 2025", ThaiDates.quarterMonths(FY2568, FiscalQuarter.Q4, EN));
  }

  /** measures-service answers and announces a quarter in this wording; it stays as it was. */
  @Test
  void aQuarterWithItsMonthsKeepsTheWordingMeasuresServiceSends() {
    assertEquals("ไตรมาส 1 (ต.ค. – ธ.ค. 2567)", ThaiDates.quarter(FY2568, FiscalQuarter.Q1, TH));
    assertEquals("ไตรมาส 3 (เม.ย. – มิ.ย. 2568)", ThaiDates.quarter(FY2568, FiscalQuarter.Q3, TH));
    assertEquals("Q1 (Oct – Dec 2024)", ThaiDates.quarter(FY2568, FiscalQuarter.Q1, EN));
    assertEquals("Q4 (Jul – Sep 2025)", ThaiDates.quarter(FY2568, FiscalQuarter.Q4, EN));
  }

  /** Seed 003: the meeting of 20 Nov 2568 from 09.30 to 11.00. */
  @Test
  void timesAreWrittenWithADotAndOneNoAfterTheRange() {
    assertEquals("09.30 น.", ThaiDates.time(LocalTime.of(9, 30), TH));
    assertEquals("13.00 น.", ThaiDates.time(LocalTime.of(13, 0), TH));
    assertEquals(
        "09.30–11.00 น.", ThaiDates.timeRange(LocalTime.of(9, 30), LocalTime.of(11, 0), TH));
    assertEquals("09.30 น.", ThaiDates.timeRange(LocalTime.of(9, 30), null, TH));
    assertEquals("09:30", ThaiDates.time(LocalTime.of(9, 30), EN));
    assertEquals("09:30–11:00", ThaiDates.timeRange(LocalTime.of(9, 30), LocalTime.of(11, 0), EN));
    assertEquals("13:00", ThaiDates.timeRange(LocalTime.of(13, 0), null, EN));
  }
}
