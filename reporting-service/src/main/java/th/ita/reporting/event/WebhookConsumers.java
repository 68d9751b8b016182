package th.ita.reporting.event;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.ConsumerRetries;
import th.ita.platform.common.consumer.EventBatch;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.reporting.job.WebhookDeliveryJob;
import th.ita.reporting.service.WebhookFanOut;

/**
 * Queues webhook deliveries from every topic, on a channel and a consumer group of their own
 * ({@code reporting-webhooks}), so that webhooks neither wait for nor hold up the read model, and a
 * rebuild of the read model sends nothing twice.
 *
 * <p>Each event is applied once through the platform's inbox. Its inbox entry is kept apart from
 * the read model's entry for the same event (the id and type prefixed with {@code webhook:}),
 * because both consumers see every event, and a rebuild forgets the read model's entries only.
 */
@ApplicationScoped
public class WebhookConsumers {

  static final String INBOX_PREFIX = "webhook:";

  private static final Logger LOG = Logger.getLogger(WebhookConsumers.class);

  /** The channel, as readiness names it while a batch waits out a database failure. */
  private static final String CHANNEL = "webhooks";

  private final IdempotentConsumer consumer;
  private final ConsumerRetries retries;
  private final WebhookFanOut fanOut;
  private final WebhookDeliveryJob deliveries;

  public WebhookConsumers(
      IdempotentConsumer consumer,
      ConsumerRetries retries,
      WebhookFanOut fanOut,
      WebhookDeliveryJob deliveries) {
    this.consumer = consumer;
    this.retries = retries;
    this.fanOut = fanOut;
    this.deliveries = deliveries;
  }

  /**
   * Events from any of the platform's topics ({@code mp.messaging.incoming.webhooks.topics}), what
   * one poll brought applied together (see {@link EventBatch}): frameworks included, since a
   * framework's texts are what a subscriber joins a version 2 {@code ResultPublished} (codes and
   * figures) to.
   */
  @Incoming("webhooks")
  @Blocking
  public CompletionStage<Void> onEvents(KafkaRecordBatch<String, String> batch) {
    return EventBatch.apply(batch, WebhookConsumers::receive, this::queueAll, this::queueOne);
  }

  /** An event to queue, and the inbox entry that records it. */
  record Received(ConsumedEvent inboxEntry, WebhookFanOut.Incoming incoming) {}

  static Received receive(ConsumerRecord<String, String> record) {
    ConsumedEvent event = ConsumedEvent.replayed(record);
    if (event.data() == null) {
      throw event.unreadable("has no data");
    }
    String time = ConsumedEvent.header(record, "ce_time");
    WebhookFanOut.Incoming incoming =
        new WebhookFanOut.Incoming(
            event.id(),
            event.topic(),
            event.type(),
            event.source(),
            ConsumedEvent.header(record, "ce_subject"),
            time == null ? null : OffsetDateTime.parse(time),
            event.dataSchema(),
            event.data());
    ConsumedEvent inboxEntry =
        new ConsumedEvent(
            event.topic(),
            INBOX_PREFIX + event.id(),
            INBOX_PREFIX + event.type(),
            event.source(),
            event.data());
    return new Received(inboxEntry, incoming);
  }

  private void queueAll(List<Received> events) {
    queued(events.size(), retries.inTransactionForBatch(CHANNEL, () -> queue(events)));
  }

  private void queueOne(Received event) {
    queued(1, retries.inTransaction(CHANNEL, () -> queue(List.of(event))));
  }

  private void queued(int events, int deliveriesQueued) {
    LOG.debugf("%d events: %d webhook deliveries queued", events, deliveriesQueued);
    if (deliveriesQueued > 0) {
      deliveries.wakeUp(); // committed: the worker sees them now
    }
  }

  /**
   * Queues the deliveries of each event not yet in the inbox; how many, in the caller's
   * transaction.
   */
  private int queue(List<Received> events) {
    int queued = 0;
    for (Received event : events) {
      if (consumer.firstDelivery(event.inboxEntry())) {
        queued += fanOut.fanOut(event.incoming());
      }
    }
    return queued;
  }
}
