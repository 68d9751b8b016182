package th.ita.reporting.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import th.ita.platform.common.time.Stamps;
import th.ita.reporting.domain.WebhookDelivery;
import th.ita.reporting.domain.WebhookEvent;
import th.ita.reporting.domain.WebhookSubscription;
import th.ita.reporting.repository.WebhookRepository;
import th.ita.reporting.service.WebhookSecrets;

/**
 * Sends queued webhook deliveries. Every replica polls; each delivery is taken with {@code FOR
 * UPDATE SKIP LOCKED} and its row stays locked while it is sent, so no two replicas send the same
 * one and the deliveries behind it (same subscription and agency) wait their turn. A replica that
 * dies mid-send releases the lock with its connection, and the delivery, still pending, is sent
 * again: at least once.
 *
 * <p>A failed attempt is tried again after the next step of {@code ita.webhooks.retry-schedule}
 * (with ±20% jitter, so that receivers coming back are not hit by every sender at once); once the
 * schedule is spent the delivery is given up (FAILED) and the next one goes. A subscription whose
 * attempts have failed {@code ita.webhooks.pause-after-attempts} times in a row for at least {@code
 * ita.webhooks.pause-after} is paused, with the reason; one whose receiver answers 410 Gone at
 * once.
 */
@ApplicationScoped
public class WebhookDeliveryJob {

  private static final Logger LOG = Logger.getLogger(WebhookDeliveryJob.class);

  private final WebhookRepository repository;
  private final WebhookSender sender;
  private final WebhookSecrets secrets;
  private final Clock clock;
  private final List<Duration> schedule;
  private final int pauseAfterAttempts;
  private final Duration pauseAfter;
  private final int batch;
  private final Duration keep;
  private final AtomicBoolean busy = new AtomicBoolean();
  private final ExecutorService waker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "webhook-wake-up");
            t.setDaemon(true);
            return t;
          });

  public WebhookDeliveryJob(
      WebhookRepository repository,
      WebhookSender sender,
      WebhookSecrets secrets,
      Clock clock,
      @ConfigProperty(name = "ita.webhooks.retry-schedule") List<Duration> schedule,
      @ConfigProperty(name = "ita.webhooks.pause-after-attempts", defaultValue = "5")
          int pauseAfterAttempts,
      @ConfigProperty(name = "ita.webhooks.pause-after", defaultValue = "P1D") Duration pauseAfter,
      @ConfigProperty(name = "ita.webhooks.batch", defaultValue = "100") int batch,
      @ConfigProperty(name = "ita.webhooks.keep", defaultValue = "P30D") Duration keep) {
    this.repository = repository;
    this.sender = sender;
    this.secrets = secrets;
    this.clock = clock;
    this.schedule = List.copyOf(schedule);
    this.pauseAfterAttempts = pauseAfterAttempts;
    this.pauseAfter = pauseAfter;
    this.batch = batch;
    this.keep = keep;
  }

  @Scheduled(
      identity = "webhook-deliveries",
      every = "${ita.webhooks.poll:PT0.5S}",
      delayed = "${ita.webhooks.initial-delay:PT2S}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void poll() {
    if (!busy.compareAndSet(false, true)) {
      return; // a wake-up is sending already
    }
    try {
      for (int i = 0; i < batch; i++) {
        if (!deliverNext()) {
          break;
        }
      }
    } finally {
      busy.set(false);
    }
  }

  /**
   * Sends what was just queued without waiting for the next poll (the scheduler ticks at most once
   * a second): called once the consumer's transaction has committed.
   */
  public void wakeUp() {
    if (!busy.get()) {
      waker.execute(this::poll);
    }
  }

  @PreDestroy
  void stop() {
    waker.shutdownNow();
  }

  @Scheduled(
      identity = "webhook-clean-up",
      every = "${ita.webhooks.clean-up:PT1H}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void cleanUp() {
    int forgotten =
        QuarkusTransaction.requiringNew()
            .call(() -> repository.forgetFinished(Stamps.now(clock).minus(keep)));
    LOG.debugf("Forgot %d finished webhook deliveries", forgotten);
  }

  /** Sends the next due delivery, if any; false when none is due. */
  boolean deliverNext() {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Optional<UUID> next = repository.lockNextDue(Stamps.now(clock));
              if (next.isEmpty()) {
                return false;
              }
              deliver(WebhookDelivery.findById(next.get()));
              return true;
            });
  }

  private void deliver(WebhookDelivery d) {
    WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
    WebhookEvent event = WebhookEvent.findById(d.eventId);
    OffsetDateTime started = Stamps.now(clock);
    WebhookSender.Attempt attempt;
    try {
      List<String> keys = new ArrayList<>();
      keys.add(secrets.decrypt(s.secret));
      if (s.previousSecret != null
          && s.previousSecretUntil != null
          && s.previousSecretUntil.isAfter(started)) {
        keys.add(secrets.decrypt(s.previousSecret));
      }
      attempt = sender.send(s.url, event, keys);
    } catch (RuntimeException e) {
      // Recorded as a failed attempt like any other, so that this delivery moves back in the
      // queue (and in time fails or pauses its subscription) instead of coming first at every
      // poll and holding up every other subscription: a secret the key no longer opens, say.
      LOG.warnf(e, "Webhook delivery %s could not be sent", d.id);
      attempt = new WebhookSender.Attempt(null, 0, "Not sent: " + e.getMessage());
    }
    OffsetDateTime now = Stamps.now(clock);
    d.attempts++;
    d.lastAttemptAt = started;
    d.lastStatus = attempt.status();
    d.lastLatencyMs = (int) Math.min(Integer.MAX_VALUE, attempt.latencyMs());
    d.lastError = attempt.error();
    if (attempt.delivered()) {
      d.state = WebhookDelivery.State.DELIVERED;
      d.deliveredAt = now;
      d.nextAttemptAt = null;
      repository.recordSuccess(s.id);
      return;
    }
    LOG.debugf(
        "Webhook delivery %s of %s to subscription %s: attempt %d failed: %s",
        d.id, d.eventId, s.id, d.attempts, attempt.error());
    repository.recordFailure(s.id, started);
    if (attempt.status() != null && attempt.status() == 410) {
      d.nextAttemptAt = now;
      repository.pause(
          s.id,
          "Paused by the platform: the receiver answered 410 Gone at "
              + now
              + "; resume the subscription once the endpoint is back",
          now);
      return;
    }
    if (d.attempts > schedule.size()) {
      d.state = WebhookDelivery.State.FAILED;
      d.nextAttemptAt = null;
      LOG.warnf(
          "Webhook delivery %s of %s to subscription %s given up after %d attempts: %s",
          d.id, d.eventId, s.id, d.attempts, attempt.error());
    } else {
      d.nextAttemptAt = now.plus(withJitter(schedule.get(d.attempts - 1)));
    }
    WebhookRepository.FailureRun run = repository.failureRun(s.id);
    if (run.attempts() >= pauseAfterAttempts
        && run.since() != null
        && !run.since().plus(pauseAfter).isAfter(now)) {
      boolean paused =
          repository.pause(
              s.id,
              "Paused by the platform: "
                  + run.attempts()
                  + " attempts in a row failed since "
                  + run.since()
                  + "; the last: "
                  + attempt.error(),
              now);
      if (paused) {
        LOG.warnf("Webhook subscription %s paused after %d failed attempts", s.id, run.attempts());
      }
    }
  }

  private static Duration withJitter(Duration step) {
    double factor = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
    return Duration.ofMillis(Math.round(step.toMillis() * factor));
  }
}
