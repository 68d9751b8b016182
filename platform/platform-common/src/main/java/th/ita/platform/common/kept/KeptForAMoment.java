package th.ita.platform.common.kept;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers read from the database, kept for a moment for the next reader who asks the same: for what
 * was published and is asked for over and over (a published result, a page of the rankings), where
 * reading it again was most of the cost of a request. A change committed on this instance that
 * could put a kept answer out of date drops every answer ({@link #dropAll}); a change committed on
 * another instance is seen once the moment has passed. An answer read while a change committed is
 * not kept, so that no answer older than a change outlives it.
 *
 * @param <K> what was asked
 * @param <V> the answer
 */
public final class KeptForAMoment<K, V> {

  private final Cache<K, V> kept;
  private final Predicate<? super V> keepable;
  private final AtomicLong changes = new AtomicLong();

  /**
   * @param clock the clock the moment is measured by (injected, so that a test can move it)
   * @param moment how long an answer is kept
   * @param maxWeight the most all kept answers may weigh together
   * @param weight what one answer weighs (for example its bytes), never more than an int
   * @param keepable which answers may be kept at all (a draft, for instance, may not)
   */
  public KeptForAMoment(
      Clock clock,
      Duration moment,
      long maxWeight,
      ToIntFunction<? super V> weight,
      Predicate<? super V> keepable) {
    this.keepable = keepable;
    this.kept =
        Caffeine.newBuilder()
            .expireAfterWrite(moment.toNanos(), TimeUnit.NANOSECONDS)
            .maximumWeight(maxWeight)
            .<K, V>weigher((key, answer) -> weight.applyAsInt(answer))
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            // Evictions run in the caller, so that what a test sees does not wait on a pool.
            .executor(Runnable::run)
            .build();
  }

  /** The answer kept for {@code asked}, or what {@code read} answers, kept if it may be. */
  public V get(K asked, Supplier<? extends V> read) {
    V answer = kept.getIfPresent(asked);
    return answer != null ? answer : readAndKeep(asked, read);
  }

  /**
   * What {@code read} answers now, for a caller who asked for it read anew: kept in place of the
   * answer kept so far, if it may be, so that the next caller is not shown an older one.
   */
  public V refresh(K asked, Supplier<? extends V> read) {
    return readAndKeep(asked, read);
  }

  private V readAndKeep(K asked, Supplier<? extends V> read) {
    long before = changes.get();
    V answer = read.get();
    if (answer != null && keepable.test(answer) && changes.get() == before) {
      kept.put(asked, answer);
      if (changes.get() != before) {
        kept.invalidate(asked); // a change committed while it was put
      }
    }
    return answer;
  }

  /** Something kept answers may show has changed, and committed: none of them is used again. */
  public void dropAll() {
    changes.incrementAndGet();
    kept.invalidateAll();
  }
}
