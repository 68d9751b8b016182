package th.ita.platform.common.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * What an operator watches of the outbox: events pending, events parked, and how long the oldest
 * pending one has waited. Published as gauges on {@code /q/metrics} ({@code ita_outbox_pending},
 * {@code ita_outbox_parked}, {@code ita_outbox_oldest_pending_age_seconds}) and read by {@link
 * OutboxReadiness}.
 *
 * <p>The relay counts them on each tick, on every replica, so a scrape never touches the database.
 */
@Startup
@ApplicationScoped
public class OutboxStats {

  private final Clock clock;
  private volatile long pending;
  private volatile long parked;
  private volatile Instant oldestPendingAt;
  private volatile Instant failingSince;

  public OutboxStats(MeterRegistry registry, Clock clock) {
    this.clock = clock;
    Gauge.builder("ita.outbox.pending", this, OutboxStats::pending)
        .description("Events written but not yet acknowledged by Kafka")
        .register(registry);
    Gauge.builder("ita.outbox.parked", this, OutboxStats::parked)
        .description(
            "Events Kafka refused for good, waiting for an ita-admin to retry or discard them")
        .register(registry);
    Gauge.builder(
            "ita.outbox.oldest.pending.age", this, s -> s.oldestPendingAge().toMillis() / 1000.0)
        .baseUnit("seconds")
        .description("How long the oldest pending event has waited")
        .register(registry);
  }

  /**
   * Counts again; in a transaction. Each figure is its own sub-select with {@code status = '…'}, so
   * that it reads the partial index of that status: one query over both statuses scanned the whole
   * outbox, every event ever sent included, and the relay counts after every run.
   */
  void refresh() {
    Object[] row =
        (Object[])
            Panache.getEntityManager()
                .createNativeQuery(
                    "SELECT (SELECT count(*) FROM outbox_event WHERE status = 'PENDING'),"
                        + " (SELECT count(*) FROM outbox_event WHERE status = 'FAILED'),"
                        + " (SELECT min(occurred_at) FROM outbox_event WHERE status = 'PENDING')")
                .getSingleResult();
    pending = ((Number) row[0]).longValue();
    parked = ((Number) row[1]).longValue();
    oldestPendingAt = row[2] == null ? null : toInstant(row[2]);
  }

  /** The relay sent, or had nothing that failed: it is not stuck. */
  void sending() {
    failingSince = null;
  }

  /** A whole batch failed to send; remembered from the first such batch until one goes through. */
  void sendFailed() {
    if (failingSince == null) {
      failingSince = clock.instant();
    }
  }

  /** How long this replica's relay has been unable to send anything; zero while it can. */
  public Duration unableToSendFor() {
    Instant since = failingSince;
    return since == null ? Duration.ZERO : Duration.between(since, clock.instant());
  }

  public long pending() {
    return pending;
  }

  public long parked() {
    return parked;
  }

  public Duration oldestPendingAge() {
    Instant oldest = oldestPendingAt;
    return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant());
  }

  private static Instant toInstant(Object value) {
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }
}
