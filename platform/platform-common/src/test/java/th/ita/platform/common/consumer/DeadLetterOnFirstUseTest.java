package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

/** When a channel's dead-letter handler (and its Kafka producer) is made, and when it is closed. */
class DeadLetterOnFirstUseTest {

  private final AtomicInteger made = new AtomicInteger();
  private final AtomicInteger terminated = new AtomicInteger();

  private final DeadLetterUnlessStopping.OnFirstUse deadLetters =
      new DeadLetterUnlessStopping.OnFirstUse(
          "results",
          () -> {
            made.incrementAndGet();
            return new CountingHandler();
          });

  @Test
  void nothingIsMadeUntilTheFirstMessageIsDeadLettered() {
    assertThat(made).hasValue(0);

    KafkaFailureHandler first = deadLetters.get();
    KafkaFailureHandler second = deadLetters.get();

    assertThat(made).hasValue(1);
    assertThat(second).isSameAs(first);
  }

  @Test
  void aChannelThatDeadLetteredNothingHasNothingToClose() {
    deadLetters.terminate();

    assertThat(made).hasValue(0);
    assertThat(terminated).hasValue(0);
  }

  @Test
  void theProducerMadeIsClosedWithTheChannel() {
    deadLetters.get();

    deadLetters.terminate();

    assertThat(terminated).hasValue(1);
  }

  @Test
  void aMessageFailingAfterTheChannelClosedIsLeftForRedelivery() {
    deadLetters.terminate();

    assertThatThrownBy(deadLetters::get)
        .isInstanceOf(ConsumerStoppedException.class)
        .satisfies(e -> assertThat(DeadLetterUnlessStopping.isStopping(e)).isTrue());
    assertThat(made).hasValue(0);
  }

  private final class CountingHandler implements KafkaFailureHandler {
    @Override
    public <K, V> Uni<Void> handle(
        IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
      return Uni.createFrom().voidItem();
    }

    @Override
    public void terminate() {
      terminated.incrementAndGet();
    }
  }
}
