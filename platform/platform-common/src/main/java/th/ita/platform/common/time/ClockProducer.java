package th.ita.platform.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The platform's clock: Thai time, because fiscal quarters and due dates are Thai calendar days.
 *
 * <p>A default bean: in a service's tests, platform-testing's {@code MovableClockProducer} puts
 * {@code MovableClock} in its place, which a test can stop at or move to any instant. Only code
 * that takes its time from this injected clock moves with it, Bean Validation's checks such as
 * {@code @PastOrPresent} included (through {@link BangkokClockProvider}).
 */
public class ClockProducer {

  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @Produces
  @DefaultBean
  @Singleton
  Clock clock() {
    return Clock.system(BANGKOK);
  }
}
