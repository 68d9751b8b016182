package th.ita.platform.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An event waiting in the service's own database until the relay has handed it to Kafka.
 *
 * <p>What it says is written once, when it is enqueued: an update (the relay's status and attempts,
 * an ita-admin's retry) writes only the columns that can change. Writing the data back with every
 * update took PostgreSQL 2 s of an import of 8,325 agencies.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

  @Id public UUID id;

  /** Assigned by the database; gives the relay a total order of the service's events. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(updatable = false)
  public String topic;

  @Column(name = "event_key", updatable = false)
  public String key;

  @Column(name = "event_type", updatable = false)
  public String type;

  @Column(updatable = false)
  public String subject;

  /**
   * The event's data, the JSON text the producer wrote: the relay sends these bytes, the ones
   * {@link EventSize} counted against the topic's limit.
   */
  @Column(updatable = false)
  public String payload;

  /**
   * The version of the data's contract, sent as the CloudEvent {@code dataschema} (a URI); null
   * when the type has a single version.
   */
  @Column(name = "data_schema", updatable = false)
  public String dataSchema;

  @Column(name = "occurred_at", updatable = false)
  public OffsetDateTime occurredAt;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  public int attempts;

  @Column(name = "last_error")
  public String lastError;

  @Enumerated(EnumType.STRING)
  public Status status = Status.PENDING;

  /** When the relay gave up on it; see {@link Status#FAILED}. */
  @Column(name = "parked_at")
  public OffsetDateTime parkedAt;

  /** The record's size as the relay hands it to Kafka: key, CloudEvent headers and data. */
  @Column(name = "size_bytes", updatable = false)
  public Integer sizeBytes;

  @Schema(name = "OutboxEventStatus")
  public enum Status {
    /** Waiting for the relay. */
    PENDING,
    /** Acknowledged by Kafka. */
    SENT,
    /**
     * Parked: Kafka refused it in a way no retry can fix (too large, invalid topic), so the relay
     * stopped trying and the events behind it leave. An ita-admin retries or discards it.
     */
    FAILED,
    /** Given up by an ita-admin; kept for the record, never sent. */
    DISCARDED
  }
}
