package th.ita.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the test broker from the beginning, as an outside consumer would, so tests can
 * assert what the platform really put on Kafka (key, CloudEvent headers, JSON data).
 *
 * <p>SmallRye's {@code KafkaCompanion}, on the test classpath through this module, does the same
 * and counts by offsets; new tests use it, and this class stays until the last one has moved.
 */
public final class TopicReader {

  /** One record as a test sees it. */
  public record Event(String key, String value, Map<String, String> headers, int partition, long offset) {
    public String ceType() {
      return headers.get("ce_type");
    }

    public String ceId() {
      return headers.get("ce_id");
    }
  }

  private TopicReader() {}

  /** Waits until a record matches, or fails after {@code timeout}. */
  public static Event awaitEvent(String topic, Predicate<Event> match, Duration timeout) {
    List<Event> seen = new ArrayList<>();
    Instant deadline = Instant.now().plus(timeout);
    try (KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of(topic));
      while (Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(250))) {
          Event event = toEvent(r);
          seen.add(event);
          if (match.test(event)) {
            return event;
          }
        }
      }
    }
    throw new AssertionError("No matching event on " + topic + " within " + timeout + "; saw " + seen);
  }

  /** Every record currently on the topic. */
  public static List<Event> readAll(String topic, Duration quiet) {
    List<Event> events = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      consumer.subscribe(List.of(topic));
      Instant lastSeen = Instant.now();
      while (Duration.between(lastSeen, Instant.now()).compareTo(quiet) < 0) {
        var records = consumer.poll(Duration.ofMillis(200));
        if (!records.isEmpty()) {
          lastSeen = Instant.now();
        }
        records.forEach(r -> events.add(toEvent(r)));
      }
    }
    return events;
  }

  /** Each partition's end offset now: the position the next record will take. */
  public static Map<Integer, Long> endOffsets(String topic) {
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<TopicPartition> partitions = partitions(consumer, topic);
      Map<Integer, Long> ends = new HashMap<>();
      consumer.endOffsets(partitions).forEach((tp, end) -> ends.put(tp.partition(), end));
      return ends;
    }
  }

  /**
   * Every record written since {@code from} (as returned by {@link #endOffsets}), up to each
   * partition's end now: an exact account of what arrived in between, with no waiting for quiet.
   */
  public static List<Event> readSince(String topic, Map<Integer, Long> from) {
    List<Event> events = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<TopicPartition> partitions = partitions(consumer, topic);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      consumer.assign(partitions);
      partitions.forEach(tp -> consumer.seek(tp, from.getOrDefault(tp.partition(), 0L)));
      Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
        if (Instant.now().isAfter(deadline)) {
          throw new AssertionError("Could not read " + topic + " up to " + end + " within 30 s");
        }
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
          if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
            events.add(toEvent(r));
          }
        }
      }
    }
    return events;
  }

  private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
    return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
  }

  private static Event toEvent(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
    }
    return new Event(r.key(), r.value(), headers, r.partition(), r.offset());
  }

  private static KafkaConsumer<String, String> consumer() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, PlatformTestResource.kafka().bootstrapServers());
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }
}
