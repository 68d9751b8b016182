package th.ita.measures.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import th.ita.measures.domain.EvidenceFile;

/** Evidence files' metadata. */
@ApplicationScoped
public class EvidenceFileRepository implements PanacheRepositoryBase<EvidenceFile, UUID> {

  /** The bytes all files of a measure's evidence take together. */
  public long totalBytesOfMeasure(UUID measureId) {
    return getEntityManager()
        .createQuery(
            "select coalesce(sum(f.size), 0) from EvidenceFile f where f.evidence.measureId = ?1",
            Long.class)
        .setParameter(1, measureId)
        .getSingleResult();
  }
}
