package th.ita.assessment.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import th.ita.assessment.domain.PublishedView;
import th.ita.assessment.domain.ResultInput.Round;

/** The stored views of published revisions (table {@code published_result_view}). */
@ApplicationScoped
public class PublishedViewRepository implements PanacheRepositoryBase<PublishedView, UUID> {

  /**
   * The stored view of the revision a GET shows: the round asked for, or FINAL when there is one,
   * and its newest revision. With {@code includeDrafts}, only if no draft comes after it (a newer
   * revision of the round, or a FINAL draft where the view is INTERIM and no round was asked for):
   * the caller then sees that draft, which has no stored view. Empty also when the newest published
   * revision has no row of its own. One read of the (agency, year, round, revision) index.
   */
  public Optional<PublishedView> latest(
      String agencyCode, int fiscalYear, Round round, boolean includeDrafts) {
    @SuppressWarnings("unchecked")
    List<PublishedView> rows =
        shown(
                getEntityManager()
                    .createNativeQuery(shownSql("v.*", includeDrafts), PublishedView.class),
                agencyCode,
                fiscalYear,
                round)
            // Only read: no snapshot of the view's bytes is kept to check for changes.
            .setHint(HibernateHints.HINT_READ_ONLY, true)
            .getResultList();
    return rows.stream().findFirst();
  }

  /**
   * The ETag of the stored view {@link #latest} would find for a caller who may see drafts, without
   * reading the view itself: null when it would find none, or one not rendered yet.
   */
  public String latestEtag(String agencyCode, int fiscalYear, Round round) {
    // Without a result class: Hibernate keys its plans of native queries by their result mapping,
    // and a mapping made for a class anew on each call missed that cache every time, filling it.
    List<?> etags =
        shown(
                getEntityManager().createNativeQuery(shownSql("v.etag", true)),
                agencyCode,
                fiscalYear,
                round)
            .getResultList();
    return etags.isEmpty() ? null : (String) etags.get(0);
  }

  private static String shownSql(String columns, boolean includeDrafts) {
    String newerDraft =
        includeDrafts
            ? """
              AND NOT EXISTS (SELECT 1 FROM assessment_result r
                WHERE r.agency_code = v.agency_code AND r.fiscal_year = v.fiscal_year
                  AND ((r.round = v.round AND r.revision > v.revision)
                    OR (cast(:round AS varchar) IS NULL AND v.round = 'INTERIM' AND r.round = 'FINAL')))
              """
            : "";
    return "SELECT "
        + columns
        + """
         FROM published_result_view v
        WHERE v.agency_code = :agency AND v.fiscal_year = :year
          AND (cast(:round AS varchar) IS NULL OR v.round = cast(:round AS varchar))
        """
        + newerDraft
        + """
        ORDER BY CASE v.round WHEN 'FINAL' THEN 0 ELSE 1 END, v.revision DESC
        LIMIT 1""";
  }

  private static Query shown(Query query, String agencyCode, int fiscalYear, Round round) {
    return query
        .setParameter("agency", agencyCode.toUpperCase())
        .setParameter("year", fiscalYear)
        .setParameter("round", round == null ? null : round.name());
  }

  /**
   * Stores a view rendered from the agency as it stood at {@code agencyVersion}, unless the view is
   * there already or the agency has changed since (its rename empties the views, and a view of the
   * old names must not come back). The agency's row is share-locked, so a rename either waits for
   * this or is seen by it.
   */
  public boolean fill(
      UUID resultId, byte[] view, int ranksAt, String etag, String agencyCode, long agencyVersion) {
    Object current =
        getEntityManager()
            .createNativeQuery("SELECT version FROM agency WHERE code = :code FOR SHARE")
            .setParameter("code", agencyCode)
            .getSingleResult();
    if (((Number) current).longValue() != agencyVersion) {
      return false;
    }
    return getEntityManager()
            .createNativeQuery(
                """
                UPDATE published_result_view SET view = :view, ranks_at = :ranksAt, etag = :etag
                WHERE result_id = :id AND view IS NULL""")
            .setParameter("view", view)
            .setParameter("ranksAt", ranksAt)
            .setParameter("etag", etag)
            .setParameter("id", resultId)
            .executeUpdate()
        == 1;
  }

  /** Empties an agency's views, which show its names, when they change. */
  public int forget(String agencyCode) {
    return update("view = null, ranksAt = null, etag = null where agencyCode = ?1", agencyCode);
  }
}
