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

/** One event for one subscription: its attempts so far and what the receiver answered last. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

  public enum State {
    /**
     * Waiting for its next attempt (or for the one before it, or for its subscription's resume).
     */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt of the retry schedule failed: given up, until redelivered. */
    FAILED
  }

  @Id public UUID id;

  /** Assigned by the database in fan-out order: the order deliveries go out in. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "subscription_id")
  public UUID subscriptionId;

  @Column(name = "event_id")
  public String eventId;

  /** The event's agency ("" when it names none): deliveries are in order per agency. */
  @Column(name = "agency_code")
  public String agencyCode;

  @Enumerated(EnumType.STRING)
  public State state;

  public int attempts;

  @Column(name = "next_attempt_at")
  public OffsetDateTime nextAttemptAt;

  @Column(name = "last_attempt_at")
  public OffsetDateTime lastAttemptAt;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_latency_ms")
  public Integer lastLatencyMs;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "delivered_at")
  public OffsetDateTime deliveredAt;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;
}
