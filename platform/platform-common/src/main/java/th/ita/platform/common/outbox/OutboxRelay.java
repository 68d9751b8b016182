package th.ita.platform.common.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Hands outbox events to Kafka, in the order they were written, as CloudEvents (binary mode: the
 * attributes travel as {@code ce_*} headers, the data as the JSON value).
 *
 * <p>Delivery is at least once: an event is marked published only after Kafka acknowledged it,
 * and a failed send stops the batch (so later events for the same agency cannot overtake it) and
 * is retried on the next tick. A transaction-scoped advisory lock makes one relay at a time send,
 * even with several replicas of a service, which keeps the order total.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  // Any constant will do; each service has its own database, so the lock is per service.
  private static final long RELAY_LOCK = 7_355_608L;

  private final MutinyEmitter<String> emitter;
  private final URI source;
  private final int batchSize;

  public OutboxRelay(
      @Channel("outbox") MutinyEmitter<String> emitter,
      @ConfigProperty(name = "ita.events.source") String source,
      @ConfigProperty(name = "ita.outbox.batch-size", defaultValue = "100") int batchSize) {
    this.emitter = emitter;
    this.source = URI.create(source);
    this.batchSize = batchSize;
  }

  @Scheduled(
      identity = "outbox-relay",
      every = "${ita.outbox.interval:1s}",
      delayed = "${ita.outbox.initial-delay:3s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void relayPending() {
    int sent;
    do {
      sent = QuarkusTransaction.requiringNew().call(this::relayBatch);
    } while (sent == batchSize);
  }

  /** Sends up to one batch; returns how many were sent. */
  int relayBatch() {
    var em = Panache.getEntityManager();
    Object locked =
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)").setParameter(1, RELAY_LOCK).getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return 0; // another replica is relaying right now
    }
    List<OutboxEvent> pending =
        OutboxEvent.find("publishedAt is null order by seq").page(0, batchSize).list();
    int sent = 0;
    for (OutboxEvent event : pending) {
      try {
        emitter.sendMessageAndAwait(toMessage(event));
      } catch (RuntimeException e) {
        event.attempts++;
        event.lastError = String.valueOf(e.getMessage());
        LOG.warnf("Outbox event %s (%s) not delivered yet, attempt %d: %s",
            event.id, event.type, event.attempts, e.getMessage());
        break;
      }
      event.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
      event.attempts++;
      event.lastError = null;
      sent++;
    }
    return sent;
  }

  private Message<String> toMessage(OutboxEvent event) {
    return Message.of(event.payload)
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.key)
                .build())
        .addMetadata(
            OutgoingCloudEventMetadata.builder()
                .withId(event.id.toString())
                .withType(event.type)
                .withSource(source)
                .withSubject(event.subject)
                .withDataContentType("application/json")
                .withTimestamp(event.occurredAt.toZonedDateTime())
                .build());
  }

  /** Events written but not yet acknowledged by Kafka: the backlog an operator watches. */
  public long pendingCount() {
    return OutboxEvent.count("publishedAt is null");
  }
}
