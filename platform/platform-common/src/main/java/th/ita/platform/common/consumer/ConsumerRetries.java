package th.ita.platform.common.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.platform.common.problem.DatabaseUnavailable;

/**
 * Applies a consumed message in a transaction of its own, and tries again, with backoff and in the
 * same place of the partition, for as long as the failure is transient (see {@link
 * TransientFailures}). Every consumer of the platform applies its messages through this class, so
 * "a brief database outage loses nothing" holds in one place.
 *
 * <p>Why in the handler and not through a retry topic: the handler runs one message (or poll) at a
 * time per channel, so waiting here keeps each agency's events in order and never skips one. While
 * it waits, readiness reports the consumer (see {@link ConsumersReadiness}). At shutdown the wait
 * ends with {@link ConsumerStoppedException}, which leaves the message uncommitted for the next
 * start.
 */
@ApplicationScoped
public class ConsumerRetries {

  private static final Logger LOG = Logger.getLogger(ConsumerRetries.class);

  private final ConsumerHealth health;
  private final Backoff backoff;
  private final Clock clock;
  private final CountDownLatch stopping = new CountDownLatch(1);

  public ConsumerRetries(
      ConsumerHealth health,
      Clock clock,
      @ConfigProperty(name = "ita.consumers.retry.initial-backoff", defaultValue = "PT0.2S")
          Duration initial,
      @ConfigProperty(name = "ita.consumers.retry.max-backoff", defaultValue = "PT10S")
          Duration max) {
    this.health = health;
    this.clock = clock;
    this.backoff = new Backoff(initial, max);
  }

  /**
   * Runs {@code work} in a new transaction until it commits, or fails in a way no retry can fix.
   */
  public <T> T inTransaction(String channel, Supplier<T> work) {
    return untilApplied(channel, () -> QuarkusTransaction.requiringNew().call(work::get));
  }

  /**
   * How often the events of one poll are tried together while they fail for a transient reason
   * other than the database being unreachable, before {@link EventBatch} applies them one at a
   * time. With the default backoff the waits between the tries add up to about 3 s.
   */
  static final int BATCH_ATTEMPTS = 5;

  /**
   * {@link #inTransaction} for the events of one poll applied together ({@link EventBatch}). While
   * the database cannot be reached ({@link DatabaseUnavailable}), the poll waits as one, for as
   * long as that lasts: no event of it is at fault, and once the database is back they are applied
   * together. Any other transient failure (an event waiting for another, a deadlock, a lock or
   * transaction timeout) is tried at most {@value #BATCH_ATTEMPTS} times; then the last failure is
   * thrown, and the batch applies its events one at a time, each retried for as long as it takes.
   * Why a bound: one event that must wait (its framework has not arrived) would otherwise hold up
   * the events before it in the poll and redo all their writes on every try; and a poll too big for
   * the transaction's timeout would be tried forever (after five timeouts, at the transaction
   * timeout's length each, it falls back).
   */
  public <T> T inTransactionForBatch(String channel, Supplier<T> work) {
    return untilApplied(
        channel, BATCH_ATTEMPTS, () -> QuarkusTransaction.requiringNew().call(work::get));
  }

  /** {@link #inTransaction} for work without a result. */
  public void runInTransaction(String channel, Runnable work) {
    inTransaction(
        channel,
        () -> {
          work.run();
          return null;
        });
  }

  <T> T untilApplied(String channel, Supplier<T> attempt) {
    return untilApplied(channel, Integer.MAX_VALUE, attempt);
  }

  /**
   * Throws the last transient failure once {@code maxAttempts} attempts have failed for a reason
   * other than the database being unreachable.
   */
  <T> T untilApplied(String channel, int maxAttempts, Supplier<T> attempt) {
    int counted = 0;
    for (int attempts = 1; ; attempts++) {
      if (stopping.getCount() == 0) {
        throw new ConsumerStoppedException(channel, null);
      }
      try {
        T result = attempt.get();
        health.recovered(channel);
        return result;
      } catch (RuntimeException e) {
        if (stopping.getCount() == 0) {
          // Whatever failed while the service stops (a closed pool, an inactive context) is the
          // stop's doing, not the message's: leave it for the next start.
          throw new ConsumerStoppedException(channel, e);
        }
        if (!TransientFailures.isTransient(e)) {
          health.recovered(
              channel); // the message leaves for the dead-letter topic; the consumer goes on
          throw e;
        }
        ConsumerHealth.Retrying state = health.failed(channel, e, clock.instant());
        boolean outage = DatabaseUnavailable.causedBy(e);
        if (!outage && ++counted >= maxAttempts) {
          throw e; // readiness keeps reporting the channel until the caller's next try succeeds
        }
        // The wait grows with the failures of one kind: after a long outage, the tries counted
        // towards the bound start again at the shortest wait, not at the longest.
        Duration wait =
            backoff.delay(
                outage ? attempts - counted : counted, ThreadLocalRandom.current()::nextDouble);
        // Logged at this message's (or batch's) first try and every tenth; the count printed is
        // readiness's, since the consumer first failed, which goes on after a batch falls back.
        if (attempts == 1 || attempts % 10 == 0) {
          LOG.warnf(
              "The %s consumer could not apply a message (%d failed tries since %s), retrying in %d ms: %s",
              channel, state.attempts(), state.since(), wait.toMillis(), state.lastError());
        }
        pause(channel, wait, e);
      }
    }
  }

  private void pause(String channel, Duration wait, RuntimeException failure) {
    try {
      if (stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new ConsumerStoppedException(channel, failure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConsumerStoppedException(channel, failure);
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  /** Ends every wait: the messages in retry stay uncommitted and come again after the restart. */
  void stop() {
    stopping.countDown();
  }
}
