package th.ita.reporting.document;

import java.util.Locale;

/** File names of downloads, without extension: measures-DITP-2568, dashboard-2567-MFA. */
public final class DocumentNames {

  private DocumentNames() {}

  public static String agency(String kind, String agencyCode, int fiscalYear) {
    return kind + "-" + safe(agencyCode) + "-" + fiscalYear;
  }

  public static String dashboard(int fiscalYear, String ministry) {
    return "dashboard-" + fiscalYear + (ministry == null ? "" : "-" + safe(ministry));
  }

  private static String safe(String code) {
    return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_-]", "_");
  }
}
