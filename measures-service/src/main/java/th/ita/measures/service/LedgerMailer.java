package th.ita.measures.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import th.ita.measures.repository.SendQueue;
import th.ita.platform.common.time.Stamps;

/**
 * Sends what a ledger has claimed (reminders, ministry digests), each message once. Claiming and
 * sending are separate so that a message that could not go out (the SMTP server down) is not lost:
 * it stays pending until a later run sends it.
 */
@ApplicationScoped
public class LedgerMailer {

  private static final Logger LOG = Logger.getLogger(LedgerMailer.class);

  /**
   * What a pending row becomes when its turn comes: a message, rendered only when it is sent, or
   * the reason it should no longer go out.
   */
  public record Letter(String staleBecause, Supplier<Mail> mail) {

    public static Letter stale(String why) {
      return new Letter(why, null);
    }

    public static Letter of(Supplier<Mail> mail) {
      return new Letter(null, mail);
    }
  }

  /** What one run of the queue did; {@code stillPending} is 0 unless a send failed. */
  public record Outcome(int sent, int dropped, long stillPending) {}

  private record Batch(int handled, int sent, int dropped, String failure) {}

  private final Mailer mailer;
  private final Clock clock;

  public LedgerMailer(Mailer mailer, Clock clock) {
    this.mailer = mailer;
    this.clock = clock;
  }

  /**
   * Works through the queue a batch per transaction until it is empty or a send fails; {@code
   * letters} runs inside the batch's transaction, {@code what} names the messages in the log.
   */
  public <P> Outcome sendAll(
      SendQueue<P> queue, int batchSize, Function<P, Letter> letters, String what) {
    int sent = 0;
    int dropped = 0;
    while (true) {
      Batch batch =
          QuarkusTransaction.requiringNew().call(() -> sendBatch(queue, batchSize, letters));
      sent += batch.sent;
      dropped += batch.dropped;
      if (batch.failure != null) {
        // One line per run however many wait: the cause is the same for all of them.
        long pending = QuarkusTransaction.requiringNew().call(queue::pendingCount);
        LOG.warnf(
            "Could not send %s (%s); %d stay pending for the next run",
            what, batch.failure, pending);
        return new Outcome(sent, dropped, pending);
      }
      if (batch.handled < batchSize) {
        break;
      }
    }
    if (sent > 0) {
      LOG.infof("%d %s sent", sent, what);
    }
    return new Outcome(sent, dropped, 0);
  }

  /**
   * Sends up to a batch of pending messages, locked so that no other replica sends them too. The
   * row is marked sent in the same transaction after the SMTP server accepted the message; should
   * the process die between the two, the next run sends it again (at least once, never silently
   * lost). On the first failure the batch stops: the rest would most likely fail the same way. The
   * failed one has one attempt more, and messages are taken fewest attempts first, so one address
   * the server refuses for good never holds up the others.
   */
  private <P> Batch sendBatch(SendQueue<P> queue, int batchSize, Function<P, Letter> letters) {
    List<P> pending = queue.lockPending(batchSize);
    int sent = 0;
    int dropped = 0;
    for (P p : pending) {
      Letter letter = letters.apply(p);
      if (letter.staleBecause() != null) {
        queue.dropped(p, letter.staleBecause());
        dropped++;
        continue;
      }
      try {
        // Rendered inside the try: a message that cannot be rendered is recorded as failed like
        // one that cannot be sent, so it moves behind the others instead of blocking them.
        sendTwice(letter.mail().get());
      } catch (RuntimeException e) {
        String why = rootMessage(e);
        queue.failed(p, why);
        return new Batch(pending.size(), sent, dropped, why);
      }
      queue.sent(p, Stamps.now(clock));
      sent++;
    }
    return new Batch(pending.size(), sent, dropped, null);
  }

  /**
   * A message that fails is tried once more straight away, on a new connection (keep-alive is off):
   * in the full test run a fresh connection once stalled until its timeout, cause not found, and
   * the second try went through. When the server is down, both fail at once.
   */
  private void sendTwice(Mail mail) {
    try {
      mailer.send(mail);
    } catch (RuntimeException first) {
      LOG.debugf("Sending a message failed once, trying again: %s", rootMessage(first));
      mailer.send(mail);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : ": " + root.getMessage());
  }
}
