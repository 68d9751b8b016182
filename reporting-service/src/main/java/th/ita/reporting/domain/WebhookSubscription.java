package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Where a system wants the platform's events delivered as signed CloudEvents over HTTPS, which
 * events, and whose. Reporting-service's own data: a rebuild of the read model leaves it alone.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

  /** Whether deliveries go out. A paused subscription still collects its deliveries. */
  public enum Status {
    ACTIVE,
    PAUSED
  }

  @Id public UUID id;

  /** The user who created it: only they (and ita-admins) see it. */
  public String owner;

  public String url;

  /** The event types, comma separated (see {@link #eventTypes()}). */
  @Column(name = "event_types")
  public String eventTypes;

  /** Only this agency's events, when set. */
  @Column(name = "agency_code")
  public String agencyCode;

  /** Only events of this ministry's agencies, when set. */
  @Column(name = "ministry_code")
  public String ministryCode;

  public String description;

  /** The signing secret, encrypted (see {@code WebhookSecrets}). */
  public String secret;

  /** The secret before the last rotation, still signed with until {@link #previousSecretUntil}. */
  @Column(name = "previous_secret")
  public String previousSecret;

  @Column(name = "previous_secret_until")
  public OffsetDateTime previousSecretUntil;

  @Enumerated(EnumType.STRING)
  public Status status;

  /** Why it was paused: by its owner, or by the platform after continuous failures. */
  @Column(name = "paused_reason")
  public String pausedReason;

  @Column(name = "paused_at")
  public OffsetDateTime pausedAt;

  /** Since when every attempt has failed; null after a success. */
  @Column(name = "failing_since")
  public OffsetDateTime failingSince;

  /** Attempts failed in a row. */
  @Column(name = "failed_attempts")
  public int failedAttempts;

  @Version public long version;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  public List<String> eventTypes() {
    return Arrays.stream(eventTypes.split(",")).filter(t -> !t.isEmpty()).toList();
  }

  public void eventTypes(List<String> types) {
    this.eventTypes = String.join(",", types);
  }
}
