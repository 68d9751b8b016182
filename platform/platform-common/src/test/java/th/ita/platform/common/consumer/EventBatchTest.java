package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.commit.KafkaCommitHandler;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.nio.charset.StandardCharsets;
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
 * Real batches of the Kafka connector, with the channel's commit and failure strategies replaced by
 * ones that note what they were given. The failure strategy behaves as the platform's does: it
 * dead-letters and then acknowledges the record, except while the service stops, when it leaves the
 * record unacknowledged.
 */
class EventBatchTest {

  private final List<String> acknowledged = new ArrayList<>();
  private final List<String> deadLettered = new ArrayList<>();
  private final List<String> leftForRedelivery = new ArrayList<>();
  private final List<List<String>> together = new ArrayList<>();
  private final List<String> alone = new ArrayList<>();
  private Uni<Void> deadLetterSend = Uni.createFrom().voidItem();

  private final KafkaCommitHandler commits =
      new KafkaCommitHandler() {
        @Override
        public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record) {
          acknowledged.add(record.getPayload().toString());
          return Uni.createFrom().voidItem();
        }
      };

  private final KafkaFailureHandler deadLetterUnlessStopping =
      new KafkaFailureHandler() {
        @Override
        public <K, V> Uni<Void> handle(
            IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
          if (reason instanceof ConsumerStoppedException) {
            leftForRedelivery.add(record.getPayload().toString());
            return Uni.createFrom().voidItem();
          }
          return deadLetterSend
              .invoke(() -> deadLettered.add(record.getPayload() + ": " + reason.getMessage()))
              .chain(() -> Uni.createFrom().completionStage(record.ack()));
        }
      };

  private static final Function<ConsumerRecord<String, String>, String> READ =
      r -> {
        if (r.value().startsWith("unreadable")) {
          throw new UnreadableEventException(r.value() + " is not JSON");
        }
        return r.value().startsWith("ignored") ? null : r.value();
      };

  private final Consumer<List<String>> applyTogether = events -> together.add(List.copyOf(events));

  private final Consumer<String> applyAlone = alone::add;

  /** Applying the events together fails for a reason no retry fixes. */
  private static Consumer<List<String>> failsTogether(String why) {
    return events -> {
      throw new IllegalStateException(why);
    };
  }

  /**
   * CloudEvents on two partitions of ita.results: "0:a" is value a on partition 0, with ce_id a; a
   * value beginning "no id" has no ce_id.
   */
  private IncomingKafkaRecordBatch<String, String> batch(String... records) {
    Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition = new LinkedHashMap<>();
    long offset = 10;
    for (String r : records) {
      int partition = Integer.parseInt(r.substring(0, 1));
      String value = r.substring(2);
      ConsumerRecord<String, String> record =
          new ConsumerRecord<>("ita.results", partition, offset++, "BDEP00001", value);
      if (!value.startsWith("no id")) {
        record.headers().add("ce_id", value.getBytes(StandardCharsets.UTF_8));
      }
      byPartition
          .computeIfAbsent(new TopicPartition("ita.results", partition), p -> new ArrayList<>())
          .add(record);
    }
    return new IncomingKafkaRecordBatch<>(
        new ConsumerRecords<>(byPartition, Map.of()),
        "results",
        0,
        commits,
        deadLetterUnlessStopping,
        false,
        false);
  }

  private void apply(
      IncomingKafkaRecordBatch<String, String> batch,
      Consumer<List<String>> together,
      Consumer<String> alone) {
    EventBatch.apply(batch, READ, together, alone).toCompletableFuture().join();
  }

  @Test
  void aBatchIsAppliedInOneGoAndAcknowledgedByTheLastRecordOfEachPartition() {
    apply(batch("0:a", "0:b", "0:c", "1:d"), applyTogether, applyAlone);

    assertThat(together).containsExactly(List.of("a", "b", "c", "d"));
    assertThat(alone).isEmpty();
    assertThat(deadLettered).isEmpty();
    assertThat(acknowledged).containsExactlyInAnyOrder("c", "d");
  }

  @Test
  void anUnreadableRecordIsDeadLetteredAloneAndTheOthersAreAppliedTogether() {
    apply(batch("0:a", "0:unreadable b", "0:c"), applyTogether, applyAlone);

    assertThat(together).containsExactly(List.of("a", "c"));
    assertThat(alone).isEmpty();
    assertThat(deadLettered).containsExactly("unreadable b: unreadable b is not JSON");
    assertThat(acknowledged).containsExactly("unreadable b", "c");
  }

  @Test
  void aRecordThatIsNotACloudEventIsDeadLetteredAlone() {
    apply(batch("0:a", "0:no id b", "1:c"), applyTogether, applyAlone);

    assertThat(together).containsExactly(List.of("a", "c"));
    assertThat(deadLettered)
        .containsExactly(
            "no id b: null null on ita.results has no ce_id, so it cannot be applied exactly once");
  }

  @Test
  void noRecordIsAcknowledgedBeforeTheEventsBeforeItAreApplied() {
    // The connector commits up to a partition's last record once that one is acknowledged, and
    // the dead-letter strategy acknowledges what it sent: sent first, c would commit a and b.
    List<String> acknowledgedWhileApplying = new ArrayList<>();
    Consumer<List<String>> noting =
        events -> {
          acknowledgedWhileApplying.addAll(acknowledged);
          together.add(List.copyOf(events));
        };

    apply(batch("0:a", "0:b", "0:unreadable c"), noting, applyAlone);

    assertThat(acknowledgedWhileApplying).isEmpty();
    assertThat(together).containsExactly(List.of("a", "b"));
    assertThat(acknowledged).containsExactly("unreadable c", "unreadable c");
  }

  @Test
  void whenTheBatchFailsForGoodEachEventIsAppliedAloneAndOnlyTheOneAtFaultIsDeadLettered() {
    Consumer<String> cFails =
        event -> {
          if (event.equals("c")) {
            throw new IllegalStateException("c breaks a constraint");
          }
          alone.add(event);
        };

    apply(batch("0:a", "0:b", "0:c", "1:d"), failsTogether("c breaks a constraint"), cFails);

    assertThat(alone).containsExactly("a", "b", "d");
    assertThat(deadLettered).containsExactly("c: c breaks a constraint");
    assertThat(acknowledged).containsExactlyInAnyOrder("c", "c", "d");
  }

  @Test
  void eventsTheConsumerIgnoresAreAcknowledgedWithoutBeingApplied() {
    apply(batch("0:ignored a", "1:ignored b"), applyTogether, applyAlone);

    assertThat(together).isEmpty();
    assertThat(alone).isEmpty();
    assertThat(acknowledged).containsExactlyInAnyOrder("ignored a", "ignored b");
  }

  @Test
  void aServiceStoppingLeavesTheWholeBatchForRedeliveryAndDeadLettersNothing() {
    Consumer<List<String>> stopping =
        events -> {
          throw new ConsumerStoppedException("results", null);
        };

    apply(batch("0:a", "0:unreadable b", "1:c"), stopping, applyAlone);

    assertThat(alone).isEmpty();
    assertThat(deadLettered).isEmpty();
    assertThat(leftForRedelivery).containsExactly("a", "unreadable b", "c");
    assertThat(acknowledged).isEmpty();
  }

  @Test
  void aServiceStoppingWhileEventsAreAppliedAloneLeavesTheWholeBatchForRedelivery() {
    Consumer<String> stopsAtB =
        event -> {
          if (event.equals("b")) {
            throw new ConsumerStoppedException("results", null);
          }
          alone.add(event);
        };

    apply(batch("0:a", "0:b", "0:c"), failsTogether("a breaks a constraint"), stopsAtB);

    assertThat(alone).containsExactly("a");
    assertThat(deadLettered).isEmpty();
    assertThat(leftForRedelivery).containsExactly("a", "b", "c");
    assertThat(acknowledged).isEmpty();
  }

  @Test
  void aDeadLetterThatCouldNotBeSentLeavesTheBatchUnacknowledged() {
    deadLetterSend = Uni.createFrom().failure(new IllegalStateException("the broker is down"));

    assertThatThrownBy(() -> apply(batch("0:a", "0:unreadable b"), applyTogether, applyAlone))
        .hasRootCauseMessage("the broker is down");

    assertThat(together).containsExactly(List.of("a"));
    assertThat(acknowledged).isEmpty();
  }
}
