package th.ita.reporting.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.domain.EvidenceThumbnail;
import th.ita.reporting.repository.ThumbnailRepository;
import th.ita.reporting.repository.ThumbnailRepository.Claimed;

/**
 * Fetches the thumbnails of evidence photos from measures-service, once each, for the progress
 * report. Every replica polls. A due thumbnail is claimed with a lease ({@code
 * ita.thumbnails.lease}) in one short transaction, fetched outside any transaction, and what came
 * of it recorded in a second one; so no two replicas fetch the same one, no row stays locked while
 * measures-service answers (the projection writes the same rows), and a thumbnail whose fetcher
 * died is fetched again once its lease runs out.
 *
 * <p>An answer of 404, 409 or 410 (no such file for a viewer, no photo, a photo too large to scale)
 * marks it GONE: it is not asked again, and the report names the file instead. Anything else that
 * is not a thumbnail (5xx, 401, a timeout, measures-service or the token issuer down) may succeed
 * later: it is tried again after {@code ita.thumbnails.retry-delay}, doubling with each attempt up
 * to {@code ita.thumbnails.max-retry-delay}, and never given up, so no outage loses a photo. Such a
 * failure also ends the poll's batch: the next rows would most likely meet the same outage.
 */
@ApplicationScoped
public class ThumbnailFetchJob {

  private static final Logger LOG = Logger.getLogger(ThumbnailFetchJob.class);

  /** The answers that say there is no thumbnail to fetch, now or later. */
  static final Set<Integer> GONE = Set.of(404, 409, 410);

  private final ThumbnailRepository repository;
  private final MeasuresClient measures;
  private final Clock clock;
  private final Duration retryDelay;
  private final Duration maxRetryDelay;
  private final Duration lease;
  private final int batch;

  public ThumbnailFetchJob(
      ThumbnailRepository repository,
      MeasuresClient measures,
      Clock clock,
      @ConfigProperty(name = "ita.thumbnails.retry-delay", defaultValue = "PT10S")
          Duration retryDelay,
      @ConfigProperty(name = "ita.thumbnails.max-retry-delay", defaultValue = "PT1H")
          Duration maxRetryDelay,
      @ConfigProperty(name = "ita.thumbnails.lease", defaultValue = "PT1M") Duration lease,
      @ConfigProperty(name = "ita.thumbnails.batch", defaultValue = "50") int batch) {
    this.repository = repository;
    this.measures = measures;
    this.clock = clock;
    this.retryDelay = retryDelay;
    this.maxRetryDelay = maxRetryDelay;
    this.lease = lease;
    this.batch = batch;
  }

  @Scheduled(
      identity = "evidence-thumbnails",
      every = "${ita.thumbnails.poll:PT2S}",
      delayed = "${ita.thumbnails.initial-delay:PT5S}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    for (int i = 0; i < batch; i++) {
      if (fetchNext() != Fetch.SETTLED) {
        break;
      }
    }
  }

  /** What one turn did. */
  enum Fetch {
    /** Nothing was due. */
    NONE_DUE,
    /** A thumbnail was fetched, or found to be gone for good. */
    SETTLED,
    /** A thumbnail could not be fetched this time; it will be asked again. */
    DEFERRED
  }

  /** Fetches the next due thumbnail, if any. */
  Fetch fetchNext() {
    OffsetDateTime now = Stamps.now(clock);
    Optional<Claimed> claimed =
        QuarkusTransaction.requiringNew().call(() -> repository.claimNextDue(now, now.plus(lease)));
    if (claimed.isEmpty()) {
      return Fetch.NONE_DUE;
    }
    Claimed c = claimed.get();
    MeasuresClient.Answer answer = measures.thumbnail(c.evidenceId(), c.fileId());
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                repository
                    .lockClaimed(c)
                    .map(t -> record(t, answer))
                    // Removed or replaced while it was fetched: the new content is queued anew.
                    .orElse(Fetch.SETTLED));
  }

  private Fetch record(EvidenceThumbnail t, MeasuresClient.Answer answer) {
    OffsetDateTime now = Stamps.now(clock);
    t.attempts++;
    t.lastStatus = answer.status();
    t.lastError = answer.error();
    if (answer.bytes() != null) {
      t.state = EvidenceThumbnail.State.FETCHED;
      t.bytes = answer.bytes();
      t.mediaType = answer.mediaType();
      t.fetchedAt = now;
      t.nextAttemptAt = null;
      return Fetch.SETTLED;
    }
    if (answer.status() != null && GONE.contains(answer.status())) {
      t.state = EvidenceThumbnail.State.GONE;
      t.nextAttemptAt = null;
      LOG.debugf("No thumbnail of evidence file %s: %s", t.fileId, answer.error());
      return Fetch.SETTLED;
    }
    t.nextAttemptAt = now.plus(delay(t.attempts));
    LOG.debugf(
        "Thumbnail of evidence file %s: attempt %d failed (%s); next at %s",
        t.fileId, t.attempts, answer.error(), t.nextAttemptAt);
    return Fetch.DEFERRED;
  }

  /** retry-delay, doubled with each further attempt, at most max-retry-delay. */
  Duration delay(int attempts) {
    Duration d = retryDelay.multipliedBy(1L << Math.min(20, attempts - 1));
    return d.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : d;
  }
}
