package th.ita.platform.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when an event has waited to be sent for longer than {@code ita.outbox.stalled-after}:
 * the relay cannot reach Kafka, and consumers are falling behind this service's changes. Parked
 * events do not count; they wait for an operator, and the gauge {@code ita_outbox_parked} shows them.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

  private final OutboxStats stats;
  private final Duration stalledAfter;

  public OutboxReadiness(OutboxStats stats,
      @ConfigProperty(name = "ita.outbox.stalled-after", defaultValue = "PT2M") Duration stalledAfter) {
    this.stats = stats;
    this.stalledAfter = stalledAfter;
  }

  @Override
  public HealthCheckResponse call() {
    Duration age = stats.oldestPendingAge();
    return HealthCheckResponse.named("Outbox relay")
        .status(age.compareTo(stalledAfter) <= 0)
        .withData("pending", stats.pending())
        .withData("parked", stats.parked())
        .withData("oldestPendingSeconds", age.toSeconds())
        .build();
  }
}
