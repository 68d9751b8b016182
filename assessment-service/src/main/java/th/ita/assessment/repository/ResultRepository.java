package th.ita.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.ResultInput.Round;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<AssessmentResult, UUID> {

  /** Every revision, oldest first. */
  public List<AssessmentResult> revisions(String agency, int fiscalYear, Round round) {
    return list(
        "agencyCode = ?1 and fiscalYear = ?2 and round = ?3 order by revision",
        agency,
        fiscalYear,
        round);
  }

  public Optional<AssessmentResult> latest(String agency, int fiscalYear, Round round) {
    return find(
            "agencyCode = ?1 and fiscalYear = ?2 and round = ?3 order by revision desc",
            agency,
            fiscalYear,
            round)
        .firstResultOptional();
  }

  public Optional<AssessmentResult> latestPublished(String agency, int fiscalYear, Round round) {
    return find(
            "agencyCode = ?1 and fiscalYear = ?2 and round = ?3 and status = ?4 order by revision desc",
            agency,
            fiscalYear,
            round,
            Status.PUBLISHED)
        .firstResultOptional();
  }

  /** The newest revision of each of the agencies' results, per round, in one query. */
  public List<AssessmentResult> latestOf(Collection<String> agencies, int fiscalYear) {
    return getEntityManager()
        .createQuery(
            """
            select a from AssessmentResult a
            where a.agencyCode in :agencies and a.fiscalYear = :year
              and a.revision = (select max(r.revision) from AssessmentResult r
                                where r.agencyCode = a.agencyCode and r.fiscalYear = a.fiscalYear and r.round = a.round)""",
            AssessmentResult.class)
        .setParameter("agencies", agencies)
        .setParameter("year", fiscalYear)
        .getResultList();
  }

  public boolean anyForYear(int fiscalYear) {
    return count("fiscalYear", fiscalYear) > 0;
  }

  /** Rounds that exist for the agency and year, FINAL first. */
  public List<Round> rounds(String agency, int fiscalYear) {
    return rounds(agency, fiscalYear, true);
  }

  /**
   * The rounds with a result, or with a published one: what a caller who may not see drafts can
   * know of.
   */
  public List<Round> rounds(String agency, int fiscalYear, boolean includeDrafts) {
    var query =
        getEntityManager()
            .createQuery(
                "select distinct r.round from AssessmentResult r where r.agencyCode = ?1 and r.fiscalYear = ?2"
                    + (includeDrafts ? "" : " and r.status = ?3"),
                Round.class)
            .setParameter(1, agency)
            .setParameter(2, fiscalYear);
    if (!includeDrafts) {
      query.setParameter(3, Status.PUBLISHED);
    }
    return query.getResultList().stream().sorted().toList();
  }
}
