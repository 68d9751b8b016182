package th.ita.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock a service sees in its tests: Thai time that follows the real clock until a test moves
 * it, e.g. to the last day of a fiscal quarter. A test that moves it calls {@link #reset()} when it
 * is done, so the next test sees the real time again.
 */
public class MovableClock extends Clock {

  public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  /** The one instance, shared by the service under test and the test itself. */
  public static final MovableClock INSTANCE = new MovableClock();

  private MovableClock() {}

  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  /** Stops the clock at {@code instant}. */
  public void moveTo(Instant instant) {
    fixed.set(instant);
  }

  /** Moves a stopped clock on, or stops the running one {@code amount} ahead of now. */
  public void advance(Duration amount) {
    fixed.set(instant().plus(amount));
  }

  /** Follows the real clock again. */
  public void reset() {
    fixed.set(null);
  }

  @Override
  public ZoneId getZone() {
    return BANGKOK;
  }

  /** The same movable time seen in another zone: a later move shows through it too. */
  @Override
  public Clock withZone(ZoneId zone) {
    MovableClock self = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return self.withZone(other);
      }

      @Override
      public Instant instant() {
        return self.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    Instant at = fixed.get();
    return at == null ? Instant.now() : at;
  }
}
