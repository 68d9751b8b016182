package th.ita.platform.common.fairuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.time.HandClock;

class RateLimiterTest {

  private final HandClock clock = new HandClock(Instant.parse("2026-01-05T02:30:00Z"));
  private final RateLimiter limiter = new RateLimiter(clock);

  @Test
  void allowsABurstOfTheMinutesAllowanceThenSaysHowLongToWait() {
    for (int i = 0; i < 6; i++) {
      assertThat(limiter.acquire("viewer-1", 6)).as("request %d", i + 1).isEmpty();
    }
    assertThat(limiter.acquire("viewer-1", 6)).contains(Duration.ofSeconds(10));
    assertThat(limiter.acquire("viewer-2", 6))
        .as("another caller has an allowance of its own")
        .isEmpty();
  }

  @Test
  void refillsEvenlyOverTheMinute() {
    for (int i = 0; i < 6; i++) {
      limiter.acquire("viewer-1", 6);
    }
    clock.advance(Duration.ofSeconds(10));
    assertThat(limiter.acquire("viewer-1", 6)).isEmpty();
    assertThat(limiter.acquire("viewer-1", 6)).contains(Duration.ofSeconds(10));
  }

  @Test
  void noLimitWhenNoneIsConfigured() {
    for (int i = 0; i < 1000; i++) {
      assertThat(limiter.acquire("viewer-1", 0)).isEqualTo(Optional.empty());
    }
  }

  @Test
  void tooManyRequestsRoundsTheWaitUpToWholeSeconds() {
    assertThat(new TooManyRequestsException("x", Duration.ofMillis(1)).retryAfterSeconds())
        .isEqualTo(1);
    assertThat(new TooManyRequestsException("x", Duration.ofMillis(10_001)).retryAfterSeconds())
        .isEqualTo(11);
  }
}
