package th.ita.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.AsyncApiDocument;

/** {@code events/asyncapi.yaml} says what the code emits, and nothing else. */
class AsyncApiDocumentTest {

  /** The topic each emitted type goes to. */
  private static final Map<String, String> EMITTED =
      Map.of(
          EventTypes.AGENCY_REGISTERED, Topics.AGENCIES,
          EventTypes.AGENCY_UPDATED, Topics.AGENCIES,
          EventTypes.RESULT_PUBLISHED, Topics.RESULTS,
          EventTypes.FRAMEWORK_PUBLISHED, Topics.FRAMEWORKS);

  @Test
  void theDocumentMatchesTheEventsTheCodeEmits() throws IOException {
    assertThat(EMITTED).containsOnlyKeys(typesTheEventPackageUses().toArray(String[]::new));
    assertThat(
            AsyncApiDocument.read(Path.of("src/main/resources/events"))
                .violations(EMITTED, "/assessment-service"))
        .isEmpty();
  }

  @Test
  void aTypeTheDocumentLacksOrAnotherSourceIsReported() {
    AsyncApiDocument document = AsyncApiDocument.read(Path.of("src/main/resources/events"));
    Map<String, String> more = new HashMap<>(EMITTED);
    more.put("ResultWithdrawn", Topics.RESULTS);
    assertThat(document.violations(more, "/assessment-service"))
        .singleElement()
        .asString()
        .contains("ResultWithdrawn");
    assertThat(document.violations(EMITTED, "/elsewhere"))
        .singleElement()
        .asString()
        .contains("ce_source");
  }

  /**
   * The event types the service's event package names. Read from its source: the constants are
   * inlined by the compiler, so the classes no longer show them.
   */
  private static Set<String> typesTheEventPackageUses() throws IOException {
    Pattern constant = Pattern.compile("EventTypes\\.([A-Z_]+)");
    Set<String> types = new HashSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/java/th/ita/assessment/event"))) {
      for (Path file : files.toList()) {
        Matcher m = constant.matcher(Files.readString(file));
        while (m.find()) {
          types.add(valueOf(m.group(1)));
        }
      }
    }
    return types;
  }

  private static String valueOf(String constant) {
    try {
      return (String) EventTypes.class.getField(constant).get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
