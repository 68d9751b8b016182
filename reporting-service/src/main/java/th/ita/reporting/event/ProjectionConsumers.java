package th.ita.reporting.event;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.EventBatch;
import th.ita.platform.common.event.Topics;

/**
 * Feeds the read model from {@code ita.frameworks}, {@code ita.results}, {@code ita.plans} and
 * {@code ita.measures}.
 *
 * <p>Each channel handles one message at a time ({@link Blocking} is ordered; results one poll at a
 * time), and every event is keyed by agency code, so an agency's events on a topic arrive in order;
 * across topics (a measure in a plan event and in a measure event) the ordering rule in {@code
 * ProjectionRepository} keeps the newest snapshot whatever the arrival order. An unreadable message
 * goes to {@code ita.dead-letter} instead of blocking the partition; a database failure is retried,
 * in place, until the snapshot is stored (see {@link LiveProjection}). A version 2 result whose
 * framework version has not arrived on {@code ita.frameworks} (another topic, so in no set order
 * with it) waits in the same way, in place, until it has.
 */
@ApplicationScoped
public class ProjectionConsumers {

  private static final Logger LOG = Logger.getLogger(ProjectionConsumers.class);

  private final EventReader reader;
  private final LiveProjection projection;

  public ProjectionConsumers(EventReader reader, LiveProjection projection) {
    this.reader = reader;
    this.projection = projection;
  }

  /**
   * What one poll brought, applied together (see {@link EventBatch}): a national import publishes
   * thousands of results at once.
   */
  @Incoming("results")
  @Blocking
  public CompletionStage<Void> onResults(KafkaRecordBatch<String, String> batch) {
    return EventBatch.apply(
        batch,
        record -> reader.read(ConsumedEvent.replayed(record)).orElse(null),
        snapshots -> {
          List<Projector.Outcome> outcomes = projection.applyAll(Topics.RESULTS, snapshots);
          LOG.debugf("%d results: %s", snapshots.size(), outcomes);
        },
        snapshot -> {
          Projector.Outcome outcome = projection.apply(Topics.RESULTS, snapshot);
          LOG.debugf("%s: %s", snapshot.event().describe(), outcome);
        });
  }

  /** Framework versions, which version 2 results are joined to. */
  @Incoming("frameworks")
  @Blocking
  public void onFramework(String data, IncomingCloudEventMetadata<String> event) {
    consume(ConsumedEvent.live(Topics.FRAMEWORKS, data, event));
  }

  @Incoming("plans")
  @Blocking
  public void onPlan(String data, IncomingCloudEventMetadata<String> event) {
    consume(ConsumedEvent.live(Topics.PLANS, data, event));
  }

  @Incoming("measures")
  @Blocking
  public void onMeasure(String data, IncomingCloudEventMetadata<String> event) {
    consume(ConsumedEvent.live(Topics.MEASURES, data, event));
  }

  private void consume(ConsumedEvent event) {
    reader
        .read(event)
        .ifPresentOrElse(
            snapshot -> {
              Projector.Outcome outcome = projection.apply(event.topic(), snapshot);
              LOG.debugf("%s %s: %s", event.type(), event.id(), outcome);
            },
            () -> LOG.debugf("Ignoring %s on %s", event.type(), event.topic()));
  }
}
