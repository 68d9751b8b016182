package th.ita.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.RankedResult;
import th.ita.assessment.domain.Standing;
import th.ita.platform.common.score.Scores;

/**
 * Rankings and benchmarks over the latest published FINAL result of each agency, computed by
 * PostgreSQL from the current results (one row per agency, kept by {@link
 * CurrentResultRepository}). Agencies rank by their published two-decimal score, so equal published
 * scores share a rank (1, 2, 2, 4), as NACC's tables do. That score is stored as published (rounded
 * by platform-common's Scores when the result was published), so nothing here rounds it again.
 */
@ApplicationScoped
public class RankingRepository {

  /** Aggregates over the agencies in scope. */
  public record Aggregate(long agencies, BigDecimal average, long atOrAboveTarget) {}

  /**
   * The year's current published FINAL results with their agencies, narrowed to a type or ministry
   * only when one is asked for. Written as "(:type IS NULL OR …)" instead, the filter makes
   * PostgreSQL's reused plan cover both cases, and rankings of one type ran at nine times their
   * bare SQL.
   *
   * <p>The year and the type are written into the SQL, not bound: PostgreSQL's plan reused for any
   * year and type estimated an average type's share, read every result of the year and ran the
   * rankings of department-level agencies at about twice their bare SQL. Each year and type now has
   * a plan of its own. Both are safe to write in: the year is a number, and the type one of {@link
   * AgencyType}'s names (anything else fails here). The ministry, free text, stays bound.
   */
  private static String latest(int year, String type, String ministry) {
    return """
        WITH latest AS (
          SELECT c.agency_code, c.published_score AS score, c.level_code, c.indicator_scores
          FROM current_result c
          WHERE c.fiscal_year = %d AND c.round = 'FINAL' AND c.published_score IS NOT NULL),
        scoped AS (
          SELECT l.*, a.name_th, a.name_en, a.agency_type, a.ministry_code
          FROM latest l JOIN agency a ON a.code = l.agency_code
          WHERE true"""
            .formatted(year)
        + (type == null ? "" : " AND a.agency_type = '" + AgencyType.valueOf(type).name() + "'")
        + (ministry == null ? "" : " AND a.ministry_code = :ministry")
        + ")\n";
  }

  /** The query with the ministry where {@link #latest} asked for one. */
  private Query query(String sql, String ministry) {
    Query query = em.createNativeQuery(sql);
    if (ministry != null) {
      query.setParameter("ministry", ministry);
    }
    return query;
  }

  private final EntityManager em;

  public RankingRepository(EntityManager em) {
    this.em = em;
  }

  @SuppressWarnings("unchecked")
  public List<RankedResult> rankings(int year, String type, String ministry, int page, int size) {
    List<Object[]> rows =
        query(
                latest(year, type, ministry)
                    + """
        SELECT agency_code, name_th, name_en, agency_type, ministry_code, score, level_code,
               rank() OVER (ORDER BY score DESC) AS rank, count(*) OVER () AS of
        FROM scoped ORDER BY score DESC, agency_code LIMIT :size OFFSET :offset""",
                ministry)
            .setParameter("size", size)
            .setParameter("offset", page * size)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new RankedResult(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (BigDecimal) r[5],
                    (String) r[6],
                    ((Number) r[7]).longValue(),
                    ((Number) r[8]).longValue()))
        .toList();
  }

  public Aggregate aggregate(int year, String type, String ministry, BigDecimal target) {
    Object[] row =
        (Object[])
            query(
                    latest(year, type, ministry)
                        + """
        SELECT count(*), avg(score), count(*) FILTER (WHERE score >= :target) FROM scoped""",
                    ministry)
                .setParameter("target", target)
                .getSingleResult();
    return new Aggregate(
        ((Number) row[0]).longValue(), (BigDecimal) row[1], ((Number) row[2]).longValue());
  }

  @SuppressWarnings("unchecked")
  public List<Object[]> levels(int year, String type, String ministry) {
    return query(
            latest(year, type, ministry)
                + "SELECT level_code, count(*) FROM scoped GROUP BY level_code",
            ministry)
        .getResultList();
  }

  @SuppressWarnings("unchecked")
  public List<Object[]> indicatorAverages(int year, String type, String ministry) {
    return query(
            latest(year, type, ministry)
                + """
        SELECT cast(e.key AS integer) AS number, avg(cast(e.value AS numeric)), count(*)
        FROM scoped, jsonb_each_text(scoped.indicator_scores) e
        GROUP BY 1 ORDER BY 1""",
            ministry)
        .getResultList();
  }

  /**
   * Changes whenever the year's ranks can change: a FINAL result is published (or corrected), or an
   * agency's type or ministry changes. Cheap, so that the ranks themselves can be kept.
   */
  public String standingsStamp(int year) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    """
        SELECT count(*), max(published_at), (SELECT max(updated_at) FROM agency)
        FROM assessment_result WHERE fiscal_year = :year AND round = 'FINAL' AND status = 'PUBLISHED'""")
                .setParameter("year", year)
                .getSingleResult();
    return row[0] + "/" + row[1] + "/" + row[2];
  }

  /** Every agency's ranks in the year, nationally, in its type and in its ministry. */
  public Map<String, Standing> standings(int year) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                latest(year, null, null)
                    + """
        SELECT agency_code,
               rank() OVER (ORDER BY score DESC) AS national_rank, count(*) OVER () AS national_of,
               rank() OVER (PARTITION BY agency_type ORDER BY score DESC) AS type_rank,
               count(*) OVER (PARTITION BY agency_type) AS type_of,
               CASE WHEN ministry_code IS NULL THEN NULL ELSE rank() OVER (PARTITION BY ministry_code ORDER BY score DESC) END AS ministry_rank,
               CASE WHEN ministry_code IS NULL THEN NULL ELSE count(*) OVER (PARTITION BY ministry_code) END AS ministry_of,
               100.0 * (count(*) OVER () - rank() OVER (ORDER BY score DESC)) / greatest(count(*) OVER () - 1, 1) AS percentile
        FROM scoped""")
            .getResultList();
    Map<String, Standing> standings = new HashMap<>();
    for (Object[] r : rows) {
      standings.put(
          (String) r[0],
          new Standing(
              ((Number) r[1]).longValue(),
              ((Number) r[2]).longValue(),
              ((Number) r[3]).longValue(),
              ((Number) r[4]).longValue(),
              r[5] == null ? null : ((Number) r[5]).longValue(),
              r[6] == null ? null : ((Number) r[6]).longValue(),
              Scores.display((BigDecimal) r[7])));
    }
    return standings;
  }
}
