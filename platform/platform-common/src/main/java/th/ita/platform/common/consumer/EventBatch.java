package th.ita.platform.common.consumer;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

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
 *   <li>Each record is {@code read} first, without the database. A record that is not a CloudEvent
 *       with a {@code ce_id} (which could not be applied exactly once), or cannot be read, is set
 *       aside for the dead-letter topic.
 *   <li>The rest are applied {@code together}, in the caller's one transaction, waiting as one
 *       while the database cannot be reached, and tried a few times for any other transient failure
 *       ({@link ConsumerRetries#inTransactionForBatch}).
 *   <li>Should that fail for a reason no retry fixes, or still fail after those tries, each is
 *       applied {@code alone}, in a transaction of its own and retried for as long as the failure
 *       is transient, and only those that fail for good are set aside. The others are applied, as
 *       if they had come one by one: an event that must wait for another holds up only the events
 *       after it.
 *   <li>Only then are the records set aside sent to the dead-letter topic (through the channel's
 *       failure strategy), and once every send has completed the batch is acknowledged.
 * </ol>
 *
 * The order matters: in a batch the connector tracks only each partition's last record for the
 * offsets it commits, and the dead-letter strategy acknowledges a record once it is sent. Sent
 * earlier, a partition's last record could let the offsets move past events still being applied,
 * and a crash then would lose them.
 *
 * <p>A service stopping meanwhile ({@link ConsumerStoppedException}) hands the whole batch back
 * unacknowledged and dead-letters nothing ({@link DeadLetterUnlessStopping}): the next start brings
 * it again, and the inbox skips what was applied.
 */
public final class EventBatch {

  private static final Logger LOG = Logger.getLogger(EventBatch.class);

  private EventBatch() {}

  /**
   * @param read the record's event, from its value and {@code ce_} headers: null for an event this
   *     consumer ignores; throws for a record that can never be applied
   * @param together applies every readable event of the batch in one transaction, through {@link
   *     ConsumerRetries#inTransactionForBatch}
   * @param alone applies one event in a transaction of its own
   */
  public static <T> CompletionStage<Void> apply(
      KafkaRecordBatch<String, String> batch,
      Function<ConsumerRecord<String, String>, T> read,
      Consumer<List<T>> together,
      Consumer<T> alone) {
    List<KafkaRecord<String, String>> readable = new ArrayList<>();
    List<T> events = new ArrayList<>();
    Map<KafkaRecord<String, String>, RuntimeException> unapplicable = new IdentityHashMap<>();
    for (KafkaRecord<String, String> record : batch.getRecords()) {
      try {
        ConsumerRecord<String, String> consumed = consumerRecord(record);
        IdempotentConsumer.requireId(ConsumedEvent.replayed(consumed));
        T event = read.apply(consumed);
        if (event != null) {
          events.add(event);
          readable.add(record);
        }
      } catch (RuntimeException unreadable) {
        unapplicable.put(record, unreadable);
      }
    }
    try {
      apply(events, readable, together, alone, unapplicable);
    } catch (ConsumerStoppedException stopping) {
      return batch.nack(stopping);
    }
    // In the batch's order, and only now that the events before them are applied.
    List<CompletableFuture<Void>> sends = new ArrayList<>();
    batch
        .getRecords()
        .forEach(
            record -> {
              RuntimeException reason = unapplicable.get(record);
              if (reason != null) {
                sends.add(record.nack(reason).toCompletableFuture());
              }
            });
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
    return batch.ack();
  }

  private static <T> void apply(
      List<T> events,
      List<KafkaRecord<String, String>> readable,
      Consumer<List<T>> together,
      Consumer<T> alone,
      Map<KafkaRecord<String, String>, RuntimeException> unapplicable) {
    if (events.isEmpty()) {
      return;
    }
    try {
      together.accept(events);
    } catch (ConsumerStoppedException e) {
      throw e;
    } catch (RuntimeException batchFailed) {
      LOG.warnf(
          "%d events of one poll could not be applied together, so each is applied alone: %s",
          events.size(), batchFailed.getMessage());
      for (int i = 0; i < events.size(); i++) {
        try {
          alone.accept(events.get(i));
        } catch (ConsumerStoppedException e) {
          throw e;
        } catch (RuntimeException failed) {
          unapplicable.put(readable.get(i), failed);
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
    return record
        .getMetadata(IncomingKafkaRecordMetadata.class)
        .map(m -> (ConsumerRecord<String, String>) m.getRecord())
        .orElseThrow(() -> new IllegalStateException("not a record from Kafka: " + record));
  }
}
