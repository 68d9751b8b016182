package th.ita.platform.common.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.time.Stamps;

/**
 * Records an event in the same transaction as the change it announces. If the transaction rolls
 * back, the event never existed; if it commits, the relay will deliver it, even after a crash or
 * while Kafka is down. Services never send to Kafka directly.
 *
 * <p>An event larger than the topics accept could never be delivered; it would only stall the
 * relay. So its size is checked here, in the writing transaction, and the change is refused.
 */
@ApplicationScoped
public class Outbox {

  private static final String NOTIFIED = Outbox.class.getName() + ".notified";

  private final ObjectMapper json;
  private final long maxEventBytes;
  private final TransactionSynchronizationRegistry transaction;
  private final Clock clock;

  public Outbox(
      ObjectMapper json,
      TransactionSynchronizationRegistry transaction,
      Clock clock,
      @ConfigProperty(name = "ita.outbox.max-event-bytes", defaultValue = "1000000")
          long maxEventBytes) {
    this.json = json;
    this.transaction = transaction;
    this.clock = clock;
    this.maxEventBytes = maxEventBytes;
  }

  /**
   * @param topic the Kafka topic
   * @param key the partition key; events with the same key (an agency code) arrive in order
   * @param type the CloudEvent type, a plain name from {@code EventTypes} such as {@code
   *     AgencyRegistered}
   * @param subject the CloudEvent subject, e.g. the agency code or a measure id
   * @param data the snapshot carried as the CloudEvent's data, serialised as JSON
   * @return the event id, which consumers use to ignore redeliveries
   * @throws EventTooLargeException when the event would pass {@code ita.outbox.max-event-bytes}
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID enqueue(String topic, String key, String type, String subject, Object data) {
    return enqueue(topic, key, type, subject, null, data);
  }

  /**
   * {@link #enqueue(String, String, String, String, Object)} for a type whose data has more than
   * one version: {@code dataSchema} names the version (a URI such as {@code
   * urn:ita:events:result-published:v2}), and travels as the CloudEvent attribute {@code
   * dataschema}, so consumers tell the versions apart while both are on the topic.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UUID enqueue(
      String topic, String key, String type, String subject, String dataSchema, Object data) {
    OutboxEvent event = new OutboxEvent();
    event.id = UUID.randomUUID();
    event.topic = topic;
    event.key = key;
    event.type = type;
    event.subject = subject;
    event.dataSchema = dataSchema;
    event.occurredAt = Stamps.now(clock);
    try {
      event.payload = json.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Event data of " + type + " is not serialisable", e);
    }
    long size = EventSize.of(key, type, subject, event.payload) + EventSize.of(dataSchema);
    if (size > maxEventBytes) {
      throw new EventTooLargeException(type, size, maxEventBytes);
    }
    event.sizeBytes = (int) size;
    event.persist();
    wakeRelayOnCommit();
    return event.id;
  }

  /**
   * Notifies {@link OutboxWakeUp}'s channel, once per transaction: PostgreSQL delivers it when the
   * transaction commits, and never if it rolls back.
   */
  private void wakeRelayOnCommit() {
    if (transaction.getResource(NOTIFIED) == null) {
      Panache.getEntityManager()
          .createNativeQuery("SELECT pg_notify('" + OutboxWakeUp.CHANNEL + "', '')")
          .getSingleResult();
      transaction.putResource(NOTIFIED, Boolean.TRUE);
    }
  }
}
