package th.ita.assessment.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import org.hibernate.query.NativeQuery;
import th.ita.assessment.domain.AssessmentResult;

/**
 * Each agency's current published result per year and round (table {@code current_result}): the
 * figures rankings and benchmarks read ({@link RankingRepository}).
 */
@ApplicationScoped
public class CurrentResultRepository {

  /**
   * Writes the indicator scores as Hibernate writes {@code assessment_result.indicator_scores}
   * (platform-common's JsonColumnMapper), so both columns hold the same numbers.
   */
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final EntityManager em;

  public CurrentResultRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * Records a revision as published: it becomes the current result of its agency, year and round
   * unless a newer revision already is. One statement, in the caller's transaction; it does not
   * need the revision's own row, which an import inserts at commit. {@code publishedScore} is the
   * two-decimal score the revision is published with, rounded by the caller as the result shows it
   * ({@code Scores.display}); rankings and benchmarks read it as it is.
   */
  public void published(AssessmentResult result, BigDecimal publishedScore) {
    // Typed, so that a result without an overall score, level or indicator scores binds its nulls.
    em.createNativeQuery(
            """
            INSERT INTO current_result (fiscal_year, round, agency_code, revision, result_id,
                                        overall_score, published_score, level_code,
                                        indicator_scores, published_at)
            VALUES (:year, :round, :agency, :revision, :id, :overall, :published, :level,
                    cast(:indicators AS jsonb), :publishedAt)
            ON CONFLICT (fiscal_year, round, agency_code) DO UPDATE SET
              revision = EXCLUDED.revision, result_id = EXCLUDED.result_id,
              overall_score = EXCLUDED.overall_score, published_score = EXCLUDED.published_score,
              level_code = EXCLUDED.level_code,
              indicator_scores = EXCLUDED.indicator_scores, published_at = EXCLUDED.published_at
            WHERE current_result.revision < EXCLUDED.revision""")
        .unwrap(NativeQuery.class)
        .setParameter("year", result.fiscalYear)
        .setParameter("round", result.round.name())
        .setParameter("agency", result.agencyCode)
        .setParameter("revision", result.revision)
        .setParameter("id", result.id)
        .setParameter("overall", result.overallScore, BigDecimal.class)
        .setParameter("published", publishedScore, BigDecimal.class)
        .setParameter("level", result.levelCode, String.class)
        .setParameter("indicators", indicators(result), String.class)
        .setParameter("publishedAt", result.publishedAt)
        .executeUpdate();
  }

  private static String indicators(AssessmentResult result) {
    if (result.indicatorScores == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(result.indicatorScores);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
