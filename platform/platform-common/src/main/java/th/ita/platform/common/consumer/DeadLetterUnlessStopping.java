package th.ita.platform.common.consumer;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.BiConsumer;
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
    KafkaFailureHandler deadLetters =
        deadLetterQueue.create(config, vertx, consumer, reportFailure);
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
        return deadLetters.handle(record, reason, metadata);
      }

      @Override
      public void terminate() {
        deadLetters.terminate();
      }
    };
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
