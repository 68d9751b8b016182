package th.ita.platform.common.fairuse;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Token buckets per caller: each caller may make {@code perMinute} requests a minute, in bursts of
 * up to that many, refilled evenly. Kept in memory, so with several replicas a caller's allowance
 * is per replica; the limit is there to keep one caller from starving the others, not to meter.
 */
public final class RateLimiter {

  private final Clock clock;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Takes one request from {@code caller}'s allowance.
   *
   * @return empty when allowed; otherwise how long until the next request would be
   */
  public Optional<Duration> acquire(String caller, int perMinute) {
    if (perMinute <= 0) {
      return Optional.empty(); // no limit configured
    }
    long now = clock.millis();
    Bucket bucket = buckets.computeIfAbsent(caller, c -> new Bucket(perMinute, now));
    synchronized (bucket) {
      double perMilli = perMinute / 60_000.0;
      // A clock set back (a test moving time, an NTP step) refills nothing rather than draining.
      bucket.tokens =
          Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.updatedAt) * perMilli);
      bucket.updatedAt = now;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / perMilli)));
    }
  }

  /**
   * Forgets callers whose allowance has filled up again, so the map does not grow with every caller
   * ever seen.
   */
  public void forgetIdle(Duration idle) {
    long before = clock.millis() - idle.toMillis();
    buckets.values().removeIf(b -> b.updatedAt < before);
  }

  private static final class Bucket {
    double tokens;
    long updatedAt;

    Bucket(int tokens, long now) {
      this.tokens = tokens;
      this.updatedAt = now;
    }
  }
}
