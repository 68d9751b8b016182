package th.ita.platform.common.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import th.ita.platform.common.time.Stamps;

/**
 * Hands outbox events to Kafka, in the order they were written, as CloudEvents (binary mode: the
 * attributes travel as {@code ce_*} headers, the data as the JSON value).
 *
 * <p>Delivery is at least once: an event is marked published only after Kafka acknowledged it; a
 * failed send is retried on the next tick, and no later event of the same key (agency) is sent
 * before it. Events of different agencies are pipelined (see {@link #relayBatch()}). A
 * transaction-scoped advisory lock makes one relay at a time send, even with several replicas of a
 * service, which keeps each agency's events in the order written.
 *
 * <p>A send that fails for good (see {@link SendFailures}: the record is too large, the topic
 * invalid) is parked as {@link OutboxEvent.Status#FAILED} after {@code ita.outbox.max-attempts}
 * attempts, so that the events behind it, its own agency's included, still leave. Everything else
 * is retried for as long as Kafka is away.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
  // Any constant will do; each service has its own database, so the lock is per service.
  private static final long RELAY_LOCK = 7_355_608L;

  private final MutinyEmitter<String> emitter;
  private final URI source;
  private final int batchSize;
  private final int maxAttempts;
  private final OutboxStats stats;
  private final Clock clock;
  private final AtomicBoolean relaying = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();

  public OutboxRelay(
      @Channel("outbox") MutinyEmitter<String> emitter,
      @ConfigProperty(name = "ita.events.source") String source,
      @ConfigProperty(name = "ita.outbox.batch-size", defaultValue = "100") int batchSize,
      @ConfigProperty(name = "ita.outbox.max-attempts", defaultValue = "3") int maxAttempts,
      OutboxStats stats,
      Clock clock) {
    this.emitter = emitter;
    this.source = URI.create(source);
    this.batchSize = batchSize;
    this.maxAttempts = maxAttempts;
    this.stats = stats;
    this.clock = clock;
  }

  /**
   * Not while the service starts or stops: on a slow start the first tick came before the outbox
   * channel was connected, and on a stop after the database's connections were closed; both logged
   * an error for a run that could not have sent anything. Pending events wait for the next tick.
   */
  @Scheduled(
      identity = "outbox-relay",
      every = "${ita.outbox.interval:1s}",
      delayed = "${ita.outbox.initial-delay:3s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  void onSchedule() {
    relayPending();
  }

  /**
   * Sends everything pending, batch after batch. Called on the schedule and by {@link OutboxWakeUp}
   * when an event was written; a call while this replica is already relaying makes that run go
   * round once more instead of running beside it, so no wake-up is lost.
   */
  public void relayPending() {
    wanted.set(true);
    while (wanted.get() && relaying.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        boolean more;
        do {
          more = QuarkusTransaction.requiringNew().call(this::relayBatch);
        } while (more);
        QuarkusTransaction.requiringNew().run(stats::refresh);
      } finally {
        relaying.set(false);
      }
    }
  }

  /**
   * Sends one batch of pending events, oldest first; answers whether to go on at once (everything
   * went and more is waiting).
   *
   * <p>The batch goes to the producer at once and Kafka pipelines it, but it holds only the oldest
   * pending event of each key (agency); the later ones of that key wait for a later batch. So a
   * failed send can never be overtaken by a later event of its own agency, and an agency with a
   * long backlog behind a failing event holds up no other agency.
   */
  boolean relayBatch() {
    var em = Panache.getEntityManager();
    Object locked =
        em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
            .setParameter(1, RELAY_LOCK)
            .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return false; // another replica is relaying right now
    }
    List<OutboxEvent> batch = oldestPendingPerKey();
    List<Message<String>> messages = batch.stream().map(this::toMessage).toList();
    // Sent with this transaction suspended: the send captures the calling thread's context, and a
    // Kafka thread completing an ack inside this transaction made its commit fail ("multiple
    // threads active"). The batch then stayed pending until the next tick, a second later, when
    // the relay ran on the listener's own thread (OutboxWakeUp).
    List<CompletableFuture<Void>> acks =
        QuarkusTransaction.suspendingExisting()
            .call(
                () ->
                    messages.stream()
                        .map(m -> emitter.sendMessage(m).subscribeAsCompletionStage())
                        .toList());
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      OutboxEvent event = batch.get(i);
      Throwable failure = null;
      try {
        acks.get(i).join();
      } catch (CompletionException | CancellationException e) {
        failure = e.getCause() != null ? e.getCause() : e;
      }
      Outcome outcome = settle(event, failure, maxAttempts, Stamps.now(clock));
      outcomes.add(outcome);
      if (outcome == Outcome.PARKED) {
        LOG.errorf(
            "Outbox event %s (%s, key %s) parked after %d attempts; the events behind it go on."
                + " An ita-admin can retry or discard it at /api/v1/admin/outbox/parked: %s",
            event.id, event.type, event.key, event.attempts, event.lastError);
      } else if (outcome == Outcome.HELD) {
        LOG.warnf(
            "Outbox event %s (%s) not delivered yet, attempt %d: %s",
            event.id, event.type, event.attempts, event.lastError);
      }
    }
    if (progressed(outcomes)) {
      stats.sending();
    } else {
      stats.sendFailed();
    }
    return goOn(outcomes);
  }

  /** What became of one event of a batch. */
  enum Outcome {
    /** Kafka acknowledged it. */
    SENT,
    /** Refused for good, and out of attempts: set aside so the events behind it leave. */
    PARKED,
    /** Not delivered yet; pending again, and its key's later events wait behind it. */
    HELD
  }

  /**
   * Records one send's result on its event: one more attempt, and either sent, parked (a permanent
   * failure, see {@link SendFailures}, on the last allowed attempt) or still pending with the
   * error.
   */
  static Outcome settle(OutboxEvent event, Throwable failure, int maxAttempts, OffsetDateTime now) {
    event.attempts++;
    if (failure == null) {
      event.publishedAt = now;
      event.status = OutboxEvent.Status.SENT;
      event.lastError = null;
      return Outcome.SENT;
    }
    event.lastError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
    if (SendFailures.isPermanent(failure) && event.attempts >= maxAttempts) {
      event.status = OutboxEvent.Status.FAILED;
      event.parkedAt = now;
      return Outcome.PARKED;
    }
    return Outcome.HELD;
  }

  /**
   * Whether the relay is getting anywhere: something went out, or nothing is left waiting (an empty
   * batch, or one whose failures were all parked). Only a batch of held events counts as failing.
   */
  static boolean progressed(List<Outcome> outcomes) {
    return outcomes.contains(Outcome.SENT) || !outcomes.contains(Outcome.HELD);
  }

  /** Whether to send the next batch at once: this one was not empty and none of it is held. */
  static boolean goOn(List<Outcome> outcomes) {
    return !outcomes.isEmpty() && !outcomes.contains(Outcome.HELD);
  }

  /** The oldest pending event of each key, oldest first, at most a batch of them. */
  @SuppressWarnings("unchecked")
  private List<OutboxEvent> oldestPendingPerKey() {
    return Panache.getEntityManager()
        .createNativeQuery(
            """
            SELECT * FROM outbox_event WHERE id IN (
              SELECT DISTINCT ON (event_key) id FROM outbox_event WHERE status = 'PENDING' ORDER BY event_key, seq)
            ORDER BY seq LIMIT ?1""",
            OutboxEvent.class)
        .setParameter(1, batchSize)
        .getResultList();
  }

  private Message<String> toMessage(OutboxEvent event) {
    var cloudEvent =
        OutgoingCloudEventMetadata.builder()
            .withId(event.id.toString())
            .withType(event.type)
            .withSource(source)
            .withSubject(event.subject)
            .withDataContentType("application/json")
            .withTimestamp(event.occurredAt.toZonedDateTime());
    if (event.dataSchema != null) {
      cloudEvent.withDataSchema(URI.create(event.dataSchema));
    }
    return Message.of(event.payload)
        .addMetadata(
            OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic)
                .withKey(event.key)
                .build())
        .addMetadata(cloudEvent.build());
  }
}
