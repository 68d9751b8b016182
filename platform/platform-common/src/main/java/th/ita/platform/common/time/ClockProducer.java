package th.ita.platform.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The platform's clock: Thai time, because fiscal quarters and due dates are Thai calendar days.
 * Injected rather than read statically, so that tests can move time.
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
