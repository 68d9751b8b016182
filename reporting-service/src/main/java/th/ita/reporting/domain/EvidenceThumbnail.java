package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The thumbnail of one evidence photo, fetched once from measures-service: queued when the read
 * model first holds the file, kept while the entry has it.
 */
@Entity
@Table(name = "report_evidence_thumbnail")
public class EvidenceThumbnail extends PanacheEntityBase {

  /** Where a thumbnail stands. */
  public enum State {
    /** To be fetched at {@code nextAttemptAt}. */
    PENDING,
    /** Fetched: {@code bytes} hold it. */
    FETCHED,
    /** measures-service has none (404, 409, 410): never asked again for this content. */
    GONE
  }

  @Id
  @Column(name = "file_id")
  public UUID fileId;

  @Column(name = "evidence_id")
  public UUID evidenceId;

  @Column(name = "measure_id")
  public UUID measureId;

  @Column(name = "file_name")
  public String fileName;

  /** The SHA-256 of the photo the thumbnail is of. */
  public String sha256;

  @Enumerated(EnumType.STRING)
  public State state;

  public int attempts;

  @Column(name = "next_attempt_at")
  public OffsetDateTime nextAttemptAt;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "media_type")
  public String mediaType;

  public byte[] bytes;

  @Column(name = "queued_at")
  public OffsetDateTime queuedAt;

  @Column(name = "fetched_at")
  public OffsetDateTime fetchedAt;
}
