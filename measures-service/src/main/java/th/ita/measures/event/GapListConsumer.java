package th.ita.measures.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import th.ita.measures.domain.GapList;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.EventFields;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.time.Stamps;

/**
 * Builds the gap list for an agency's next fiscal year from each {@code ResultPublished} (FINAL
 * round). Idempotent: a redelivered event id is skipped, and an older revision never replaces a
 * newer one. A message that cannot be read goes to {@code ita.dead-letter} with the field it lacks;
 * a database failure is retried until the list is stored (see {@link IdempotentConsumer}).
 */
@ApplicationScoped
public class GapListConsumer {

  private final IdempotentConsumer consumer;
  private final ObjectMapper json;
  private final Clock clock;

  public GapListConsumer(IdempotentConsumer consumer, ObjectMapper json, Clock clock) {
    this.consumer = consumer;
    this.json = json;
    this.clock = clock;
  }

  /** What the gap list needs from a published result, read before any database work. */
  record PublishedResult(
      String agency,
      int assessmentYear,
      int revision,
      boolean finalRound,
      BigDecimal overallScore,
      String levelNameTh,
      List<GapList.Question> questions) {}

  @Incoming("results")
  @Blocking
  public void onResultPublished(String data, IncomingCloudEventMetadata<String> metadata) {
    if (!EventTypes.RESULT_PUBLISHED.equals(metadata.getType())) {
      return;
    }
    ConsumedEvent event = ConsumedEvent.live(Topics.RESULTS, data, metadata);
    PublishedResult result = read(event);
    consumer.applyOnce(event, () -> apply(result, event.id()));
  }

  PublishedResult read(ConsumedEvent event) {
    IdempotentConsumer.requireId(event);
    JsonNode result = EventFields.data(json, event);
    String agency = EventFields.text(event, result, "agencyCode");
    int assessmentYear = EventFields.fiscalYear(event, result, "fiscalYear");
    int revision = EventFields.positiveInt(event, result, "revision");
    JsonNode questions = EventFields.array(event, result, "questions");
    List<GapList.Question> gaps = new ArrayList<>();
    for (JsonNode q : questions) {
      if (!q.path("score").isNumber()) {
        continue; // a question the assessment did not score has no gap to close
      }
      List<Integer> issues = new ArrayList<>();
      q.path("issues").forEach(i -> issues.add(i.asInt()));
      gaps.add(
          new GapList.Question(
              q.path("code").asText(),
              q.path("tool").asText(),
              q.path("indicator").asInt(),
              q.path("textTh").asText(null),
              issues,
              q.get("score").decimalValue()));
    }
    JsonNode overall = result.at("/overall/score");
    return new PublishedResult(
        agency,
        assessmentYear,
        revision,
        "FINAL".equals(result.path("round").asText()),
        overall.isNumber() ? overall.decimalValue() : null,
        result.at("/overall/level/nameTh").asText(null),
        gaps);
  }

  private void apply(PublishedResult result, String eventId) {
    if (!result.finalRound()) {
      return; // an interim round informs, but the plan answers the final result
    }
    int planYear = result.assessmentYear() + 1;
    GapList list = GapList.findById(new GapList.Key(result.agency(), planYear));
    if (list != null && IdempotentConsumer.isOutdated(list.resultRevision, result.revision())) {
      return;
    }
    if (list == null) {
      list = new GapList();
      list.agencyCode = result.agency();
      list.fiscalYear = planYear;
    }
    list.assessmentYear = result.assessmentYear();
    list.resultRevision = result.revision();
    list.overallScore = result.overallScore();
    list.levelNameTh = result.levelNameTh();
    list.questions = result.questions();
    list.sourceEventId = eventId;
    list.receivedAt = Stamps.now(clock);
    list.persist();
  }
}
