package th.ita.platform.common.calendar;

import java.time.Month;

/**
 * A quarter of the Thai government fiscal year, which starts on 1 October: Q1 is October to
 * December of the previous calendar year, Q4 is July to September.
 */
public enum FiscalQuarter {
  Q1(Month.OCTOBER),
  Q2(Month.JANUARY),
  Q3(Month.APRIL),
  Q4(Month.JULY);

  private final Month firstMonth;

  FiscalQuarter(Month firstMonth) {
    this.firstMonth = firstMonth;
  }

  public Month firstMonth() {
    return firstMonth;
  }

  public Month lastMonth() {
    return firstMonth.plus(2);
  }

  public int number() {
    return ordinal() + 1;
  }

  public static FiscalQuarter of(Month month) {
    return values()[((month.getValue() + 2) % 12) / 3];
  }
}
