package th.ita.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bulk import of results: accepted with its rows staged, then loaded agency by agency. */
@Entity
@Table(name = "import_job")
public class ImportJob extends PanacheEntityBase {

  @Schema(name = "ImportState") // a generated client would otherwise get a class named just "State"
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  public enum FileFormat {
    CSV,
    XLSX
  }

  @Id public UUID id;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  @Column(name = "file_name")
  public String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "file_format")
  public FileFormat fileFormat;

  @Column(name = "file_sha256")
  public String fileSha256;

  public boolean publish;

  @Column(name = "create_agencies")
  public boolean createAgencies;

  /** Given when the file is meant to correct published results; each correction records it. */
  @Column(name = "correction_reason")
  public String correctionReason;

  @Enumerated(EnumType.STRING)
  public State state;

  @Column(name = "rows_total")
  public int rowsTotal;

  @Column(name = "rows_done")
  public int rowsDone;

  @Column(name = "agencies_total")
  public int agenciesTotal;

  @Column(name = "agencies_loaded")
  public int agenciesLoaded;

  @Column(name = "agencies_unchanged")
  public int agenciesUnchanged;

  @Column(name = "agencies_rejected")
  public int agenciesRejected;

  @Column(name = "agencies_created")
  public int agenciesCreated;

  /**
   * Why the job stopped, when it failed for a reason that is not one agency's data; while it is
   * queued again, why its last attempt failed.
   */
  public String failure;

  /** How many times a worker has taken the job; see {@code JobTable}. */
  public int attempts;

  /** When a job whose attempt failed may be tried again. */
  @Column(name = "retry_at")
  public OffsetDateTime retryAt;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "started_at")
  public OffsetDateTime startedAt;

  @Column(name = "heartbeat_at")
  public OffsetDateTime heartbeatAt;

  @Column(name = "finished_at")
  public OffsetDateTime finishedAt;

  @Version public long version;

  public boolean isFinished() {
    return state == State.DONE || state == State.FAILED;
  }
}
