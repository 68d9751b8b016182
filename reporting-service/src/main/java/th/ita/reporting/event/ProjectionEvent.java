package th.ita.reporting.event;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One event as the projections see it, whether it arrived on a live channel or is being replayed
 * by a rebuild: the CloudEvent attributes that matter and the JSON data.
 */
public record ProjectionEvent(String topic, String id, String type, String source, String data) {

  public static ProjectionEvent live(String topic, String data, IncomingCloudEventMetadata<String> ce) {
    return new ProjectionEvent(topic, ce.getId(), ce.getType(), ce.getSource() == null ? null : ce.getSource().toString(), data);
  }

  /** A record read back from the topic: binary-mode CloudEvents carry their attributes as ce_ headers. */
  public static ProjectionEvent replayed(ConsumerRecord<String, String> record) {
    return new ProjectionEvent(record.topic(), header(record, "ce_id"), header(record, "ce_type"),
        header(record, "ce_source"), record.value());
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
