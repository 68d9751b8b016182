package th.ita.reporting.service;

import java.util.List;
import java.util.Locale;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;

/** Checks and normalises what callers name documents by. */
final class Requests {

  private Requests() {}

  /** A Buddhist-era fiscal year the platform accepts, or a 400 naming the parameter. */
  static int fiscalYear(int fiscalYear) {
    try {
      return FiscalYear.of(fiscalYear).buddhistEra();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          List.of(new FieldError("fiscalYear", e.getMessage(), fiscalYear)));
    }
  }

  /** Registry codes are upper case; callers may write them in any case. */
  static String agencyCode(String agencyCode) {
    return agencyCode == null ? "" : agencyCode.trim().toUpperCase(Locale.ROOT);
  }
}
