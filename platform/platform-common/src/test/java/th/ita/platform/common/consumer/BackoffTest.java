package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(10));

  @Test
  void doublesFromTheInitialDelayUpToTheMaximum() {
    assertThat(backoff.delay(1, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.delay(2, () -> 0.5)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.delay(6, () -> 0.5)).isEqualTo(Duration.ofMillis(6400));
    assertThat(backoff.delay(7, () -> 0.5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(backoff.delay(10_000, () -> 0.5)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void jitterStaysWithinAFifthEitherWay() {
    assertThat(backoff.delay(2, () -> 0.0)).isEqualTo(Duration.ofMillis(320));
    assertThat(backoff.delay(2, () -> 0.999_999)).isEqualTo(Duration.ofMillis(480));
  }

  @Test
  void refusesAMaximumBelowTheInitialDelay() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
