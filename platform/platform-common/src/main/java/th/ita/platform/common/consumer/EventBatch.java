package th.ita.platform.common.consumer;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies what one poll of a channel brought ({@code batch=true}) in one transaction, with the
 * guarantees of one event at a time: each event is applied once, a database failure is retried in
 * place, and only an event that can never be applied goes to the dead-letter topic.
 *
 * <p>Why: a national import publishes some 8,300 results at once, and each consumer then spent a
 * transaction, an inbox statement, a durable commit and a hop between threads per event. Together
 * they kept the read models several seconds behind the import, on the cores the import needs.
 *
 * <ol>
 *   <li>Each record is {@code read} first, without the database. A record that cannot be read is
 *       dead-lettered alone, through the channel's failure strategy.
 *   <li>The rest are applied {@code together}, in the caller's one transaction (retried while the
 *       database fails, see {@link ConsumerRetries}).
 *   <li>Should that fail for a reason no retry fixes, each is applied {@code alone}, in a
 *       transaction of its own, and only those that fail again are dead-lettered. The others are
 *       applied, as if they had come one by one.
 * </ol>
 *
 * The batch is acknowledged (its offsets later committed) only after every dead-letter send has
 * completed. A service stopping meanwhile ({@link ConsumerStoppedException}) leaves the batch
 * unacknowledged, so the next start brings it again and the inbox skips what was applied.
 */
public final class EventBatch {

  private EventBatch() {}

  /**
   * @param read the record's event, from its value and {@code ce_} headers: null for an event this
   *     consumer ignores; throws for a record that can never be applied
   * @param together applies every readable event of the batch in one transaction
   * @param alone applies one event in a transaction of its own
   */
  public static <T> CompletionStage<Void> apply(
      KafkaRecordBatch<String, String> batch,
      Function<ConsumerRecord<String, String>, T> read,
      Consumer<List<T>> together,
      Consumer<T> alone) {
    List<KafkaRecord<String, String>> readable = new ArrayList<>();
    List<T> events = new ArrayList<>();
    List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
    for (KafkaRecord<String, String> record : batch.getRecords()) {
      try {
        T event = read.apply(consumerRecord(record));
        if (event != null) {
          events.add(event);
          readable.add(record);
        }
      } catch (RuntimeException unreadable) {
        deadLettered.add(record.nack(unreadable).toCompletableFuture());
      }
    }
    if (!events.isEmpty()) {
      try {
        together.accept(events);
      } catch (ConsumerStoppedException e) {
        throw e;
      } catch (RuntimeException batchFailed) {
        for (int i = 0; i < events.size(); i++) {
          try {
            alone.accept(events.get(i));
          } catch (ConsumerStoppedException e) {
            throw e;
          } catch (RuntimeException failed) {
            deadLettered.add(readable.get(i).nack(failed).toCompletableFuture());
          }
        }
      }
    }
    // The offsets move on only once the events left behind are safe on the dead-letter topic.
    CompletableFuture.allOf(deadLettered.toArray(CompletableFuture[]::new)).join();
    return batch.ack();
  }

  @SuppressWarnings("unchecked")
  private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
    return record
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(m -> (ConsumerRecord<String, String>) m.getRecord())
        .orElseThrow(() -> new IllegalStateException("not a record from Kafka: " + record));
  }
}
