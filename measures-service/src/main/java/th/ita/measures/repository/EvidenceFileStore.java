package th.ita.measures.repository;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of evidence files are kept, by file id; their metadata is always in the service's
 * own database. The default keeps them in PostgreSQL ({@link PostgresEvidenceFileStore}), in the
 * caller's transaction, so a file is stored exactly when its metadata is. {@link
 * S3EvidenceFileStore} keeps them in S3-compatible object storage; it cannot share the transaction,
 * so it writes before the metadata commits, deletes again on a rollback, deletes a file's bytes
 * only once the metadata's deletion committed, and tolerates a delete of bytes it never received.
 * {@link EvidenceFileStores} chooses one at start-up.
 */
public interface EvidenceFileStore {

  /**
   * Keeps the bytes of a new file.
   *
   * @throws th.ita.measures.domain.EvidenceFilesUnavailableException when the store cannot be
   *     reached (503)
   */
  void put(UUID fileId, byte[] content);

  /** The bytes of a file, or empty when the store holds none for it. */
  Optional<byte[]> get(UUID fileId);

  /** Forgets the bytes of a file; nothing happens when there are none. */
  void delete(UUID fileId);
}
