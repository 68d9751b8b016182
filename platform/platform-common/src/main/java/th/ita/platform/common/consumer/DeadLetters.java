package th.ita.platform.common.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;

/**
 * The dead-letter topic as an operator sees it: what is there and why, and a way to send one
 * message back to the topic it came from once its cause is fixed (a consumer's bug, a producer's
 * malformed event corrected by hand upstream).
 *
 * <p>A redriven message keeps its key, its CloudEvent headers and so its event id: a consumer that
 * had applied it skips it through its inbox, one that had not applies it now. The dead-letter
 * record itself stays (topics are append-only); the redriven copy carries {@code ita-redriven-from}
 * so the trail can be followed.
 */
@ApplicationScoped
public class DeadLetters {

  static final String REDRIVEN_FROM = "ita-redriven-from";
  private static final Duration POLL = Duration.ofMillis(500);

  private final String bootstrapServers;

  public DeadLetters(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** One dead letter: where it is, where it came from, and the reason the consumer gave. */
  public record DeadLetter(
      int partition,
      long offset,
      String sourceTopic,
      Integer sourcePartition,
      Long sourceOffset,
      String key,
      String eventId,
      String eventType,
      String reason,
      Instant deadLetteredAt) {}

  /** A page of dead letters, oldest first by partition and offset, and how many there are. */
  public record Found(List<DeadLetter> items, long total) {}

  public Found page(int page, int size) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      return page(consumer, page, size);
    } catch (KafkaException e) {
      throw kafkaUnavailable("could not be read", e);
    }
  }

  private Found page(KafkaConsumer<byte[], byte[]> consumer, int page, int size) {
    List<TopicPartition> partitions = partitions(consumer);
    Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    long total = partitions.stream().mapToLong(tp -> end.get(tp) - begin.get(tp)).sum();
    long skip = (long) page * size;
    List<DeadLetter> items = new ArrayList<>();
    for (TopicPartition tp : partitions) {
      long available = end.get(tp) - begin.get(tp);
      if (skip >= available) {
        skip -= available;
        continue;
      }
      long from = begin.get(tp) + skip;
      skip = 0;
      items.addAll(read(consumer, tp, from, Math.min(end.get(tp), from + size - items.size())));
      if (items.size() == size) {
        break;
      }
    }
    return new Found(items, total);
  }

  public Optional<DeadLetter> find(int partition, long offset) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
      return record(consumer, partition, offset).map(DeadLetters::describe);
    } catch (KafkaException e) {
      throw kafkaUnavailable("could not be read", e);
    }
  }

  /**
   * Sends the dead letter at {@code partition}/{@code offset} back to its source topic.
   *
   * @return where the copy went, or empty when there is no such dead letter
   */
  public Optional<String> redrive(int partition, long offset) {
    try (KafkaConsumer<byte[], byte[]> consumer = consumer();
        KafkaProducer<byte[], byte[]> producer = producer()) {
      Optional<ConsumerRecord<byte[], byte[]>> found = record(consumer, partition, offset);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      ConsumerRecord<byte[], byte[]> dead = found.get();
      String source = header(dead, "dead-letter-topic");
      if (source == null) {
        throw ProblemException.conflict(
            "Dead letter "
                + partition
                + "/"
                + offset
                + " does not name its source topic (no dead-letter-topic header), so it cannot be sent back");
      }
      ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(source, dead.key(), dead.value());
      for (Header h : dead.headers()) {
        if (!h.key().startsWith("dead-letter-")) {
          copy.headers().add(h);
        }
      }
      copy.headers()
          .add(
              REDRIVEN_FROM,
              (Topics.DEAD_LETTER + "/" + partition + "/" + offset)
                  .getBytes(StandardCharsets.UTF_8));
      RecordMetadata sent = producer.send(copy).get(30, TimeUnit.SECONDS);
      return Optional.of(sent.topic() + "/" + sent.partition() + "/" + sent.offset());
    } catch (ExecutionException | TimeoutException | KafkaException e) {
      throw kafkaUnavailable("did not take the redriven message", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while redriving", e);
    }
  }

  /** Kafka is away: a 503 the operator can retry, not a 500. */
  private static ProblemException kafkaUnavailable(String what, Exception cause) {
    return new ProblemException(
        ProblemType.SERVICE_UNAVAILABLE,
        "Kafka "
            + what
            + (cause == null ? "" : " (" + cause.getMessage() + ")")
            + "; nothing was changed, try again shortly");
  }

  private static List<DeadLetter> read(
      KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp, long from, long to) {
    List<DeadLetter> found = new ArrayList<>();
    consumer.assign(List.of(tp));
    consumer.seek(tp, from);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (consumer.position(tp) < to && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
        if (r.offset() < to) {
          found.add(describe(r));
        }
      }
    }
    return found;
  }

  private static Optional<ConsumerRecord<byte[], byte[]>> record(
      KafkaConsumer<byte[], byte[]> consumer, int partition, long offset) {
    TopicPartition tp = new TopicPartition(Topics.DEAD_LETTER, partition);
    if (partitions(consumer).stream().noneMatch(tp::equals)) {
      return Optional.empty();
    }
    long begin = consumer.beginningOffsets(List.of(tp)).get(tp);
    long end = consumer.endOffsets(List.of(tp)).get(tp);
    if (offset < begin || offset >= end) {
      return Optional.empty();
    }
    consumer.assign(List.of(tp));
    consumer.seek(tp, offset);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
        if (r.offset() == offset) {
          return Optional.of(r);
        }
      }
    }
    throw kafkaUnavailable(
        "did not return dead letter " + partition + "/" + offset + " in time", null);
  }

  private static DeadLetter describe(ConsumerRecord<byte[], byte[]> r) {
    return new DeadLetter(
        r.partition(),
        r.offset(),
        header(r, "dead-letter-topic"),
        number(header(r, "dead-letter-partition"), Integer::valueOf),
        number(header(r, "dead-letter-offset"), Long::valueOf),
        r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
        header(r, "ce_id"),
        header(r, "ce_type"),
        header(r, "dead-letter-reason"),
        Instant.ofEpochMilli(r.timestamp()));
  }

  private static <T> T number(String value, Function<String, T> parse) {
    try {
      return value == null ? null : parse.apply(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    Header h = r.headers().lastHeader(name);
    return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }

  private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
    return consumer.partitionsFor(Topics.DEAD_LETTER).stream()
        .map(p -> new TopicPartition(p.topic(), p.partition()))
        .sorted(Comparator.comparingInt(TopicPartition::partition))
        .toList();
  }

  private KafkaConsumer<byte[], byte[]> consumer() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    // No group: partitions are assigned by hand and nothing is committed.
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return new KafkaConsumer<>(p);
  }

  private KafkaProducer<byte[], byte[]> producer() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "15000");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    return new KafkaProducer<>(p);
  }
}
