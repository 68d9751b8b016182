package th.ita.platform.common.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a consumer is retrying a message: the service's read model is falling behind its
 * topics. It recovers by itself once the message is applied.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

  static final String NAME = "Event consumers";

  private final ConsumerHealth health;

  public ConsumersReadiness(ConsumerHealth health) {
    this.health = health;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, ConsumerHealth.Retrying> retrying = health.retrying();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named(NAME).status(retrying.isEmpty());
    retrying.forEach(
        (channel, r) ->
            response.withData(
                channel,
                "retrying since "
                    + r.since()
                    + ", "
                    + r.attempts()
                    + (r.attempts() == 1 ? " failed try: " : " failed tries: ")
                    + r.lastError()));
    return response.build();
  }
}
