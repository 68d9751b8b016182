package th.ita.platform.common.consumer;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: the first retry after {@code initial}, each next one twice as
 * late, never later than {@code max}. The jitter (up to a fifth either way) keeps the replicas of a
 * service from hammering a database that has just come back all at the same instant.
 */
public record Backoff(Duration initial, Duration max) {

  public Backoff {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "Backoff needs 0 < initial <= max, not " + initial + " and " + max);
    }
  }

  /**
   * @param attempt the failed attempt just made, from 1
   * @param random a number in [0, 1)
   */
  public Duration delay(int attempt, DoubleSupplier random) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 30);
    long millis = Math.min(initial.toMillis() << doublings, max.toMillis());
    double jitter = 0.8 + 0.4 * random.getAsDouble();
    return Duration.ofMillis(Math.max(1, Math.round(millis * jitter)));
  }
}
