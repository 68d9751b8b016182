package th.ita.platform.common.consumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The failure strategy of every consumer channel ({@code
 * failure-strategy=dead-letter-unless-stopping}).
 *
 * <p>A message whose handler failed goes to the dead-letter topic, with SmallRye's headers naming
 * the reason and the source topic, partition and offset. Transient failures never get here: the
 * handler retries them (see {@link ConsumerRetries}). The one exception is the shutdown: a message
 * still waiting for its retry then is left unacknowledged, so its offset is not committed and the
 * next start delivers it again, instead of being dead-lettered for a failure that was not its own.
 *
 * <p>Each channel's dead-letter producer is made when its first message is dead-lettered, not when
 * the channel starts: most channels never dead-letter anything, and each Kafka producer made at
 * start cost the service about 30 ms of its start, two threads and its buffers.
 */
@ApplicationScoped
@Identifier(DeadLetterUnlessStopping.NAME)
public class DeadLetterUnlessStopping implements KafkaFailureHandler.Factory {

  public static final String NAME = "dead-letter-unless-stopping";
  private static final Logger LOG = Logger.getLogger(DeadLetterUnlessStopping.class);

  private final KafkaFailureHandler.Factory deadLetterQueue;

  public DeadLetterUnlessStopping(
      @Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
          KafkaFailureHandler.Factory deadLetterQueue) {
    this.deadLetterQueue = deadLetterQueue;
  }

  @Override
  public KafkaFailureHandler create(
      KafkaConnectorIncomingConfiguration config,
      Vertx vertx,
      KafkaConsumer<?, ?> consumer,
      BiConsumer<Throwable, Boolean> reportFailure) {
    OnFirstUse deadLetters =
        new OnFirstUse(
            config.getChannel(),
            () -> deadLetterQueue.create(config, vertx, consumer, reportFailure));
    return new KafkaFailureHandler() {
      @Override
      public <K, V> Uni<Void> handle(
          IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
        if (isStopping(reason)) {
          LOG.infof(
              "Left %s-%d@%d for redelivery after the restart: %s",
              record.getTopic(), record.getPartition(), record.getOffset(), reason.getMessage());
          return Uni.createFrom().voidItem();
        }
        // Making the producer waits for it, which a Vert.x event-loop thread must not do.
        return Uni.createFrom()
            .item(deadLetters::get)
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
            .chain(handler -> handler.handle(record, reason, metadata));
      }

      @Override
      public void terminate() {
        deadLetters.terminate();
      }
    };
  }

  /** A channel's dead-letter handler, made by the first {@link #get}; none once terminated. */
  static final class OnFirstUse {

    private final String channel;
    private final Supplier<KafkaFailureHandler> make;
    private KafkaFailureHandler handler;
    private boolean terminated;

    OnFirstUse(String channel, Supplier<KafkaFailureHandler> make) {
      this.channel = channel;
      this.make = make;
    }

    synchronized KafkaFailureHandler get() {
      if (terminated) {
        // A message failing while its channel stops is delivered again after the restart.
        throw new ConsumerStoppedException(channel, null);
      }
      if (handler == null) {
        handler = make.get();
      }
      return handler;
    }

    /**
     * Closes the handler's producer if one was made; a channel that dead-lettered nothing has none.
     */
    synchronized void terminate() {
      terminated = true;
      if (handler != null) {
        handler.terminate();
      }
    }
  }

  static boolean isStopping(Throwable reason) {
    for (Throwable t = reason; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ConsumerStoppedException) {
        return true;
      }
    }
    return false;
  }
}
