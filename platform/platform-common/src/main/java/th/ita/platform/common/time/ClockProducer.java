package th.ita.platform.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's clock: Thai time, because fiscal quarters and due dates are Thai calendar days.
 *
 * <p>A default bean: in a service's tests, platform-testing's {@code MovableClockProducer} puts
 * {@code MovableClock} in its place, which a test can stop at or move to any instant. Only code
 * that takes its time from this injected clock moves with it, Bean Validation's checks such as
 * {@code @PastOrPresent} included (through {@link BangkokClockProvider}).
 *
 * <p>{@code ita.clock.offset} (an ISO duration such as {@code P12D}, default none) runs a whole
 * platform ahead of the real time: a training or acceptance platform can so rehearse the days
 * before a quarter ends, reminders and overdue milestones included, with every service on the same
 * shifted date. Never set it where real agencies work.
 */
public class ClockProducer {

  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  @Produces
  @DefaultBean
  @Singleton
  Clock clock(@ConfigProperty(name = "ita.clock.offset", defaultValue = "PT0S") Duration offset) {
    Clock bangkok = Clock.system(BANGKOK);
    return offset.isZero() ? bangkok : Clock.offset(bangkok, offset);
  }
}
