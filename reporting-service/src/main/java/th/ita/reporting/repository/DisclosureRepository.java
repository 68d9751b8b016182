package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The registry's agencies against their disclosures of a year, in SQL so that the nation's
 * 8,000-odd agencies are never loaded as entities. With a ministry, only the agencies the registry
 * places in it (by its code, any case).
 */
@ApplicationScoped
public class DisclosureRepository {

  /**
   * An agency that has not disclosed its measures, or neither report on them, for a year: its
   * plan's status there (null without one) and the days of what it did disclose.
   */
  public record NotDisclosed(
      String agencyCode,
      String nameTh,
      String nameEn,
      String ministryCode,
      String ministryNameTh,
      String planStatus,
      LocalDate measuresOn,
      LocalDate progressOn) {}

  /** The registry's agencies, of a ministry or all. */
  public int agencies(String ministry) {
    Query q =
        Panache.getEntityManager()
            .createNativeQuery(
                "SELECT count(*) FROM agency_directory d"
                    + (ministry == null ? "" : " WHERE upper(d.ministry_code) = :ministry"));
    if (ministry != null) {
      q.setParameter("ministry", ministry);
    }
    return ((Number) q.getSingleResult()).intValue();
  }

  /** By ministry, then agency code. */
  public List<NotDisclosed> notDisclosed(int year, String ministry) {
    Query q =
        Panache.getEntityManager()
            .createNativeQuery(
                """
                SELECT d.code, d.name_th, d.name_en, d.ministry_code, d.ministry_name_th, p.status,
                       x.measures_on, greatest(x.progress_half_on, x.progress_annual_on)
                FROM agency_directory d
                LEFT JOIN report_plan p ON p.agency_code = d.code AND p.fiscal_year = :year
                LEFT JOIN report_disclosure x ON x.agency_code = d.code AND x.fiscal_year = :year
                WHERE {ministry} (x.measures_url IS NULL
                       OR (x.progress_half_url IS NULL AND x.progress_annual_url IS NULL))
                ORDER BY d.ministry_code NULLS LAST, d.code"""
                    .replace(
                        "{ministry}",
                        ministry == null ? "" : "upper(d.ministry_code) = :ministry AND"))
            .setParameter("year", year);
    if (ministry != null) {
      q.setParameter("ministry", ministry);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r ->
                new NotDisclosed(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    day(r[6]),
                    day(r[7])))
        .toList();
  }

  private static LocalDate day(Object value) {
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) value;
  }
}
