package th.ita.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A file attached to an evidence entry: its name as uploaded, the type its bytes were found to be,
 * its size and SHA-256. The bytes are kept by an {@code EvidenceFileStore}, never loaded with this.
 */
@Entity
@Table(name = "evidence_file")
public class EvidenceFile extends PanacheEntityBase {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evidence_id")
  public Evidence evidence;

  @Column(name = "file_name")
  public String fileName;

  /** The media type detected from the bytes (one of {@link FileKind}'s). */
  @Column(name = "content_type")
  public String contentType;

  @Column(name = "size_bytes")
  public long size;

  /** Lower-case hex SHA-256 of the bytes; the download's ETag. */
  public String sha256;

  @Column(name = "uploaded_at")
  public OffsetDateTime uploadedAt;

  @Column(name = "uploaded_by")
  public String uploadedBy;

  /** Numbered by the database as files arrive: the order of an entry's files. */
  @Column(name = "upload_order", insertable = false, updatable = false)
  public Long uploadOrder;
}
