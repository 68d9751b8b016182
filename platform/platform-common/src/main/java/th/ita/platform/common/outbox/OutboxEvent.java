package th.ita.platform.common.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event waiting in the service's own database until the relay has handed it to Kafka. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

  @Id public UUID id;

  /** Assigned by the database; gives the relay a total order of the service's events. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String topic;

  @Column(name = "event_key")
  public String key;

  @Column(name = "event_type")
  public String type;

  public String subject;

  @JdbcTypeCode(SqlTypes.JSON)
  public String payload;

  @Column(name = "occurred_at")
  public OffsetDateTime occurredAt;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  public int attempts;

  @Column(name = "last_error")
  public String lastError;
}
