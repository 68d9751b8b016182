package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * An event as it came from Kafka, kept once for every delivery of it: its CloudEvents attributes
 * and its JSON data, sent unchanged.
 */
@Entity
@Table(name = "webhook_event")
public class WebhookEvent extends PanacheEntityBase {

  /** The CloudEvent id, which is also each delivery's {@code webhook-id}. */
  @Id public String id;

  public String topic;
  public String type;
  public String source;
  public String subject;
  public OffsetDateTime time;

  @Column(name = "data_schema")
  public String dataSchema;

  /** The agency the event is about (its key on Kafka). */
  @Column(name = "agency_code")
  public String agencyCode;

  public String data;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;
}
