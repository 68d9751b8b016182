package th.ita.assessment;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import th.ita.platform.common.outbox.OutboxEvent;

/**
 * The test broker's topics through SmallRye's {@link KafkaCompanion}. A test marks a topic's end
 * offsets before it acts, waits until the outbox has sent what the action wrote, and then reads
 * exactly the records between the mark and the topic's end: what was sent, and nothing more.
 */
final class Kafka {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static KafkaCompanion companion;

  private Kafka() {}

  /** A record as a test reads it: key, value, headers and where it sits. */
  record Event(String key, String value, Map<String, String> headers, int partition, long offset) {
    String ceId() {
      return headers.get("ce_id");
    }

    String ceType() {
      return headers.get("ce_type");
    }
  }

  static synchronized KafkaCompanion companion() {
    if (companion == null) {
      companion = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
    return companion;
  }

  /** Where the next record of each partition will be written: the mark a test reads from. */
  static Map<TopicPartition, Long> endOffsets(String topic) {
    Map<TopicPartition, OffsetSpec> request = companion().topics().describe(topic).get(topic).partitions().stream()
        .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    companion().offsets().list(request).forEach((tp, info) -> offsets.put(tp, info.offset()));
    return offsets;
  }

  /** The first record after {@code from} that matches, waiting up to {@code timeout} for it. */
  static Event awaitEvent(Map<TopicPartition, Long> from, Predicate<Event> match, Duration timeout) {
    try (ConsumerTask<String, String> task = companion().consumeStrings().fromOffsets(from)) {
      await().atMost(timeout).until(() -> task.stream().map(Kafka::event).anyMatch(match));
      return task.stream().map(Kafka::event).filter(match).findFirst().orElseThrow();
    }
  }

  static Event awaitEvent(Map<TopicPartition, Long> from, Predicate<Event> match) {
    return awaitEvent(from, match, TIMEOUT);
  }

  /**
   * Every record written to the topic since {@code from}, once the outbox holds nothing unsent for
   * {@code keys}: everything those keys' changes announced, and nothing that might still come.
   */
  static List<Event> sentSince(Map<TopicPartition, Long> from, Collection<String> keys) {
    await().atMost(TIMEOUT).until(() -> QuarkusTransaction.requiringNew().call(() ->
        OutboxEvent.count("key in ?1 and publishedAt is null and status = ?2", keys, OutboxEvent.Status.PENDING)) == 0);
    String topic = from.keySet().iterator().next().topic();
    return between(from, endOffsets(topic));
  }

  /** Every record from {@code from} up to (not including) {@code to}. */
  static List<Event> between(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
    long count = from.entrySet().stream().mapToLong(e -> to.get(e.getKey()) - e.getValue()).sum();
    if (count == 0) {
      return List.of();
    }
    try (ConsumerTask<String, String> task = companion().consumeStrings().fromOffsets(from)) {
      await().atMost(TIMEOUT).until(() -> task.stream()
          .filter(r -> r.offset() < to.get(new TopicPartition(r.topic(), r.partition()))).count() == count);
      return task.stream().filter(r -> r.offset() < to.get(new TopicPartition(r.topic(), r.partition())))
          .map(Kafka::event).toList();
    }
  }

  private static Event event(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
    }
    return new Event(r.key(), r.value(), headers, r.partition(), r.offset());
  }
}
