package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/**
 * A real batch of the Kafka connector, over records of two partitions, with the channel's commit
 * and failure strategies replaced by ones that note what they were given.
 */
class EventBatchTest {

  private final List<String> acknowledged = new ArrayList<>();
  private final List<String> deadLettered = new ArrayList<>();
  private final List<List<String>> together = new ArrayList<>();
  private final List<String> alone = new ArrayList<>();
  private Uni<Void> deadLetterSend = Uni.createFrom().voidItem();

  private final KafkaCommitHandler commits =
      new KafkaCommitHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
          acknowledged.add(record.getPartition() + "@" + record.getOffset());
          return Uni.createFrom().voidItem();
        }
      };

  private final KafkaFailureHandler deadLetters =
      new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(
            IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
          deadLettered.add(record.getPayload() + ": " + reason.getMessage());
          return deadLetterSend;
        }
      };

  /** a, b and c on partition 0, d on partition 1. */
  private IncomingKafkaRecordBatch<String, String> batch() {
    Map<TopicPartition, List<ConsumerRecord<String, String>>> records = new LinkedHashMap<>();
    records.put(
        new TopicPartition("ita.results", 0),
        List.of(record(0, 10, "a"), record(0, 11, "b"), record(0, 12, "c")));
    records.put(new TopicPartition("ita.results", 1), List.of(record(1, 7, "d")));
    return new IncomingKafkaRecordBatch<>(
        new ConsumerRecords<>(records, Map.of()), "results", 0, commits, deadLetters, false, false);
  }

  private static ConsumerRecord<String, String> record(int partition, long offset, String value) {
    return new ConsumerRecord<>("ita.results", partition, offset, "BDEP00001", value);
  }

  private static final Function<ConsumerRecord<String, String>, String> READ =
      r -> {
        if (r.value().startsWith("unreadable")) {
          throw new UnreadableEventException(r.value() + " is not JSON");
        }
        return r.value();
      };

  private final Consumer<List<String>> applyTogether = events -> together.add(List.copyOf(events));

  private final Consumer<String> applyAlone = alone::add;

  @Test
  void aBatchIsAppliedInOneGoAndAcknowledgedUpToTheLastRecordOfEachPartition() {
    EventBatch.apply(batch(), READ, applyTogether, applyAlone).toCompletableFuture().join();

    assertThat(together).containsExactly(List.of("a", "b", "c", "d"));
    assertThat(alone).isEmpty();
    assertThat(deadLettered).isEmpty();
    assertThat(acknowledged).containsExactlyInAnyOrder("0@12", "1@7");
  }

  @Test
  void anUnreadableRecordIsDeadLetteredAloneAndTheOthersAreAppliedTogether() {
    Map<TopicPartition, List<ConsumerRecord<String, String>>> records = new LinkedHashMap<>();
    records.put(
        new TopicPartition("ita.results", 0),
        List.of(record(0, 10, "a"), record(0, 11, "unreadable b"), record(0, 12, "c")));
    var batch =
        new IncomingKafkaRecordBatch<>(
            new ConsumerRecords<>(records, Map.of()),
            "results",
            0,
            commits,
            deadLetters,
            false,
            false);

    EventBatch.apply(batch, READ, applyTogether, applyAlone).toCompletableFuture().join();

    assertThat(deadLettered).containsExactly("unreadable b: unreadable b is not JSON");
    assertThat(together).containsExactly(List.of("a", "c"));
    assertThat(alone).isEmpty();
    assertThat(acknowledged).containsExactly("0@12");
  }

  @Test
  void whenTheBatchFailsForGoodEachEventIsAppliedAloneAndOnlyTheOneAtFaultIsDeadLettered() {
    Consumer<List<String>> failing =
        events -> {
          throw new IllegalStateException("c breaks a constraint");
        };
    Consumer<String> cFails =
        event -> {
          if (event.equals("c")) {
            throw new IllegalStateException("c breaks a constraint");
          }
          alone.add(event);
        };

    EventBatch.apply(batch(), READ, failing, cFails).toCompletableFuture().join();

    assertThat(alone).containsExactly("a", "b", "d");
    assertThat(deadLettered).containsExactly("c: c breaks a constraint");
    assertThat(acknowledged).containsExactlyInAnyOrder("0@12", "1@7");
  }

  @Test
  void aServiceStoppingLeavesTheBatchUnacknowledgedAndDeadLettersNothing() {
    Consumer<List<String>> stopping =
        events -> {
          throw new ConsumerStoppedException("results", null);
        };

    assertThatThrownBy(() -> EventBatch.apply(batch(), READ, stopping, applyAlone))
        .isInstanceOf(ConsumerStoppedException.class);

    assertThat(alone).isEmpty();
    assertThat(deadLettered).isEmpty();
    assertThat(acknowledged).isEmpty();
  }

  @Test
  void aDeadLetterThatCouldNotBeSentLeavesTheBatchUnacknowledged() {
    deadLetterSend = Uni.createFrom().failure(new IllegalStateException("the broker is down"));
    Map<TopicPartition, List<ConsumerRecord<String, String>>> records = new LinkedHashMap<>();
    records.put(
        new TopicPartition("ita.results", 0),
        List.of(record(0, 10, "a"), record(0, 11, "unreadable b")));
    var batch =
        new IncomingKafkaRecordBatch<>(
            new ConsumerRecords<>(records, Map.of()),
            "results",
            0,
            commits,
            deadLetters,
            false,
            false);

    assertThatThrownBy(() -> EventBatch.apply(batch, READ, applyTogether, applyAlone))
        .hasRootCauseMessage("the broker is down");

    assertThat(together).containsExactly(List.of("a"));
    assertThat(acknowledged).isEmpty();
  }
}
