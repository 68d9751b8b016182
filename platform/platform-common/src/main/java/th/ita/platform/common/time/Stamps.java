package th.ita.platform.common.time;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The time the platform stores and publishes: an instant of the injected clock, written in UTC
 * ({@code …Z}), as every API response and event has always carried it. The clock's own zone
 * (Bangkok) is for calendar questions such as the fiscal quarter, not for stamps.
 */
public final class Stamps {

  private Stamps() {}

  public static OffsetDateTime now(Clock clock) {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
