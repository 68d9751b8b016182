package th.ita.platform.testing;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes raw records to the test broker, as another service (or a broken one) would.
 *
 * <p>SmallRye's {@code KafkaCompanion}, on the test classpath through this module, does the same;
 * new tests use it, and this class stays until the last one has moved.
 */
public final class TopicWriter {

  private TopicWriter() {}

  public static void send(String topic, String key, String value, Map<String, String> headers) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafka().bootstrapServers());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
      headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
      producer.send(record).get();
    } catch (Exception e) {
      throw new IllegalStateException("Could not write to " + topic, e);
    }
  }

  /** A binary-mode CloudEvent, as the platform's outbox relay writes them. */
  public static void sendCloudEvent(String topic, String key, String id, String type, String json) {
    send(topic, key, json, Map.of(
        "ce_specversion", "1.0",
        "ce_id", id,
        "ce_type", type,
        "ce_source", "/test",
        "content-type", "application/json"));
  }
}
