package th.ita.measures.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import th.ita.measures.domain.GapList;
import th.ita.platform.common.consumer.ConsumerRetries;
import th.ita.platform.common.consumer.UnreadableEventException;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.inbox.Inbox;

/**
 * Builds the gap list for an agency's next fiscal year from each {@code ResultPublished} (FINAL
 * round). Idempotent: a redelivered event id is skipped, and an older revision never replaces a
 * newer one. A message that cannot be read goes to {@code ita.dead-letter}; a database failure is
 * retried until the list is stored (see {@link ConsumerRetries}).
 */
@ApplicationScoped
public class GapListConsumer {

  private final Inbox inbox;
  private final ObjectMapper json;
  private final ConsumerRetries retries;

  public GapListConsumer(Inbox inbox, ObjectMapper json, ConsumerRetries retries) {
    this.inbox = inbox;
    this.json = json;
    this.retries = retries;
  }

  /** What the gap list needs from a published result, read before any database work. */
  record PublishedResult(String agency, int assessmentYear, int revision, boolean finalRound,
      BigDecimal overallScore, String levelNameTh, List<GapList.Question> questions) {}

  @Incoming("results")
  @Blocking
  public void onResultPublished(String data, IncomingCloudEventMetadata<String> event) {
    if (!"ResultPublished".equals(event.getType())) {
      return;
    }
    PublishedResult result = read(data, event);
    retries.runInTransaction(Topics.RESULTS, () -> apply(result, event));
  }

  private PublishedResult read(String data, IncomingCloudEventMetadata<String> event) {
    if (event.getId() == null || event.getId().isBlank()) {
      throw new UnreadableEventException("A ResultPublished event without ce_id cannot be applied exactly once");
    }
    JsonNode result;
    try {
      result = json.readTree(data);
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException("ResultPublished " + event.getId() + " is not JSON: " + e.getOriginalMessage(), e);
    }
    String agency = required(result, "agencyCode", JsonNode::isTextual).asText();
    int assessmentYear = required(result, "fiscalYear", JsonNode::isInt).asInt();
    int revision = required(result, "revision", JsonNode::isInt).asInt();
    JsonNode questions = required(result, "questions", JsonNode::isArray);
    List<GapList.Question> gaps = new ArrayList<>();
    for (JsonNode q : questions) {
      if (!q.path("score").isNumber()) {
        continue;
      }
      List<Integer> issues = new ArrayList<>();
      q.path("issues").forEach(i -> issues.add(i.asInt()));
      gaps.add(new GapList.Question(q.path("code").asText(), q.path("tool").asText(), q.path("indicator").asInt(),
          q.path("textTh").asText(null), issues, q.get("score").decimalValue()));
    }
    JsonNode overall = result.at("/overall/score");
    return new PublishedResult(agency, assessmentYear, revision, "FINAL".equals(result.path("round").asText()),
        overall.isNumber() ? overall.decimalValue() : null, result.at("/overall/level/nameTh").asText(null), gaps);
  }

  private void apply(PublishedResult result, IncomingCloudEventMetadata<String> event) {
    if (!inbox.firstDelivery(event.getId(), event.getType(), String.valueOf(event.getSource()))) {
      return;
    }
    if (!result.finalRound()) {
      return; // an interim round informs, but the plan answers the final result
    }
    int planYear = result.assessmentYear() + 1;
    GapList list = GapList.findById(new GapList.Key(result.agency(), planYear));
    if (list != null && list.resultRevision > result.revision()) {
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
    list.sourceEventId = event.getId();
    list.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
    list.persist();
  }

  private static JsonNode required(JsonNode node, String field, Predicate<JsonNode> shape) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new UnreadableEventException("ResultPublished without " + field);
    }
    if (!shape.test(value)) {
      throw new UnreadableEventException("ResultPublished with " + field + " of the wrong type: " + value);
    }
    return value;
  }
}
