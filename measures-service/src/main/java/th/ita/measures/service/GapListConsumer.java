package th.ita.measures.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import th.ita.measures.domain.GapList;
import th.ita.platform.common.inbox.Inbox;

/**
 * Builds the gap list for an agency's next fiscal year from each {@code ResultPublished} (FINAL
 * round). Idempotent: a redelivered event id is skipped, and an older revision never replaces a
 * newer one. A message that cannot be read throws and goes to {@code ita.dead-letter}.
 */
@ApplicationScoped
public class GapListConsumer {

  private final Inbox inbox;
  private final ObjectMapper json;

  public GapListConsumer(Inbox inbox, ObjectMapper json) {
    this.inbox = inbox;
    this.json = json;
  }

  @Incoming("results")
  @Blocking
  @Transactional
  public void onResultPublished(String data, IncomingCloudEventMetadata<String> event) throws IOException {
    if (!"ResultPublished".equals(event.getType())) {
      return;
    }
    JsonNode result = json.readTree(data);
    String agency = required(result, "agencyCode").asText();
    int assessmentYear = required(result, "fiscalYear").asInt();
    int revision = required(result, "revision").asInt();
    JsonNode questions = required(result, "questions");
    if (!inbox.firstDelivery(event.getId(), event.getType(), String.valueOf(event.getSource()))) {
      return;
    }
    if (!"FINAL".equals(result.path("round").asText())) {
      return; // an interim round informs, but the plan answers the final result
    }
    int planYear = assessmentYear + 1;
    GapList list = GapList.findById(new GapList.Key(agency, planYear));
    if (list != null && list.resultRevision > revision) {
      return;
    }
    if (list == null) {
      list = new GapList();
      list.agencyCode = agency;
      list.fiscalYear = planYear;
    }
    list.assessmentYear = assessmentYear;
    list.resultRevision = revision;
    list.overallScore = result.at("/overall/score").isNumber() ? result.at("/overall/score").decimalValue() : null;
    list.levelNameTh = result.at("/overall/level/nameTh").asText(null);
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
    list.questions = gaps;
    list.sourceEventId = event.getId();
    list.receivedAt = OffsetDateTime.now(ZoneOffset.UTC);
    list.persist();
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("ResultPublished without " + field);
    }
    return value;
  }
}
