package th.ita.platform.common.consumer;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One event as a consumer sees it, whether it arrived on a live channel or is read back from its
 * topic (a rebuild): the CloudEvent attributes that matter and the JSON data.
 *
 * @param dataSchema the CloudEvent {@code dataschema}: which version of the type's data contract
 *     the data follows, or null for a type with a single version (and for events written before
 *     versions were named)
 */
public record ConsumedEvent(
    String topic, String id, String type, String source, String data, String dataSchema) {

  /** An event without a {@code dataschema}. */
  public ConsumedEvent(String topic, String id, String type, String source, String data) {
    this(topic, id, type, source, data, null);
  }

  public static ConsumedEvent live(
      String topic, String data, IncomingCloudEventMetadata<String> ce) {
    return new ConsumedEvent(
        topic,
        ce.getId(),
        ce.getType(),
        ce.getSource() == null ? null : ce.getSource().toString(),
        data,
        ce.getDataSchema().map(URI::toString).orElse(null));
  }

  /**
   * The event in a record, consumed live in a batch or read back from its topic (a rebuild):
   * binary-mode CloudEvents carry their attributes as ce_ headers.
   */
  public static ConsumedEvent replayed(ConsumerRecord<String, String> record) {
    return new ConsumedEvent(
        record.topic(),
        header(record, "ce_id"),
        header(record, "ce_type"),
        header(record, "ce_source"),
        record.value(),
        header(record, "ce_dataschema"));
  }

  /** "ResultPublished 1f0… on ita.results", for messages that name the event. */
  public String describe() {
    return type + " " + id + " on " + topic;
  }

  /** Whether the data follows the contract version {@code schema} (its {@code dataschema}). */
  public boolean follows(String schema) {
    return schema.equals(dataSchema);
  }

  /** An exception that dead-letters this event, saying why it cannot be applied. */
  public UnreadableEventException unreadable(String why) {
    return new UnreadableEventException(describe() + " " + why);
  }

  /** The record's last header {@code name} as text, or null. */
  public static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
