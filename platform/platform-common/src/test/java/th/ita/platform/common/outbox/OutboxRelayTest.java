package th.ita.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.outbox.OutboxRelay.Outcome;

/** The relay's decisions about a batch, apart from the database and Kafka it talks to. */
class OutboxRelayTest {

  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 1, 31, 17, 0, 0, 0, ZoneOffset.UTC);
  private static final int MAX_ATTEMPTS = 3;

  private static OutboxEvent pending(int attempts, String lastError) {
    OutboxEvent event = new OutboxEvent();
    event.attempts = attempts;
    event.lastError = lastError;
    return event;
  }

  @Test
  void anAcknowledgedEventIsSentAndForgetsItsLastError() {
    OutboxEvent event = pending(1, "TimeoutException: broker away");

    assertThat(OutboxRelay.settle(event, null, MAX_ATTEMPTS, NOW)).isEqualTo(Outcome.SENT);

    assertThat(event.status).isEqualTo(OutboxEvent.Status.SENT);
    assertThat(event.attempts).isEqualTo(2);
    assertThat(event.publishedAt).isEqualTo(NOW);
    assertThat(event.lastError).isNull();
    assertThat(event.parkedAt).isNull();
  }

  @Test
  void aPassingFailureIsHeldPendingWhateverTheAttempts() {
    OutboxEvent event = pending(7, null);

    assertThat(OutboxRelay.settle(event, new TimeoutException("broker away"), MAX_ATTEMPTS, NOW))
        .isEqualTo(Outcome.HELD);

    assertThat(event.status).isEqualTo(OutboxEvent.Status.PENDING);
    assertThat(event.attempts).isEqualTo(8);
    assertThat(event.lastError).isEqualTo("TimeoutException: broker away");
    assertThat(event.publishedAt).isNull();
    assertThat(event.parkedAt).isNull();
  }

  @Test
  void aPermanentFailureIsHeldUntilItsLastAttemptThenParked() {
    OutboxEvent event = pending(0, null);
    RecordTooLargeException tooLarge = new RecordTooLargeException("1.1 MB");

    assertThat(OutboxRelay.settle(event, tooLarge, MAX_ATTEMPTS, NOW)).isEqualTo(Outcome.HELD);
    assertThat(OutboxRelay.settle(event, tooLarge, MAX_ATTEMPTS, NOW)).isEqualTo(Outcome.HELD);
    assertThat(event.status).isEqualTo(OutboxEvent.Status.PENDING);

    assertThat(OutboxRelay.settle(event, tooLarge, MAX_ATTEMPTS, NOW)).isEqualTo(Outcome.PARKED);

    assertThat(event.status).isEqualTo(OutboxEvent.Status.FAILED);
    assertThat(event.attempts).isEqualTo(3);
    assertThat(event.parkedAt).isEqualTo(NOW);
    assertThat(event.lastError).isEqualTo("RecordTooLargeException: 1.1 MB");
    assertThat(event.publishedAt).isNull();
  }

  @Test
  void theRelayGoesOnAtOnceOnlyAfterABatchWithNothingHeld() {
    assertThat(OutboxRelay.goOn(List.of(Outcome.SENT, Outcome.SENT))).isTrue();
    assertThat(OutboxRelay.goOn(List.of(Outcome.SENT, Outcome.PARKED))).isTrue();
    assertThat(OutboxRelay.goOn(List.of(Outcome.SENT, Outcome.HELD))).isFalse();
    assertThat(OutboxRelay.goOn(List.of())).isFalse();
  }

  @Test
  void onlyABatchOfHeldEventsCountsAsFailingToSend() {
    assertThat(OutboxRelay.progressed(List.of(Outcome.HELD, Outcome.HELD))).isFalse();
    assertThat(OutboxRelay.progressed(List.of(Outcome.HELD, Outcome.PARKED))).isFalse();
    assertThat(OutboxRelay.progressed(List.of(Outcome.HELD, Outcome.SENT))).isTrue();
    assertThat(OutboxRelay.progressed(List.of(Outcome.PARKED))).isTrue();
    assertThat(OutboxRelay.progressed(List.of())).isTrue();
  }
}
