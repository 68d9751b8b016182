package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.ita.reporting.domain.EvidenceThumbnail;

/**
 * The queue and store of evidence photos' thumbnails. The projection keeps it in step with each
 * measure it writes, in the same transaction; the fetch job takes due rows one at a time with
 * {@code FOR UPDATE SKIP LOCKED}, so replicas never fetch the same one and a slow one holds up no
 * other.
 */
@ApplicationScoped
public class ThumbnailRepository {

  /** A photo of an evidence entry, as the measure's snapshot names it. */
  public record Photo(UUID fileId, UUID evidenceId, String fileName, String sha256) {}

  /**
   * Makes the measure's queue match its photos: a photo not known yet (or whose content changed) is
   * queued, one no longer in the entry is forgotten with its thumbnail. A photo measures-service
   * answered 404 for is queued again: the measure changed, and the photo may now be readable (its
   * plan published).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void keep(UUID measureId, List<Photo> photos, OffsetDateTime now) {
    EntityManager em = em();
    List<UUID> ids = photos.stream().map(Photo::fileId).toList();
    if (ids.isEmpty()) {
      em.createNativeQuery("DELETE FROM report_evidence_thumbnail WHERE measure_id = :m")
          .setParameter("m", measureId)
          .executeUpdate();
      return;
    }
    em.createNativeQuery(
            "DELETE FROM report_evidence_thumbnail WHERE measure_id = :m AND file_id NOT IN (:ids)")
        .setParameter("m", measureId)
        .setParameter("ids", ids)
        .executeUpdate();
    for (Photo p : photos) {
      em.createNativeQuery(
              """
              INSERT INTO report_evidence_thumbnail (file_id, evidence_id, measure_id, file_name, sha256, state,
                                                     next_attempt_at, queued_at)
              VALUES (:file, :evidence, :measure, :name, :sha, 'PENDING', :now, :now)
              ON CONFLICT (file_id) DO UPDATE SET
                evidence_id = EXCLUDED.evidence_id, measure_id = EXCLUDED.measure_id,
                file_name = EXCLUDED.file_name, sha256 = EXCLUDED.sha256, state = 'PENDING', attempts = 0,
                next_attempt_at = EXCLUDED.next_attempt_at, last_status = NULL, last_error = NULL,
                media_type = NULL, bytes = NULL, fetched_at = NULL, queued_at = EXCLUDED.queued_at
              WHERE report_evidence_thumbnail.sha256 <> EXCLUDED.sha256
                 OR (report_evidence_thumbnail.state = 'GONE' AND report_evidence_thumbnail.last_status = 404)""")
          .setParameter("file", p.fileId())
          .setParameter("evidence", p.evidenceId())
          .setParameter("measure", measureId)
          .setParameter("name", p.fileName())
          .setParameter("sha", p.sha256())
          .setParameter("now", now)
          .executeUpdate();
    }
  }

  /** Locks the next thumbnail due to be fetched, skipping those another replica is fetching. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<UUID> lockNextDue(OffsetDateTime now) {
    @SuppressWarnings("unchecked")
    List<UUID> ids =
        em().createNativeQuery(
                """
                SELECT file_id FROM report_evidence_thumbnail
                WHERE state = 'PENDING' AND next_attempt_at <= :now
                ORDER BY next_attempt_at, file_id
                LIMIT 1
                FOR UPDATE SKIP LOCKED""",
                UUID.class)
            .setParameter("now", now)
            .getResultList();
    return ids.stream().findFirst();
  }

  /** The fetched thumbnails among these files. */
  public List<EvidenceThumbnail> fetched(Collection<UUID> fileIds) {
    if (fileIds.isEmpty()) {
      return List.of();
    }
    return EvidenceThumbnail.list(
        "fileId in ?1 and state = ?2", fileIds, EvidenceThumbnail.State.FETCHED);
  }

  private static EntityManager em() {
    return Panache.getEntityManager();
  }
}
