package th.ita.platform.common.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock Bean Validation uses for @PastOrPresent and the like: Thai time, so that evidence
 * dated today is accepted from midnight in Bangkok, not from midnight UTC.
 */
@ApplicationScoped
public class BangkokClockProvider implements ClockProvider {

  @Override
  public Clock getClock() {
    return Clock.system(ClockProducer.BANGKOK);
  }
}
