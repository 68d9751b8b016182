package th.ita.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import th.ita.platform.testing.EventContract.Read;
import th.ita.platform.testing.EventContract.Type;

/**
 * A consumer's reads held against a producer's schema: quiet when it fits, naming the pointer when
 * not.
 */
class EventContractTest {

  /** A result as a producer documents it; the agency comes from a sibling file. */
  private static final String RESULT =
      """
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "object",
        "required": ["agency", "fiscalYear", "round", "questions"],
        "properties": {
          "agency": {"$ref": "agency.schema.json"},
          "fiscalYear": {"type": "integer"},
          "round": {"enum": ["DRAFT", "FINAL"]},
          "total": {"type": ["number"]},
          "questions": {"type": "array", "items": {"$ref": "#/$defs/question"}}
        },
        "$defs": {
          "question": {
            "type": "object",
            "required": ["code"],
            "properties": {"code": {"type": "string"}, "score": {"type": "integer"}}
          }
        }
      }
      """;

  private static final String AGENCY =
      """
      {"type": "object", "required": ["code"], "properties": {"code": {"type": "string"}, "nameEn": {"type": "string"}}}
      """;

  @TempDir Path dir;
  private Path schema;

  @BeforeEach
  void schemas() throws IOException {
    schema = Files.writeString(dir.resolve("result.schema.json"), RESULT);
    Files.writeString(dir.resolve("agency.schema.json"), AGENCY);
  }

  @Test
  void readsTheSchemaGuaranteesPass() {
    List<Read> reads =
        List.of(
            Read.required("/agency/code", Type.STRING),
            Read.optional("/agency/nameEn", Type.STRING),
            Read.required("/fiscalYear", Type.INTEGER),
            Read.required("/round", Type.STRING),
            Read.optional("/total", Type.NUMBER),
            Read.required("/questions/*/code", Type.STRING),
            Read.optional("/questions/*/score", Type.NUMBER));

    assertThat(EventContract.violations(schema, reads)).isEmpty();
  }

  @Test
  void aFieldTheSchemaLacksIsNamedByItsPointer() {
    List<Read> reads =
        List.of(
            Read.required("/fiscalYear", Type.INTEGER),
            Read.optional("/questions/*/weight", Type.NUMBER),
            Read.required("/agency/ministryCode", Type.STRING));

    assertThat(EventContract.violations(schema, reads))
        .containsExactly(
            "/questions/*/weight: the schema does not declare /questions/*/weight",
            "/agency/ministryCode: the schema does not declare /agency/ministryCode");
  }

  @Test
  void aRequiredReadOfAnOptionalFieldAndAReadOfAnotherTypeAreBroken() {
    List<Read> reads =
        List.of(
            Read.required("/agency/nameEn", Type.STRING),
            Read.required("/fiscalYear", Type.STRING),
            Read.optional("/total", Type.INTEGER),
            Read.optional("/round/*", Type.STRING));

    assertThat(EventContract.violations(schema, reads))
        .containsExactly(
            "/agency/nameEn: the consumer requires /agency/nameEn but the schema does not require it",
            "/fiscalYear: the consumer reads string but the schema declares integer",
            "/total: the consumer reads integer but the schema declares number",
            "/round/*: the schema declares no array items at /round/*");
  }

  record ResultData(@NotBlank String round, @NotNull Integer fiscalYear, List<String> notes) {}

  @Test
  void aRecordsReadsAreItsComponentsRequiredWhenConstrained() {
    assertThat(EventContract.readsOf(ResultData.class))
        .containsExactly(
            Read.required("/round", Type.STRING),
            Read.required("/fiscalYear", Type.INTEGER),
            Read.optional("/notes", Type.ARRAY));

    assertThat(EventContract.violations(schema, EventContract.readsOf(ResultData.class)))
        .containsExactly("/notes: the schema does not declare /notes");
  }
}
