package th.ita.platform.common.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates and times the way Thai government documents write them: Buddhist-era years and abbreviated
 * month names ("20 พ.ย. 2568", "ต.ค. 2567 – มี.ค. 2568"), quarters "ไตรมาสที่ 1", times "09.30 น.".
 * English uses C.E. years, "Q1" and "09:30".
 */
public final class ThaiDates {

  private static final String[] MONTHS_TH_SHORT = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.",
    "ธ.ค."
  };
  private static final String[] MONTHS_TH_FULL = {
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"
  };

  private static final DateTimeFormatter THAI_TIME = DateTimeFormatter.ofPattern("HH.mm");
  private static final DateTimeFormatter ENGLISH_TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ThaiDates() {}

  public static String monthShort(Month month) {
    return MONTHS_TH_SHORT[month.ordinal()];
  }

  public static String monthFull(Month month) {
    return MONTHS_TH_FULL[month.ordinal()];
  }

  /** "20 พ.ย. 2568" in Thai, "20 Nov 2025" in English. */
  public static String date(LocalDate date, Locale locale) {
    if (isThai(locale)) {
      return date.getDayOfMonth()
          + " "
          + monthShort(date.getMonth())
          + " "
          + FiscalYear.toBuddhistEra(date.getYear());
    }
    return date.getDayOfMonth() + " " + englishMonth(date.getMonth()) + " " + date.getYear();
  }

  /** "ต.ค. 2567" in Thai, "Oct 2024" in English. */
  public static String monthYear(LocalDate date, Locale locale) {
    if (isThai(locale)) {
      return monthShort(date.getMonth()) + " " + FiscalYear.toBuddhistEra(date.getYear());
    }
    return englishMonth(date.getMonth()) + " " + date.getYear();
  }

  /** A measure's period as the seeds write it: "ต.ค. 2567 – มี.ค. 2568". */
  public static String period(LocalDate start, LocalDate end, Locale locale) {
    return monthYear(start, locale) + " – " + monthYear(end, locale);
  }

  /**
   * "ไตรมาส 1 (ต.ค. – ธ.ค. 2567)" in Thai, "Q1 (Oct – Dec 2024)" in English. The Thai keeps the
   * wording measures-service has always answered with (a fiscal year's quarters, a milestone's
   * {@code quarterTh}) and sent in its plan events; documents name a quarter as the agencies do,
   * with {@link #quarterName} ("ไตรมาสที่ 1").
   */
  public static String quarter(FiscalYear year, FiscalQuarter quarter, Locale locale) {
    String name = isThai(locale) ? "ไตรมาส " + quarter.number() : quarter.name();
    return name + " (" + quarterMonths(year, quarter, locale) + ")";
  }

  /** A quarter as the agencies' own documents name it: "ไตรมาสที่ 1" in Thai, "Q1" in English. */
  public static String quarterName(FiscalQuarter quarter, Locale locale) {
    return isThai(locale) ? "ไตรมาสที่ " + quarter.number() : quarter.name();
  }

  /** The months of a quarter: "ต.ค. – ธ.ค. 2567" in Thai, "Oct – Dec 2024" in English. */
  public static String quarterMonths(FiscalYear year, FiscalQuarter quarter, Locale locale) {
    Month first = year.start(quarter).getMonth();
    return (isThai(locale) ? monthShort(first) : englishMonth(first))
        + " – "
        + monthYear(year.end(quarter), locale);
  }

  /** "09.30 น." in Thai, "09:30" in English. */
  public static String time(LocalTime time, Locale locale) {
    return timeRange(time, null, locale);
  }

  /**
   * "09.30–11.00 น." in Thai, with one "น." after the range as Thai documents write it;
   * "09:30–11:00" in English. Without an end, the start alone.
   */
  public static String timeRange(LocalTime start, LocalTime end, Locale locale) {
    DateTimeFormatter format = isThai(locale) ? THAI_TIME : ENGLISH_TIME;
    String range = start.format(format) + (end == null ? "" : "–" + end.format(format));
    return isThai(locale) ? range + " น." : range;
  }

  public static boolean isThai(Locale locale) {
    return locale == null || "th".equals(locale.getLanguage());
  }

  private static String englishMonth(Month month) {
    return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
