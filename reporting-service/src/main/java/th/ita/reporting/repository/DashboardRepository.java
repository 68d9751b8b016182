package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import th.ita.platform.common.score.Scores;
import th.ita.reporting.repository.DashboardRows.IndicatorAverage;
import th.ita.reporting.repository.DashboardRows.LevelCount;
import th.ita.reporting.repository.DashboardRows.MeasureRow;
import th.ita.reporting.repository.DashboardRows.RankingRow;
import th.ita.reporting.repository.DashboardRows.StatusCount;

/**
 * Aggregates over a year's read model, in SQL so that the nation's 8,000-odd results are never
 * loaded into memory. Results are the published FINAL ones; measures those of published plans. With
 * a ministry, only agencies the registry places in it count (by its code, any case).
 */
@ApplicationScoped
public class DashboardRepository {

  private static final String RESULTS =
      """
      FROM report_result r LEFT JOIN agency_directory d ON d.code = r.agency_code
      WHERE {ministry} r.fiscal_year = :year AND r.round = 'FINAL'""";

  private static final String MEASURES =
      """
      FROM report_measure m
      JOIN report_plan p ON p.plan_id = m.plan_id AND p.status = 'PUBLISHED'
      LEFT JOIN agency_directory d ON d.code = m.agency_code
      WHERE {ministry} m.fiscal_year = :year""";

  public BigDecimal averageScore(int year, String ministry) {
    return Scores.display(
        (BigDecimal)
            query("SELECT avg(r.overall_score) " + RESULTS, year, ministry).getSingleResult());
  }

  public List<LevelCount> levels(int year, String ministry) {
    return rows(
            query(
                """
        SELECT r.level_code, min(r.level_name_th), min(r.level_name_en),
               count(*), max(r.overall_score) """
                    + RESULTS
                    + " GROUP BY r.level_code ORDER BY 5 DESC NULLS LAST",
                year,
                ministry))
        .stream()
        .map(r -> new LevelCount((String) r[0], (String) r[1], (String) r[2], count(r[3])))
        .toList();
  }

  /** Each indicator's mean over the agencies that have a score for it. */
  public List<IndicatorAverage> indicatorAverages(int year, String ministry) {
    return rows(
            query(
                """
        SELECT CAST(i ->> 'number' AS integer), min(i ->> 'tool'), min(i ->> 'nameTh'), min(i ->> 'nameEn'),
               avg(CAST(i ->> 'score' AS numeric)), count(*) """
                    + RESULTS.replace(
                        "WHERE", "CROSS JOIN LATERAL jsonb_array_elements(r.indicators) i WHERE")
                    + """
         AND jsonb_typeof(i -> 'score') = 'number'
        GROUP BY 1 ORDER BY 1""",
                year,
                ministry))
        .stream()
        .map(
            r ->
                new IndicatorAverage(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    Scores.display((BigDecimal) r[4]),
                    count(r[5])))
        .toList();
  }

  /** Competition ranking: equal scores share a rank, and the next rank skips. */
  public List<RankingRow> ranking(int year, String ministry) {
    return rows(
            query(
                """
        SELECT CAST(rank() OVER (ORDER BY r.overall_score DESC NULLS LAST) AS integer), r.agency_code,
               coalesce(d.name_th, r.payload ->> 'agencyNameTh'), coalesce(d.name_en, r.payload ->> 'agencyNameEn'),
               d.agency_type, d.ministry_code, r.overall_score, r.level_code, r.level_name_th
        """
                    + RESULTS
                    + " ORDER BY 1, r.agency_code",
                year,
                ministry))
        .stream()
        .map(
            r ->
                new RankingRow(
                    ((Number) r[0]).intValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (BigDecimal) r[6],
                    (String) r[7],
                    (String) r[8]))
        .toList();
  }

  public List<StatusCount> measuresByStatus(int year, String ministry) {
    return rows(
            query(
                "SELECT m.status, count(*), count(*) FILTER (WHERE m.overdue) "
                    + MEASURES
                    + " GROUP BY m.status ORDER BY 3 DESC, 2 DESC, 1",
                year,
                ministry))
        .stream()
        .map(r -> new StatusCount((String) r[0], count(r[1]), count(r[2])))
        .toList();
  }

  /** Overdue first, then by status and agency, as far as {@code limit}. */
  public List<MeasureRow> measures(int year, String ministry, int limit) {
    return rows(
            query(
                    """
        SELECT m.agency_code, d.name_th, m.measure_id, m.ordinal, m.payload ->> 'titleTh', m.status, m.overdue,
               m.payload ->> 'periodTh' """
                        + MEASURES
                        + " ORDER BY m.overdue DESC, m.status, m.agency_code, m.ordinal",
                    year,
                    ministry)
                .setMaxResults(limit))
        .stream()
        .map(
            r ->
                new MeasureRow(
                    (String) r[0],
                    (String) r[1],
                    (UUID) r[2],
                    ((Number) r[3]).intValue(),
                    (String) r[4],
                    (String) r[5],
                    (Boolean) r[6],
                    (String) r[7]))
        .toList();
  }

  private static Query query(String sql, int year, String ministry) {
    String filtered =
        sql.replace("{ministry}", ministry == null ? "" : "upper(d.ministry_code) = :ministry AND");
    Query q = Panache.getEntityManager().createNativeQuery(filtered).setParameter("year", year);
    return ministry == null ? q : q.setParameter("ministry", ministry);
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(Query q) {
    return q.getResultList();
  }

  private static int count(Object value) {
    return ((Number) value).intValue();
  }
}
