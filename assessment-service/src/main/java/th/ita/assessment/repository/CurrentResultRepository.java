package th.ita.assessment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.platform.common.persistence.JsonColumnMapper;

/**
 * Each agency's current published result per year and round (table {@code current_result}): the
 * figures rankings and benchmarks read ({@link RankingRepository}).
 */
@ApplicationScoped
public class CurrentResultRepository {

  private final EntityManager em;

  public CurrentResultRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * A revision published, with the two-decimal score it is published with, rounded by the caller as
   * the result shows it ({@code Scores.display}); rankings and benchmarks read it as it is.
   */
  public record Published(AssessmentResult result, BigDecimal publishedScore) {}

  private static final String UPSERT =
      """
      INSERT INTO current_result (fiscal_year, round, agency_code, revision, result_id,
                                  overall_score, published_score, level_code,
                                  indicator_scores, published_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, cast(? AS jsonb), ?)
      ON CONFLICT (fiscal_year, round, agency_code) DO UPDATE SET
        revision = EXCLUDED.revision, result_id = EXCLUDED.result_id,
        overall_score = EXCLUDED.overall_score, published_score = EXCLUDED.published_score,
        level_code = EXCLUDED.level_code,
        indicator_scores = EXCLUDED.indicator_scores, published_at = EXCLUDED.published_at
      WHERE current_result.revision < EXCLUDED.revision""";

  /**
   * Records revisions as published: each becomes the current result of its agency, year and round
   * unless a newer revision already is. At most one revision of each agency, year and round: the
   * driver sends the batch as one multi-row statement, which PostgreSQL refuses to let change a row
   * twice. One JDBC batch, in the caller's transaction; it does not need the revisions' own rows,
   * which an import inserts at commit. An import writes a group's revisions together: a statement
   * per agency through Hibernate had been 6% of what assessment-service spent on an import.
   */
  public void published(List<Published> revisions) {
    if (revisions.isEmpty()) {
      return;
    }
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (Published p : revisions) {
                  AssessmentResult r = p.result();
                  upsert.setInt(1, r.fiscalYear);
                  upsert.setString(2, r.round.name());
                  upsert.setString(3, r.agencyCode);
                  upsert.setInt(4, r.revision);
                  upsert.setObject(5, r.id);
                  upsert.setBigDecimal(6, r.overallScore);
                  upsert.setBigDecimal(7, p.publishedScore());
                  upsert.setString(8, r.levelCode);
                  // As Hibernate writes assessment_result's: both columns hold the same numbers.
                  upsert.setString(9, JsonColumnMapper.write(r.indicatorScores));
                  upsert.setObject(10, r.publishedAt);
                  upsert.addBatch();
                }
                upsert.executeBatch();
              }
            });
  }
}
