package th.ita.platform.common.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates the way Thai government documents write them: Buddhist-era years and abbreviated month
 * names ("20 พ.ย. 2568", "ต.ค. 2567 – มี.ค. 2568"). English uses C.E. years.
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

  /** "ไตรมาส 1 (ต.ค. – ธ.ค. 2567)" in Thai, "Q1 (Oct – Dec 2024)" in English. */
  public static String quarter(FiscalYear year, FiscalQuarter quarter, Locale locale) {
    LocalDate start = year.start(quarter);
    LocalDate end = year.end(quarter);
    if (isThai(locale)) {
      return "ไตรมาส "
          + quarter.number()
          + " ("
          + monthShort(start.getMonth())
          + " – "
          + monthYear(end, locale)
          + ")";
    }
    return quarter + " (" + englishMonth(start.getMonth()) + " – " + monthYear(end, locale) + ")";
  }

  public static boolean isThai(Locale locale) {
    return locale == null || "th".equals(locale.getLanguage());
  }

  private static String englishMonth(Month month) {
    return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
