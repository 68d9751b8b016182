package th.ita.reporting.event;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import th.ita.platform.common.consumer.ConsumedEvent;
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

  private final IdempotentConsumer consumer;
  private final WebhookFanOut fanOut;
  private final WebhookDeliveryJob deliveries;

  public WebhookConsumers(
      IdempotentConsumer consumer, WebhookFanOut fanOut, WebhookDeliveryJob deliveries) {
    this.consumer = consumer;
    this.fanOut = fanOut;
    this.deliveries = deliveries;
  }

  /**
   * An event from any of the platform's topics ({@code mp.messaging.incoming.webhooks.topics}):
   * frameworks included, since a framework's texts are what a subscriber joins a version 2 {@code
   * ResultPublished} (codes and figures) to.
   */
  @Incoming("webhooks")
  @Blocking
  public void onEvent(
      String data,
      IncomingCloudEventMetadata<String> event,
      IncomingKafkaRecordMetadata<String, String> record) {
    queue(record.getTopic(), data, event);
  }

  private void queue(String topic, String data, IncomingCloudEventMetadata<String> ce) {
    ConsumedEvent event = ConsumedEvent.live(topic, data, ce);
    IdempotentConsumer.requireId(event);
    if (data == null) {
      throw event.unreadable("has no data");
    }
    WebhookFanOut.Incoming incoming =
        new WebhookFanOut.Incoming(
            event.id(),
            topic,
            event.type(),
            event.source(),
            ce.getSubject().orElse(null),
            ce.getTimeStamp().map(OffsetDateTime::from).orElse(null),
            ce.getDataSchema().map(Object::toString).orElse(null),
            data);
    ConsumedEvent inboxEntry =
        new ConsumedEvent(
            topic, INBOX_PREFIX + event.id(), INBOX_PREFIX + event.type(), event.source(), data);
    int[] queued = {0};
    consumer.applyOnce(
        inboxEntry,
        () -> {
          queued[0] = fanOut.fanOut(incoming);
          LOG.debugf("%s: %d webhook deliveries queued", event.describe(), queued[0]);
        });
    if (queued[0] > 0) {
      deliveries.wakeUp(); // committed: the worker sees them now
    }
  }
}
