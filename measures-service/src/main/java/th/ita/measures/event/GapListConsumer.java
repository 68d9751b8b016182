package th.ita.measures.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import th.ita.measures.domain.GapList;
import th.ita.measures.domain.ResultFramework;
import th.ita.measures.mapping.ResultJoin;
import th.ita.measures.repository.GapListRepository;
import th.ita.measures.repository.ResultFrameworks;
import th.ita.platform.common.consumer.AwaitedEventException;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.ConsumerRetries;
import th.ita.platform.common.consumer.EventBatch;
import th.ita.platform.common.consumer.EventFields;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.time.Stamps;

/**
 * Builds the gap list for an agency's next fiscal year from each {@code ResultPublished} (FINAL
 * round), of version 1 (the whole result with its texts) or version 2 (codes and scores, joined to
 * the framework version it names, which {@link FrameworkConsumer} keeps; until that has arrived,
 * the result waits in place). A list built from version 2 is stored without the questions' texts,
 * which it is joined to again when read ({@code GapListService}). Idempotent: a redelivered event
 * id is skipped, and an older revision never replaces a newer one ({@link GapListRepository}). A
 * message that cannot be read goes to {@code ita.dead-letter} with the field it lacks; a database
 * failure is retried until the list is stored (see {@link IdempotentConsumer}).
 */
@ApplicationScoped
public class GapListConsumer {

  private final IdempotentConsumer consumer;
  private final ConsumerRetries retries;
  private final ResultFrameworks frameworks;
  private final GapListRepository gapLists;
  private final ObjectMapper json;
  private final Clock clock;

  public GapListConsumer(
      IdempotentConsumer consumer,
      ConsumerRetries retries,
      ResultFrameworks frameworks,
      GapListRepository gapLists,
      ObjectMapper json,
      Clock clock) {
    this.consumer = consumer;
    this.retries = retries;
    this.frameworks = frameworks;
    this.gapLists = gapLists;
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
      List<GapList.Question> questions,
      Long frameworkVersion) {}

  /**
   * What one poll brought, applied together (see {@link EventBatch}): a national import publishes
   * thousands of results at once.
   */
  @Incoming("results")
  @Blocking
  public CompletionStage<Void> onResultsPublished(KafkaRecordBatch<String, String> batch) {
    return EventBatch.apply(batch, this::receive, this::applyAll, this::applyOne);
  }

  /**
   * A ResultPublished as its record brought it, read without the database: version 1 {@code whole},
   * or version 2's {@code scores} (the other null), joined to their framework when applied.
   */
  record Received(ConsumedEvent event, PublishedResult whole, ScoredResult scores) {}

  /** The result in {@code record}; null for another type of event on the topic. */
  Received receive(ConsumerRecord<String, String> record) {
    ConsumedEvent event = ConsumedEvent.replayed(record);
    if (!EventTypes.RESULT_PUBLISHED.equals(event.type())) {
      return null;
    }
    return event.dataSchema() == null
        ? new Received(event, read(event), null)
        : new Received(event, null, readScores(event));
  }

  private void applyAll(List<Received> results) {
    retries.inTransactionForBatch(
        Topics.RESULTS,
        () -> {
          for (Received result : results) {
            if (consumer.firstDelivery(result.event())) {
              apply(result);
            }
          }
          return null;
        });
  }

  private void applyOne(Received result) {
    consumer.applyOnce(result.event(), () -> apply(result));
  }

  private void apply(Received result) {
    apply(
        result.whole() != null ? result.whole() : join(result.event(), result.scores()),
        result.event().id());
  }

  /**
   * What the gap list needs from a version 2 result ({@value #RESULT_V2}): codes and scores, and
   * the framework version whose texts complete them.
   */
  record ScoredResult(
      String agency,
      int assessmentYear,
      int revision,
      boolean finalRound,
      long frameworkVersion,
      BigDecimal overallScore,
      String levelCode,
      Map<String, BigDecimal> scores) {}

  /** The dataschema of ResultPublished's version 2; version 1 has none. */
  static final String RESULT_V2 = "urn:ita:events:result-published:v2";

  ScoredResult readScores(ConsumedEvent event) {
    IdempotentConsumer.requireId(event);
    if (!event.follows(RESULT_V2)) {
      throw event.unreadable("has the dataschema " + event.dataSchema() + ", unknown here");
    }
    JsonNode result = EventFields.data(json, event);
    String agency = EventFields.text(event, result, "agencyCode");
    int assessmentYear = EventFields.fiscalYear(event, result, "fiscalYear");
    int revision = EventFields.positiveInt(event, result, "revision");
    long frameworkVersion = EventFields.integer(event, result, "frameworkVersion");
    JsonNode questions = EventFields.object(event, result, "questions");
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    questions
        .fields()
        .forEachRemaining(
            q -> {
              // A plain score, [score, PUBLIC, SURVEY], or an object with its score.
              JsonNode score =
                  q.getValue().isArray() ? q.getValue().path(0) : q.getValue().path("score");
              if (q.getValue().isNumber()) {
                score = q.getValue();
              }
              if (score.isNumber()) {
                scores.put(q.getKey(), score.decimalValue());
              }
            });
    // The overall score that stands: NACC's where published, else the recomputation.
    JsonNode official = result.at("/official/overall");
    JsonNode computed = result.path("overall");
    JsonNode overall = official.isNumber() ? official : computed;
    return new ScoredResult(
        agency,
        assessmentYear,
        revision,
        "FINAL".equals(result.path("round").asText()),
        frameworkVersion,
        overall.isNumber() ? overall.decimalValue() : null,
        result.path("level").asText(null),
        scores);
  }

  /**
   * The version 2 result with its framework's texts, as version 1 carried them; waits (a transient
   * failure, retried in place) while the framework version has not arrived on {@code
   * ita.frameworks}. An interim result needs no texts: it builds no gap list.
   */
  private PublishedResult join(ConsumedEvent event, ScoredResult result) {
    List<GapList.Question> questions = List.of();
    String levelNameTh = null;
    if (result.finalRound()) {
      ResultFramework.Texts framework =
          frameworks
              .find(result.assessmentYear(), result.frameworkVersion())
              .orElseThrow(
                  () ->
                      AwaitedEventException.framework(
                          event, result.assessmentYear(), result.frameworkVersion()));
      questions = ResultJoin.questions(result.scores(), framework);
      levelNameTh =
          result.levelCode() == null ? null : framework.levelNamesTh().get(result.levelCode());
    }
    return new PublishedResult(
        result.agency(),
        result.assessmentYear(),
        result.revision(),
        result.finalRound(),
        result.overallScore(),
        levelNameTh,
        questions,
        result.frameworkVersion());
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
        gaps,
        null);
  }

  private void apply(PublishedResult result, String eventId) {
    if (!result.finalRound()) {
      return; // an interim round informs, but the plan answers the final result
    }
    GapList list = new GapList();
    list.agencyCode = result.agency();
    list.fiscalYear = result.assessmentYear() + 1;
    list.assessmentYear = result.assessmentYear();
    list.resultRevision = result.revision();
    list.overallScore = result.overallScore();
    list.levelNameTh = result.levelNameTh();
    list.questions = result.questions();
    list.frameworkVersion = result.frameworkVersion();
    list.sourceEventId = eventId;
    list.receivedAt = Stamps.now(clock);
    gapLists.keep(list);
  }
}
