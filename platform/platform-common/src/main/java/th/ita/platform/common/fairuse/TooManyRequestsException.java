package th.ita.platform.common.fairuse;

import java.time.Duration;

/** A caller asked for more than its fair share; answered 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManyRequestsException(String detail, Duration retryAfter) {
    super(detail);
    this.retryAfter = retryAfter;
  }

  /** Whole seconds, at least one: what {@code Retry-After} carries. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
