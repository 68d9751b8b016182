package th.ita.platform.common.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumers are retrying right now, and why. Readiness reports them (see {@link
 * ConsumersReadiness}), so an operator sees a consumer held up by its database.
 */
@ApplicationScoped
public class ConsumerHealth {

  /**
   * A consumer that could not apply its messages since {@code since}: {@code attempts} tries have
   * failed since then, {@code lastError} the latest's cause.
   */
  public record Retrying(Instant since, int attempts, String lastError) {}

  private final Map<String, Retrying> retrying = new ConcurrentHashMap<>();

  /**
   * One more failed try. Counted since the consumer first failed, not per message: when a poll's
   * batch gives up and its events are tried one at a time, the count goes on from the batch's
   * tries, as {@code since} does. Answers the consumer's state with this failure counted.
   */
  Retrying failed(String channel, Throwable error, Instant now) {
    return retrying.merge(
        channel,
        new Retrying(now, 1, describe(error)),
        (old, latest) -> new Retrying(old.since(), old.attempts() + 1, latest.lastError()));
  }

  void recovered(String channel) {
    retrying.remove(channel);
  }

  /** The consumers now retrying, by channel. */
  public Map<String, Retrying> retrying() {
    return new TreeMap<>(retrying);
  }

  /**
   * The innermost message is the one that names the cause (the SQL error, the refused connection).
   */
  static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : ": " + root.getMessage();
    return root.getClass().getSimpleName() + message;
  }
}
