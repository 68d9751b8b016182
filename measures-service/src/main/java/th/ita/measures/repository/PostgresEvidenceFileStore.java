package th.ita.measures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import java.util.Optional;
import java.util.UUID;
import th.ita.measures.domain.EvidenceFileContent;

/**
 * Evidence files' bytes in PostgreSQL's {@code evidence_file_content} (bytea), written and deleted
 * in the caller's transaction. Reads fetch the column alone, so the bytes never enter the
 * persistence context. The default store ({@link EvidenceFileStores}).
 */
@ApplicationScoped
@Typed(PostgresEvidenceFileStore.class)
public class PostgresEvidenceFileStore implements EvidenceFileStore {

  @Override
  public void put(UUID fileId, byte[] content) {
    EvidenceFileContent row = new EvidenceFileContent();
    row.fileId = fileId;
    row.content = content;
    row.persist();
    // Written now, so the (possibly large) bytes are not kept for the commit's flush and
    // dirty-checked again.
    EvidenceFileContent.getEntityManager().flush();
    EvidenceFileContent.getEntityManager().detach(row);
  }

  @Override
  public Optional<byte[]> get(UUID fileId) {
    return EvidenceFileContent.getEntityManager()
        .createQuery(
            "select c.content from EvidenceFileContent c where c.fileId = ?1", byte[].class)
        .setParameter(1, fileId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void delete(UUID fileId) {
    EvidenceFileContent.delete("fileId", fileId);
  }
}
