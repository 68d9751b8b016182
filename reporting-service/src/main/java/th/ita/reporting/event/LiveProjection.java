package th.ita.reporting.event;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.consumer.ConsumerRetries;
import th.ita.platform.common.consumer.ConsumerStoppedException;
import th.ita.reporting.repository.ProjectionRepository;

/**
 * Applies a live event, but never while a rebuild is running, and retries it while the database
 * fails (see {@link ConsumerRetries}).
 *
 * <p>Why an advisory lock: a rebuild deletes the read model and the inbox entries and replays the
 * topics in one transaction. Were a live consumer to write meanwhile, its row could be deleted by
 * the rebuild, or its inbox entry and the rebuild's could deadlock. So each live message (or poll
 * of results) takes the projection lock shared, in its own transaction, and the rebuild takes it
 * exclusively. The live side only tries the lock and, while a rebuild holds it, waits outside any
 * transaction (no transaction timeout, no connection held) and tries again. Once the rebuild
 * commits, the waiting message finds its id in the inbox if the replay already applied it, and is
 * applied otherwise. Readers are never blocked: they keep seeing the old read model until the
 * rebuild commits.
 */
@ApplicationScoped
public class LiveProjection {

  /** The advisory lock's key; any constant unique in this database ("ita-rpt"). */
  public static final long LOCK_KEY = 0x6974612d727074L;

  private final Projector projector;
  private final ProjectionRepository store;
  private final ConsumerRetries retries;
  private final Duration rebuildWait;

  public LiveProjection(
      Projector projector,
      ProjectionRepository store,
      ConsumerRetries retries,
      @ConfigProperty(name = "ita.projections.rebuild-wait", defaultValue = "PT0.5S")
          Duration rebuildWait) {
    this.projector = projector;
    this.store = store;
    this.retries = retries;
    this.rebuildWait = rebuildWait;
  }

  /**
   * @param channel the consumer applying it, as readiness names it while it retries
   */
  public Projector.Outcome apply(String channel, Snapshot snapshot) {
    return underTheLock(channel, List.of(snapshot), retries::inTransaction).get(0);
  }

  /**
   * Applies a poll's snapshots in order, in one transaction, under one hold of the lock; retried as
   * a batch is ({@link ConsumerRetries#inTransactionForBatch}), after which the caller applies them
   * one at a time.
   */
  public List<Projector.Outcome> applyAll(String channel, List<Snapshot> snapshots) {
    return underTheLock(channel, snapshots, retries::inTransactionForBatch);
  }

  /** How a transaction is retried: {@link ConsumerRetries}'s way for one event or for a batch. */
  private interface Retried {
    <T> T inTransaction(String channel, Supplier<T> work);
  }

  private List<Projector.Outcome> underTheLock(
      String channel, List<Snapshot> snapshots, Retried retried) {
    while (true) {
      Optional<List<Projector.Outcome>> outcomes =
          retried.inTransaction(
              channel,
              () ->
                  store.tryProjectionLockShared(LOCK_KEY)
                      ? Optional.of(snapshots.stream().map(projector::apply).toList())
                      : Optional.empty());
      if (outcomes.isPresent()) {
        return outcomes.get();
      }
      try {
        Thread.sleep(rebuildWait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConsumerStoppedException(channel, e);
      }
    }
  }
}
