package th.ita.measures.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static th.ita.platform.testing.EventContract.Read.optional;
import static th.ita.platform.testing.EventContract.Read.required;
import static th.ita.platform.testing.EventContract.Type.ARRAY;
import static th.ita.platform.testing.EventContract.Type.INTEGER;
import static th.ita.platform.testing.EventContract.Type.NUMBER;
import static th.ita.platform.testing.EventContract.Type.OBJECT;
import static th.ita.platform.testing.EventContract.Type.STRING;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.EventContract;
import th.ita.platform.testing.EventContract.Read;

/**
 * What {@code GapListConsumer} reads from {@code ResultPublished}, held against
 * assessment-service's schema: a producer change that breaks the gap list fails here.
 */
class GapListConsumerContractTest {

  static final Path SCHEMA =
      Path.of("../assessment-service/src/main/resources/events/result-published.schema.json");

  /**
   * Every field GapListConsumer reads; required where it throws (or cannot key the list) without
   * it.
   */
  static final List<Read> READS =
      List.of(
          required("/agencyCode", STRING),
          required("/fiscalYear", INTEGER),
          required("/revision", INTEGER),
          required("/questions", ARRAY),
          optional("/round", STRING),
          optional("/overall", OBJECT),
          optional("/overall/score", NUMBER),
          optional("/overall/level/nameTh", STRING),
          required("/questions/*/code", STRING), // the gap list keys its questions on it
          optional("/questions/*/tool", STRING),
          optional("/questions/*/indicator", INTEGER),
          optional("/questions/*/textTh", STRING),
          optional("/questions/*/issues", ARRAY),
          optional("/questions/*/issues/*", INTEGER),
          optional("/questions/*/score", NUMBER));

  static final Path SCHEMA_V2 =
      Path.of("../assessment-service/src/main/resources/events/result-published.v2.schema.json");

  static final Path FRAMEWORK_SCHEMA =
      Path.of("../assessment-service/src/main/resources/events/framework-published.schema.json");

  /** What it reads from version 2 (the scores of {@code /questions} are read by each key). */
  static final List<Read> READS_V2 =
      List.of(
          required("/agencyCode", STRING),
          required("/fiscalYear", INTEGER),
          required("/revision", INTEGER),
          required("/frameworkVersion", INTEGER),
          required("/questions", OBJECT),
          optional("/round", STRING),
          optional("/overall", NUMBER),
          optional("/official/overall", NUMBER),
          optional("/level", STRING));

  /** What FrameworkConsumer reads from FrameworkPublished. */
  static final List<Read> FRAMEWORK_READS =
      List.of(
          required("/fiscalYear", INTEGER),
          required("/version", INTEGER),
          required("/questions", ARRAY),
          required("/questions/*/code", STRING),
          optional("/questions/*/tool", STRING),
          optional("/questions/*/indicator", INTEGER),
          optional("/questions/*/textTh", STRING),
          optional("/questions/*/issues/*", INTEGER),
          required("/levels", ARRAY),
          required("/levels/*/code", STRING),
          optional("/levels/*/nameTh", STRING));

  @Test
  void theProducersSchemasGuaranteeEverythingVersion2AndItsFrameworkGive() {
    assertThat(EventContract.violations(SCHEMA_V2, READS_V2)).isEmpty();
    assertThat(EventContract.violations(FRAMEWORK_SCHEMA, FRAMEWORK_READS)).isEmpty();
  }

  @Test
  void theProducersSchemaGuaranteesEverythingTheGapListReads() {
    assertThat(EventContract.violations(SCHEMA, READS)).isEmpty();
  }

  @Test
  void aBreakingChangeToTheSchemaIsReported() {
    Path breaking = Path.of("src/test/resources/contracts/result-published-breaking.schema.json");
    assertThat(EventContract.violations(breaking, READS))
        .containsExactly(
            "/fiscalYear: the consumer reads integer but the schema declares string",
            "/revision: the consumer requires /revision but the schema does not require it");
  }

  @Test
  void aFieldTheSchemaDoesNotDeclareIsReported() {
    assertThat(
            EventContract.violations(
                SCHEMA,
                List.of(
                    optional("/questions/*/weight", NUMBER), required("/overall/score", NUMBER))))
        .containsExactly(
            "/questions/*/weight: the schema does not declare /questions/*/weight",
            "/overall/score: the consumer requires /overall/score but the schema does not require it");
  }
}
