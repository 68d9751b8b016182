package th.ita.platform.testing;

import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The test broker's topics through SmallRye's {@link KafkaCompanion}: records written as another
 * service would write them, and records read between two sets of offsets. A test marks a topic's
 * end offsets before it acts and then reads exactly the records written after the mark, so that it
 * states what was sent and nothing more.
 */
public final class TestTopics {

  /** The longest a test waits for a record to be written or read. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static KafkaCompanion companion;

  private TestTopics() {}

  /** A record as a test reads it: key, value, headers and where it sits. */
  public record Event(
      String key, String value, Map<String, String> headers, int partition, long offset) {
    public String ceId() {
      return headers.get("ce_id");
    }

    public String ceType() {
      return headers.get("ce_type");
    }
  }

  /** One companion for the test run, on the broker the Quarkus test configuration points at. */
  private static synchronized KafkaCompanion companion() {
    if (companion == null) {
      companion =
          new KafkaCompanion(
              ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }
    return companion;
  }

  /** Writes one record and waits until the broker has acknowledged it. */
  public static void send(String topic, String key, String value, Map<String, String> headers) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    sendNow(record);
  }

  /** A binary-mode CloudEvent, as the platform's outbox relay writes them. */
  public static void sendCloudEvent(String topic, String key, String id, String type, String json) {
    sendNow(cloudEvent(topic, key, id, type, json));
  }

  private static void sendNow(ProducerRecord<String, String> record) {
    companion().produceStrings().fromRecords(List.of(record)).awaitCompletion(TIMEOUT);
  }

  /** A binary-mode CloudEvent record, to send with others in one go ({@link #sendAll}). */
  public static ProducerRecord<String, String> cloudEvent(
      String topic, String key, String id, String type, String json) {
    return cloudEvent(topic, key, id, type, null, json);
  }

  /**
   * {@link #cloudEvent(String, String, String, String, String)} of a type with more than one
   * version: {@code dataSchema} names this one, as the outbox relay's {@code ce_dataschema} does.
   */
  public static ProducerRecord<String, String> cloudEvent(
      String topic, String key, String id, String type, String dataSchema, String json) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, json);
    if (dataSchema != null) {
      record.headers().add("ce_dataschema", dataSchema.getBytes(StandardCharsets.UTF_8));
    }
    Map.of(
            "ce_specversion",
            "1.0",
            "ce_id",
            id,
            "ce_type",
            type,
            "ce_source",
            "/test",
            "content-type",
            "application/json")
        .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
    return record;
  }

  /**
   * Writes the records together, as a burst of published events arrives, and waits until the broker
   * has acknowledged them all. The producer lingers and its batches are large, so that a
   * partition's records go in one batch: the broker appends it whole, and a consumer fetches it
   * whole, in one poll. In batches of the default 16 KB, a version 1 result (about 26 KB) went in
   * one of its own, and a consumer could poll between it and the next.
   */
  public static void sendAll(List<ProducerRecord<String, String>> records) {
    companion()
        .produceStrings()
        .withProp(ProducerConfig.LINGER_MS_CONFIG, 200)
        .withProp(ProducerConfig.BATCH_SIZE_CONFIG, 1_048_576)
        .fromRecords(records)
        .awaitCompletion(TIMEOUT);
  }

  /** Where the next record of each partition will be written: the mark a test reads from. */
  public static Map<TopicPartition, Long> endOffsets(String topic) {
    return offsets(topic, OffsetSpec.latest());
  }

  /** The first offset still kept in each partition, to read everything the topic holds. */
  public static Map<TopicPartition, Long> beginning(String topic) {
    return offsets(topic, OffsetSpec.earliest());
  }

  /** The first record after {@code from} that matches, waiting up to {@link #TIMEOUT} for it. */
  public static Event awaitEvent(Map<TopicPartition, Long> from, Predicate<Event> match) {
    return awaitEvent(from, match, TIMEOUT);
  }

  /** The first record after {@code from} that matches, waiting up to {@code timeout} for it. */
  public static Event awaitEvent(
      Map<TopicPartition, Long> from, Predicate<Event> match, Duration timeout) {
    try (ConsumerTask<String, String> task = companion().consumeStrings().fromOffsets(from)) {
      await().atMost(timeout).until(() -> task.stream().map(TestTopics::event).anyMatch(match));
      return task.stream().map(TestTopics::event).filter(match).findFirst().orElseThrow();
    }
  }

  /**
   * Every record from {@code from} up to (not including) {@code to}, waiting until all of them have
   * been read. Records a partition holds at or past its {@code to} offset are left out, so a record
   * written after {@code to} was taken never shows up.
   */
  public static List<Event> between(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
    long count = from.entrySet().stream().mapToLong(e -> to.get(e.getKey()) - e.getValue()).sum();
    if (count == 0) {
      return List.of();
    }
    Predicate<ConsumerRecord<String, String>> before =
        r -> r.offset() < to.get(new TopicPartition(r.topic(), r.partition()));
    try (ConsumerTask<String, String> task = companion().consumeStrings().fromOffsets(from)) {
      await().atMost(TIMEOUT).until(() -> task.stream().filter(before).count() == count);
      return task.stream().filter(before).map(TestTopics::event).toList();
    }
  }

  private static Map<TopicPartition, Long> offsets(String topic, OffsetSpec spec) {
    Map<TopicPartition, OffsetSpec> request =
        companion().topics().describe(topic).get(topic).partitions().stream()
            .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> spec));
    Map<TopicPartition, Long> offsets = new HashMap<>();
    companion().offsets().list(request).forEach((tp, info) -> offsets.put(tp, info.offset()));
    return offsets;
  }

  private static Event event(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(
          h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
    }
    return new Event(r.key(), r.value(), headers, r.partition(), r.offset());
  }
}
