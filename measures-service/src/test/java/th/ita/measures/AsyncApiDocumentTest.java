package th.ita.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.measures.event.PlanEvents;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.AsyncApiDocument;

/** {@code events/asyncapi.yaml} says what the code emits, and nothing else. */
class AsyncApiDocumentTest {

  /** The topic each emitted type goes to. */
  private static final Map<String, String> EMITTED =
      Map.of(
          EventTypes.MEASURE_STATUS_CHANGED, Topics.MEASURES,
          EventTypes.MILESTONE_STATUS_CHANGED, Topics.MEASURES,
          EventTypes.EVIDENCE_RECORDED, Topics.MEASURES,
          EventTypes.PLAN_APPROVED, Topics.PLANS,
          EventTypes.PLAN_PUBLISHED, Topics.PLANS);

  @Test
  void theDocumentMatchesTheEventsTheCodeEmits() {
    assertThat(EMITTED).containsOnlyKeys(PlanEvents.TYPES.toArray(String[]::new));
    assertThat(
            AsyncApiDocument.read(Path.of("src/main/resources/events"))
                .violations(EMITTED, "/measures-service"))
        .isEmpty();
  }
}
