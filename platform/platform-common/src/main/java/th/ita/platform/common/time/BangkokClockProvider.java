package th.ita.platform.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation uses for @PastOrPresent and the like: the platform's injected clock
 * (Thai time), so that evidence dated today is accepted from midnight in Bangkok, not from midnight
 * UTC, and a test that moves the clock moves these checks with it.
 */
@ApplicationScoped
public class BangkokClockProvider implements ClockProvider {

  private final Clock clock;

  public BangkokClockProvider(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Clock getClock() {
    return clock;
  }
}
