package th.ita.platform.common.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Thai government fiscal year, named by its Buddhist-era year: FY2568 runs from 1 October 2024 to
 * 30 September 2025. The B.E. year is the C.E. year of its end plus 543.
 */
public record FiscalYear(int buddhistEra) implements Comparable<FiscalYear> {

  /** B.E. = C.E. + 543. */
  public static final int BE_OFFSET = 543;

  /** Fiscal years the platform accepts; ITA started in 2561 and frameworks are yearly. */
  public static final int MIN = 2500;

  public static final int MAX = 2700;

  public FiscalYear {
    if (buddhistEra < MIN || buddhistEra > MAX) {
      throw new IllegalArgumentException(
          "A fiscal year is a Buddhist-era year between "
              + MIN
              + " and "
              + MAX
              + ", not "
              + buddhistEra);
    }
  }

  public static FiscalYear of(int buddhistEra) {
    return new FiscalYear(buddhistEra);
  }

  /** The fiscal year a date falls in: October to December belong to the next year. */
  public static FiscalYear containing(LocalDate date) {
    int ceYearOfEnd =
        date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
    return new FiscalYear(toBuddhistEra(ceYearOfEnd));
  }

  public static int toBuddhistEra(int commonEraYear) {
    return commonEraYear + BE_OFFSET;
  }

  public static int toCommonEra(int buddhistEraYear) {
    return buddhistEraYear - BE_OFFSET;
  }

  public int commonEraOfEnd() {
    return toCommonEra(buddhistEra);
  }

  public LocalDate start() {
    return LocalDate.of(commonEraOfEnd() - 1, Month.OCTOBER, 1);
  }

  public LocalDate end() {
    return LocalDate.of(commonEraOfEnd(), Month.SEPTEMBER, 30);
  }

  public LocalDate start(FiscalQuarter quarter) {
    int year = quarter == FiscalQuarter.Q1 ? commonEraOfEnd() - 1 : commonEraOfEnd();
    return LocalDate.of(year, quarter.firstMonth(), 1);
  }

  /** The last day of the quarter: a milestone in that quarter is due then. */
  public LocalDate end(FiscalQuarter quarter) {
    LocalDate lastMonth = start(quarter).plusMonths(2);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  public FiscalQuarter quarterOf(LocalDate date) {
    if (date.isBefore(start()) || date.isAfter(end())) {
      throw new IllegalArgumentException(date + " is not in fiscal year " + buddhistEra);
    }
    return FiscalQuarter.of(date.getMonth());
  }

  public FiscalYear previous() {
    return new FiscalYear(buddhistEra - 1);
  }

  public FiscalYear next() {
    return new FiscalYear(buddhistEra + 1);
  }

  @Override
  public int compareTo(FiscalYear other) {
    return Integer.compare(buddhistEra, other.buddhistEra);
  }

  @Override
  public String toString() {
    return "FY" + buddhistEra;
  }
}
