package th.ita.measures.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import th.ita.measures.domain.ResultFramework;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.EventFields;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.time.Stamps;

/**
 * Keeps each framework version announced on {@code ita.frameworks} ({@code FrameworkPublished}):
 * the texts that results of version 2 leave out and the gap list joins back (see {@link
 * GapListConsumer}). A version never changes, so the first copy stays.
 */
@ApplicationScoped
public class FrameworkConsumer {

  private final IdempotentConsumer consumer;
  private final ObjectMapper json;
  private final Clock clock;

  public FrameworkConsumer(IdempotentConsumer consumer, ObjectMapper json, Clock clock) {
    this.consumer = consumer;
    this.json = json;
    this.clock = clock;
  }

  @Incoming("frameworks")
  @Blocking
  public void onFrameworkPublished(String data, IncomingCloudEventMetadata<String> metadata) {
    if (!EventTypes.FRAMEWORK_PUBLISHED.equals(metadata.getType())) {
      return;
    }
    ConsumedEvent event = ConsumedEvent.live(Topics.FRAMEWORKS, data, metadata);
    ResultFramework framework = read(event);
    consumer.applyOnce(
        event,
        () -> {
          var key = new ResultFramework.Key(framework.fiscalYear, framework.version);
          if (ResultFramework.findById(key) == null) {
            framework.receivedAt = Stamps.now(clock);
            framework.persist();
          }
        });
  }

  ResultFramework read(ConsumedEvent event) {
    IdempotentConsumer.requireId(event);
    JsonNode data = EventFields.data(json, event);
    ResultFramework framework = new ResultFramework();
    framework.fiscalYear = EventFields.fiscalYear(event, data, "fiscalYear");
    framework.version = EventFields.integer(event, data, "version");
    List<ResultFramework.Question> questions = new ArrayList<>();
    for (JsonNode q : EventFields.array(event, data, "questions")) {
      List<Integer> issues = new ArrayList<>();
      q.path("issues").forEach(i -> issues.add(i.asInt()));
      questions.add(
          new ResultFramework.Question(
              EventFields.text(event, q, "code"),
              q.path("tool").asText(),
              q.path("indicator").asInt(),
              q.path("textTh").asText(null),
              issues));
    }
    Map<String, String> levels = new LinkedHashMap<>();
    for (JsonNode l : EventFields.array(event, data, "levels")) {
      levels.put(EventFields.text(event, l, "code"), l.path("nameTh").asText(null));
    }
    framework.questions = questions;
    framework.levelNamesTh = levels;
    framework.sourceEventId = event.id();
    return framework;
  }
}
