package th.ita.measures.repository;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of evidence files are kept, by file id; their metadata is always in the service's
 * own database. The default keeps them in PostgreSQL ({@link PostgresEvidenceFileStore}), in the
 * caller's transaction, so a file is stored exactly when its metadata is. A store outside the
 * database (S3-compatible object storage) would be another implementation of this interface; it
 * cannot share the transaction, so it should write before the metadata commits and tolerate a
 * delete of bytes it never received.
 */
public interface EvidenceFileStore {

  /** Keeps the bytes of a new file. */
  void put(UUID fileId, byte[] content);

  /** The bytes of a file, or empty when the store holds none for it. */
  Optional<byte[]> get(UUID fileId);

  /** Forgets the bytes of a file; nothing happens when there are none. */
  void delete(UUID fileId);
}
