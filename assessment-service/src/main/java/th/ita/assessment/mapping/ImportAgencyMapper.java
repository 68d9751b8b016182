package th.ita.assessment.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import th.ita.assessment.domain.AgencyInput;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.ImportError;
import th.ita.assessment.domain.ImportRow;
import th.ita.assessment.domain.MinistryRef;

/**
 * The registry entry an import creates for an agency it does not know, from the agency columns of
 * its rows (the first row that fills a column wins). Field names of {@link AgencyInput} map back to
 * the file's columns, so that a problem names the column the user can fix.
 */
public final class ImportAgencyMapper {

  public static final Map<String, String> COLUMN_OF_FIELD =
      Map.of(
          "code", ImportColumn.AGENCY_CODE.header(),
          "nameTh", ImportColumn.AGENCY_NAME_TH.header(),
          "nameEn", ImportColumn.AGENCY_NAME_EN.header(),
          "type", ImportColumn.AGENCY_TYPE.header(),
          "ministry.code", ImportColumn.MINISTRY_CODE.header(),
          "ministry.nameTh", ImportColumn.MINISTRY_NAME_TH.header(),
          "ministry.nameEn", ImportColumn.MINISTRY_NAME_EN.header());

  private ImportAgencyMapper() {}

  /** The agency to register, or null when the type is unreadable (reported in {@code errors}). */
  public static AgencyInput toInput(String code, List<ImportRow> rows, List<ImportError> errors) {
    String typeText = first(rows, ImportRow::agencyType);
    AgencyType type = null;
    if (typeText == null) {
      errors.add(
          new ImportError(
              rows.get(0).line(),
              code,
              ImportColumn.AGENCY_TYPE.header(),
              "agency "
                  + code
                  + " is not in the registry; to create it, give at least agency_name_th and agency_type",
              null));
    } else {
      try {
        type = AgencyType.valueOf(typeText.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new ImportError(
                lineOf(rows, ImportRow::agencyType),
                code,
                ImportColumn.AGENCY_TYPE.header(),
                "unknown agency type; one of " + List.of(AgencyType.values()),
                typeText));
      }
    }
    String ministryCode = first(rows, ImportRow::ministryCode);
    MinistryRef ministry =
        ministryCode == null
            ? null
            : new MinistryRef(
                ministryCode,
                first(rows, ImportRow::ministryNameTh),
                first(rows, ImportRow::ministryNameEn));
    return new AgencyInput(
        code,
        first(rows, ImportRow::agencyNameTh),
        first(rows, ImportRow::agencyNameEn),
        null,
        type,
        ministry,
        null,
        null);
  }

  private static String first(List<ImportRow> rows, Function<ImportRow, String> column) {
    return rows.stream()
        .map(column)
        .filter(v -> v != null && !v.isBlank())
        .findFirst()
        .orElse(null);
  }

  /** The line that gave a column its value, or the agency's first line. */
  public static int lineOf(List<ImportRow> rows, Function<ImportRow, String> column) {
    return rows.stream()
        .filter(r -> column.apply(r) != null)
        .mapToInt(ImportRow::line)
        .findFirst()
        .orElse(rows.get(0).line());
  }
}
