package th.ita.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.assessment.event.AgencyEvents;
import th.ita.assessment.event.ResultEvents;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.AsyncApiDocument;

/** {@code events/asyncapi.yaml} says what the code emits, and nothing else. */
class AsyncApiDocumentTest {

  /** The topic each emitted type goes to. */
  private static final Map<String, String> EMITTED = Map.of(
      AgencyEvents.REGISTERED, Topics.AGENCIES,
      AgencyEvents.UPDATED, Topics.AGENCIES,
      ResultEvents.PUBLISHED, Topics.RESULTS);

  @Test
  void theDocumentMatchesTheEventsTheCodeEmits() {
    assertThat(EMITTED).containsOnlyKeys(
        AsyncApiDocument.typeConstants(AgencyEvents.class, ResultEvents.class).toArray(String[]::new));
    assertThat(AsyncApiDocument.read(Path.of("src/main/resources/events")).violations(EMITTED, "/assessment-service"))
        .isEmpty();
  }

  @Test
  void aTypeTheDocumentLacksOrAnotherSourceIsReported() {
    AsyncApiDocument document = AsyncApiDocument.read(Path.of("src/main/resources/events"));
    Map<String, String> more = new java.util.HashMap<>(EMITTED);
    more.put("ResultWithdrawn", Topics.RESULTS);
    assertThat(document.violations(more, "/assessment-service")).singleElement().asString().contains("ResultWithdrawn");
    assertThat(document.violations(EMITTED, "/elsewhere")).singleElement().asString().contains("ce_source");
  }
}
