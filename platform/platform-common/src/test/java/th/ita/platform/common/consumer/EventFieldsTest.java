package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventFieldsTest {

  private final ObjectMapper json = new ObjectMapper();

  private static ConsumedEvent event(String data) {
    return new ConsumedEvent("ita.results", "e-1", "ResultPublished", "/assessment-service", data);
  }

  private JsonNode data(String text) {
    return EventFields.data(json, event(text));
  }

  @Test
  void theDataIsReadAsAJsonObject() {
    JsonNode data = data("{\"agencyCode\":\"A001\",\"fiscalYear\":2568}");

    assertThat(data.get("agencyCode").asText()).isEqualTo("A001");
  }

  @Test
  void dataThatIsMissingBlankNotJsonOrNotAnObjectIsUnreadable() {
    assertThatThrownBy(() -> data(null))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessage("ResultPublished e-1 on ita.results has no data");
    assertThatThrownBy(() -> data("  "))
        .hasMessage("ResultPublished e-1 on ita.results has no data");
    assertThatThrownBy(() -> data("[1, 2]"))
        .hasMessage("ResultPublished e-1 on ita.results data is not a JSON object");
    assertThatThrownBy(() -> data("{\"agencyCode\":"))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageStartingWith(
            "ResultPublished e-1 on ita.results is not JSON: Unexpected end-of-input")
        .hasCauseInstanceOf(JsonProcessingException.class);
  }

  @Test
  void textMustBePresentTextualAndNotBlank() {
    ConsumedEvent event = event("");
    JsonNode node = data("{\"code\":\"A001\",\"blank\":\" \",\"number\":7}");

    assertThat(EventFields.text(event, node, "code")).isEqualTo("A001");
    assertThatThrownBy(() -> EventFields.text(event, node, "blank"))
        .hasMessage("ResultPublished e-1 on ita.results lacks blank");
    assertThatThrownBy(() -> EventFields.text(event, node, "number"))
        .hasMessage("ResultPublished e-1 on ita.results lacks number");
    assertThatThrownBy(() -> EventFields.text(event, node, "absent"))
        .hasMessage("ResultPublished e-1 on ita.results lacks absent");
  }

  @Test
  void anIntegerMustBeIntegral() {
    ConsumedEvent event = event("");
    JsonNode node = data("{\"version\":9000000000,\"score\":1.5,\"text\":\"3\"}");

    assertThat(EventFields.integer(event, node, "version")).isEqualTo(9_000_000_000L);
    assertThatThrownBy(() -> EventFields.integer(event, node, "score"))
        .hasMessage("ResultPublished e-1 on ita.results lacks score (an integer)");
    assertThatThrownBy(() -> EventFields.integer(event, node, "text"))
        .hasMessage("ResultPublished e-1 on ita.results lacks text (an integer)");
  }

  @Test
  void aFiscalYearIsABuddhistEraYearInRange() {
    ConsumedEvent event = event("");
    JsonNode node = data("{\"first\":2500,\"last\":2700,\"gregorian\":2025,\"beyond\":2701}");

    assertThat(EventFields.fiscalYear(event, node, "first")).isEqualTo(2500);
    assertThat(EventFields.fiscalYear(event, node, "last")).isEqualTo(2700);
    assertThatThrownBy(() -> EventFields.fiscalYear(event, node, "gregorian"))
        .hasMessage(
            "ResultPublished e-1 on ita.results gregorian 2025 is not a Buddhist-era fiscal year");
    assertThatThrownBy(() -> EventFields.fiscalYear(event, node, "beyond"))
        .hasMessage(
            "ResultPublished e-1 on ita.results beyond 2701 is not a Buddhist-era fiscal year");
  }

  @Test
  void aRevisionIsAWholeNumberFromOneThatFitsAnInt() {
    ConsumedEvent event = event("");
    JsonNode node = data("{\"first\":1,\"largest\":2147483647,\"zero\":0,\"beyond\":2147483648}");

    assertThat(EventFields.positiveInt(event, node, "first")).isEqualTo(1);
    assertThat(EventFields.positiveInt(event, node, "largest")).isEqualTo(Integer.MAX_VALUE);
    assertThatThrownBy(() -> EventFields.positiveInt(event, node, "zero"))
        .hasMessage(
            "ResultPublished e-1 on ita.results zero 0 is not a whole number from 1 to 2147483647");
    assertThatThrownBy(() -> EventFields.positiveInt(event, node, "beyond"))
        .hasMessage(
            "ResultPublished e-1 on ita.results beyond 2147483648 is not a whole number from 1 to 2147483647");
  }

  @Test
  void oneOfAcceptsOnlyTheAllowedValues() {
    ConsumedEvent event = event("");
    JsonNode node = data("{\"round\":\"FINAL\",\"other\":\"PRELIMINARY\"}");

    assertThat(EventFields.oneOf(event, node, "round", Set.of("FINAL"))).isEqualTo("FINAL");
    assertThatThrownBy(() -> EventFields.oneOf(event, node, "other", Set.of("FINAL")))
        .hasMessage(
            "ResultPublished e-1 on ita.results other must be one of [FINAL], not PRELIMINARY");
  }

  @Test
  void objectsAndArraysMustHaveTheirShape() {
    ConsumedEvent event = event("");
    JsonNode node = data("{\"agency\":{\"code\":\"A001\"},\"scores\":[1,2]}");

    assertThat(EventFields.object(event, node, "agency").get("code").asText()).isEqualTo("A001");
    assertThat(EventFields.array(event, node, "scores")).hasSize(2);
    assertThatThrownBy(() -> EventFields.object(event, node, "scores"))
        .hasMessage("ResultPublished e-1 on ita.results lacks scores");
    assertThatThrownBy(() -> EventFields.array(event, node, "agency"))
        .hasMessage("ResultPublished e-1 on ita.results lacks agency (an array)");
  }
}
