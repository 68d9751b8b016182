package th.ita.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A producer's {@code events/asyncapi.yaml}, checked against its code so that the document cannot
 * drift: every {@code $ref} resolves and every payload is a JSON Schema file beside it, every
 * emitted event type has exactly one message on its topic, and every message carries the
 * CloudEvents headers (with the producer's {@code ce_source}) and the agency code as Kafka key.
 */
public final class AsyncApiDocument {

  private static final List<String> CLOUD_EVENT_HEADERS =
      List.of(
          "ce_specversion",
          "ce_id",
          "ce_type",
          "ce_source",
          "ce_subject",
          "ce_time",
          "content-type");

  private final Path eventsDir;
  private final JsonNode doc;

  private AsyncApiDocument(Path eventsDir, JsonNode doc) {
    this.eventsDir = eventsDir;
    this.doc = doc;
  }

  /** Reads {@code asyncapi.yaml} from the producer's events folder. */
  public static AsyncApiDocument read(Path eventsDir) {
    try {
      return new AsyncApiDocument(
          eventsDir, new YAMLMapper().readTree(eventsDir.resolve("asyncapi.yaml").toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The public String constants of the event classes: the types they emit. */
  public static Set<String> typeConstants(Class<?>... classes) {
    return Stream.of(classes)
        .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
        .filter(
            f ->
                f.getType() == String.class
                    && Modifier.isStatic(f.getModifiers())
                    && Modifier.isPublic(f.getModifiers()))
        .map(AsyncApiDocument::value)
        .collect(Collectors.toSet());
  }

  /**
   * Where the document disagrees with the code that emits {@code emitted} (event type to topic)
   * with {@code source} as {@code ce_source}; empty when it agrees.
   */
  public List<String> violations(Map<String, String> emitted, String source) {
    List<String> violations = new ArrayList<>();
    if (!"3.0.0".equals(doc.path("asyncapi").asText())) {
      violations.add("asyncapi is not 3.0.0");
    }
    checkRefs(violations);
    checkMessages(emitted, violations);
    checkHeadersAndKey(source, violations);
    return violations;
  }

  private void checkRefs(List<String> violations) {
    List<String> refs = new ArrayList<>();
    collectRefs(doc, refs);
    if (refs.isEmpty()) {
      violations.add("no $ref at all");
    }
    for (String ref : refs) {
      int hash = ref.indexOf('#');
      String file = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : ref.substring(hash + 1);
      JsonNode target = doc;
      if (!file.isEmpty()) {
        Path schema = eventsDir.resolve(file);
        if (!Files.isRegularFile(schema)) {
          violations.add("$ref " + ref + ": no file " + schema);
          continue;
        }
        target = readJson(schema);
      }
      if (target.at(fragment).isMissingNode()) {
        violations.add("$ref " + ref + " does not resolve");
      }
    }
    doc.path("components")
        .path("messages")
        .forEach(
            message -> {
              if (!message.at("/payload/$ref").asText().endsWith(".schema.json")) {
                violations.add(
                    "the payload of " + message.path("name").asText() + " is not a schema file");
              }
            });
  }

  private void checkMessages(Map<String, String> emitted, List<String> violations) {
    Map<String, String> topics = new HashMap<>();
    doc.path("channels")
        .forEach(
            channel ->
                channel
                    .path("messages")
                    .forEach(
                        ref -> {
                          JsonNode message = resolve(ref);
                          String type =
                              message.at("/headers/allOf/1/properties/ce_type/const").asText();
                          if (!message.path("name").asText().equals(type)) {
                            violations.add(
                                "message "
                                    + message.path("name").asText()
                                    + " has ce_type "
                                    + type);
                          }
                          if (topics.put(type, channel.path("address").asText()) != null) {
                            violations.add(type + " is on more than one channel");
                          }
                        }));
    doc.path("operations")
        .forEach(
            op -> {
              if (!"send".equals(op.path("action").asText())) {
                violations.add("an operation is not a send: " + op);
              }
            });
    if (!topics.equals(emitted)) {
      violations.add("messages by topic " + topics + " differ from what the code emits " + emitted);
    }
  }

  private void checkHeadersAndKey(String source, List<String> violations) {
    Set<String> required = new HashSet<>();
    doc.at("/components/schemas/CloudEventHeaders/required").forEach(h -> required.add(h.asText()));
    if (!required.equals(Set.copyOf(CLOUD_EVENT_HEADERS))) {
      violations.add(
          "the required CloudEvents headers are " + required + ", not " + CLOUD_EVENT_HEADERS);
    }
    String declaredSource =
        doc.at("/components/schemas/CloudEventHeaders/properties/ce_source/const").asText();
    if (!source.equals(declaredSource)) {
      violations.add("ce_source is " + declaredSource + ", not " + source);
    }
    doc.path("components")
        .path("messages")
        .forEach(
            message -> {
              String name = message.path("name").asText();
              if (!"#/components/schemas/CloudEventHeaders"
                  .equals(message.at("/headers/allOf/0/$ref").asText())) {
                violations.add(name + " lacks the CloudEvents headers");
              }
              JsonNode trait = resolve(message.at("/traits/0"));
              if (!resolve(trait.at("/bindings/kafka/key"))
                  .path("description")
                  .asText()
                  .contains("agency")) {
                violations.add(name + " does not say its key is the agency code");
              }
            });
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

  private static JsonNode readJson(Path file) {
    try {
      return new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String value(Field f) {
    try {
      return (String) f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
