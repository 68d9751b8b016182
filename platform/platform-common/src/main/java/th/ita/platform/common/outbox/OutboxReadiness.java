package th.ita.platform.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready when this replica's relay has been unable to send anything for longer than {@code
 * ita.outbox.stalled-after}: Kafka is out of reach, and consumers are falling behind this service's
 * changes. A relay that sends, however long its backlog, is ready; so is a replica whose relay
 * waits while another replica sends. Parked events do not count: they wait for an operator, and the
 * gauge {@code ita_outbox_parked} shows them.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

  private final OutboxStats stats;
  private final Duration stalledAfter;

  public OutboxReadiness(
      OutboxStats stats,
      @ConfigProperty(name = "ita.outbox.stalled-after", defaultValue = "PT2M")
          Duration stalledAfter) {
    this.stats = stats;
    this.stalledAfter = stalledAfter;
  }

  @Override
  public HealthCheckResponse call() {
    Duration failing = stats.unableToSendFor();
    return HealthCheckResponse.named("Outbox relay")
        .status(failing.compareTo(stalledAfter) <= 0)
        .withData("pending", stats.pending())
        .withData("parked", stats.parked())
        .withData("oldestPendingSeconds", stats.oldestPendingAge().toSeconds())
        .withData("unableToSendSeconds", failing.toSeconds())
        .build();
  }
}
