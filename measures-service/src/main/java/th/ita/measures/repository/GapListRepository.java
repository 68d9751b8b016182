package th.ita.measures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import th.ita.measures.domain.GapList;
import th.ita.platform.common.persistence.JsonColumnMapper;

/**
 * Stores the gap lists built from published results, in one statement each: the list replaces the
 * stored one unless that was built from a newer revision (an older event brought again by a redrive
 * or a rebuild). Loading the stored list only to compare its revision had been a sixth of what
 * measures-service spent on a national import's results.
 */
@ApplicationScoped
public class GapListRepository {

  private static final String UPSERT =
      """
      INSERT INTO gap_list (agency_code, fiscal_year, assessment_year, result_revision,
                            overall_score, level_name_th, questions, framework_version,
                            source_event_id, received_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 AS jsonb), ?8, ?9, ?10)
      ON CONFLICT (agency_code, fiscal_year) DO UPDATE SET
        assessment_year = EXCLUDED.assessment_year, result_revision = EXCLUDED.result_revision,
        overall_score = EXCLUDED.overall_score, level_name_th = EXCLUDED.level_name_th,
        questions = EXCLUDED.questions, framework_version = EXCLUDED.framework_version,
        source_event_id = EXCLUDED.source_event_id, received_at = EXCLUDED.received_at
      WHERE gap_list.result_revision <= EXCLUDED.result_revision""";

  private final EntityManager em;

  public GapListRepository(EntityManager em) {
    this.em = em;
  }

  /** Stores the list, unless a list of a newer revision is stored. */
  public void keep(GapList list) {
    em.createNativeQuery(UPSERT)
        .setParameter(1, list.agencyCode)
        .setParameter(2, list.fiscalYear)
        .setParameter(3, list.assessmentYear)
        .setParameter(4, list.resultRevision)
        .setParameter(5, list.overallScore)
        .setParameter(6, list.levelNameTh)
        .setParameter(7, JsonColumnMapper.write(list.questions))
        .setParameter(8, list.frameworkVersion)
        .setParameter(9, list.sourceEventId)
        .setParameter(10, list.receivedAt)
        .executeUpdate();
  }
}
