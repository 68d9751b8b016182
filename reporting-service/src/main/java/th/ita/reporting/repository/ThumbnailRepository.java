package th.ita.reporting.repository;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.ita.reporting.domain.EvidenceThumbnail;

/**
 * The queue and store of evidence photos' thumbnails. The projection keeps it in step with each
 * measure it writes, in the same transaction; the fetch job claims due rows one at a time with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so replicas never fetch the same one, and no row is
 * locked while its thumbnail is fetched.
 */
@ApplicationScoped
public class ThumbnailRepository {

  /** A thumbnail claimed for fetching: which file, of which entry, with which content. */
  public record Claimed(UUID fileId, UUID evidenceId, String sha256) {}

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

  /**
   * Claims the next thumbnail due to be fetched until {@code leaseUntil}: it is not due again
   * before then, so no other replica takes it while it is fetched, and one whose fetcher died is
   * taken again once the lease runs out. Rows another replica is claiming are skipped.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<Claimed> claimNextDue(OffsetDateTime now, OffsetDateTime leaseUntil) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                """
                UPDATE report_evidence_thumbnail SET next_attempt_at = :lease
                WHERE file_id = (SELECT file_id FROM report_evidence_thumbnail
                                 WHERE state = 'PENDING' AND next_attempt_at <= :now
                                 ORDER BY next_attempt_at, file_id
                                 LIMIT 1
                                 FOR UPDATE SKIP LOCKED)
                RETURNING file_id, evidence_id, sha256""")
            .setParameter("now", now)
            .setParameter("lease", leaseUntil)
            .getResultList();
    return rows.stream().findFirst().map(r -> new Claimed((UUID) r[0], (UUID) r[1], (String) r[2]));
  }

  /**
   * The claimed row, locked for recording what its fetch came to; empty when it changed meanwhile
   * (its photo removed, or replaced by other content, which is queued on its own).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<EvidenceThumbnail> lockClaimed(Claimed claimed) {
    return Optional.ofNullable(
            EvidenceThumbnail.<EvidenceThumbnail>findById(
                claimed.fileId(), LockModeType.PESSIMISTIC_WRITE))
        .filter(t -> t.state == EvidenceThumbnail.State.PENDING)
        .filter(t -> claimed.sha256().equals(t.sha256));
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
