package th.ita.measures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.ita.measures.event.PlanEvents;
import th.ita.platform.common.event.Topics;

/**
 * {@code events/asyncapi.yaml} cannot drift from the code: every {@code $ref} resolves (the
 * payloads are the JSON Schema files beside it), and every event type the code emits has a message
 * on its topic, with the CloudEvents headers and the agency code as Kafka key.
 */
class AsyncApiDocumentTest {

  private static final Path EVENTS = Path.of("src/main/resources/events");
  private static final List<String> CLOUD_EVENT_HEADERS =
      List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "content-type");

  /** The topic each emitted type goes to (PlanEvents). */
  private static final Map<String, String> EMITTED = Map.of(
      PlanEvents.MEASURE_STATUS_CHANGED, Topics.MEASURES,
      PlanEvents.MILESTONE_STATUS_CHANGED, Topics.MEASURES,
      PlanEvents.EVIDENCE_RECORDED, Topics.MEASURES,
      PlanEvents.PLAN_APPROVED, Topics.PLANS,
      PlanEvents.PLAN_PUBLISHED, Topics.PLANS);

  private final JsonNode doc = read();

  @Test
  void everyEventTypeTheCodeEmitsHasAMessageOnItsTopic() {
    assertThat(EMITTED).containsOnlyKeys(typeConstants(PlanEvents.class).toArray(String[]::new));
    assertThat(messageTopics()).isEqualTo(EMITTED);
  }

  @Test
  void everyRefResolvesAndEveryPayloadIsASchemaFile() throws IOException {
    assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      int hash = ref.indexOf('#');
      String file = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : ref.substring(hash + 1);
      JsonNode target = doc;
      if (!file.isEmpty()) {
        Path schema = EVENTS.resolve(file);
        assertThat(schema).as("$ref %s", ref).isRegularFile();
        target = new ObjectMapper().readTree(schema.toFile());
      }
      assertThat(target.at(fragment).isMissingNode()).as("$ref %s resolves", ref).isFalse();
    }
    doc.path("components").path("messages").forEach(message ->
        assertThat(message.at("/payload/$ref").asText()).as("payload of %s", message.path("name").asText())
            .endsWith(".schema.json"));
  }

  @Test
  void everyMessageHasTheCloudEventHeadersAndTheAgencyCodeAsKey() {
    assertThat(doc.at("/components/schemas/CloudEventHeaders/required"))
        .extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(CLOUD_EVENT_HEADERS);
    assertThat(doc.at("/components/schemas/CloudEventHeaders/properties/ce_source/const").asText())
        .isEqualTo("/measures-service");
    doc.path("components").path("messages").forEach(message -> {
      assertThat(message.at("/headers/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventHeaders");
      JsonNode trait = resolve(message.at("/traits/0"));
      assertThat(resolve(trait.at("/bindings/kafka/key")).path("description").asText()).contains("agency");
    });
  }

  /** ce_type of each message, to the address of the channel that carries it. */
  private Map<String, String> messageTopics() {
    Map<String, String> topics = new HashMap<>();
    doc.path("channels").forEach(channel -> channel.path("messages").forEach(ref -> {
      JsonNode message = resolve(ref);
      String type = message.at("/headers/allOf/1/properties/ce_type/const").asText();
      assertThat(message.path("name").asText()).isEqualTo(type);
      assertThat(topics.put(type, channel.path("address").asText())).as("%s on one channel", type).isNull();
    }));
    doc.path("operations").forEach(op -> assertThat(op.path("action").asText()).isEqualTo("send"));
    return topics;
  }

  private JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? doc.at(node.get("$ref").asText().substring(1)) : node;
  }

  private static void collectRefs(JsonNode node, List<String> refs) {
    if (node.has("$ref")) {
      refs.add(node.get("$ref").asText());
    }
    node.forEach(child -> collectRefs(child, refs));
  }

  /** The public String constants of the event classes: the types they emit. */
  static Set<String> typeConstants(Class<?>... classes) {
    return Stream.of(classes).flatMap(c -> Arrays.stream(c.getDeclaredFields()))
        .filter(f -> f.getType() == String.class && Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers()))
        .map(AsyncApiDocumentTest::value).collect(Collectors.toSet());
  }

  private static String value(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read() {
    try {
      return new YAMLMapper().readTree(EVENTS.resolve("asyncapi.yaml").toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
