package th.ita.reporting.job;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report rendered in the background, and when done its file. */
@Entity
@Table(name = "report_job")
public class ReportJob extends PanacheEntityBase {

  @Schema(name = "ReportJobState")
  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id public UUID id;
  public String kind;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  public String ministry;
  public String format;
  public String lang;

  @Enumerated(EnumType.STRING)
  public State state;

  public int progress;

  /** How many times a worker has taken the job; see {@code JobTable}. */
  public int attempts;

  @Column(name = "requested_by")
  public String requestedBy;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "started_at")
  public OffsetDateTime startedAt;

  @Column(name = "heartbeat_at")
  public OffsetDateTime heartbeatAt;

  @Column(name = "retry_at")
  public OffsetDateTime retryAt;

  @Column(name = "finished_at")
  public OffsetDateTime finishedAt;

  /** Why the job failed, or while it is retried, why its last attempt failed. */
  public String error;

  @Column(name = "file_name")
  public String fileName;

  @Column(name = "content_type")
  public String contentType;

  @Column(name = "file_size")
  public Long fileSize;

  /** Loaded only when downloaded. */
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "file")
  public byte[] file;
}
