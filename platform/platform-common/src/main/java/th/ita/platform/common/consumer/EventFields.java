package th.ita.platform.common.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import th.ita.platform.common.calendar.FiscalYear;

/**
 * Reads the fields a consumer keys, orders or renders on, refusing an event that lacks one or has
 * it in the wrong shape. Each refusal is an {@link UnreadableEventException} naming the event and
 * the field, so the event is dead-lettered with a reason an operator can act on.
 */
public final class EventFields {

  private EventFields() {}

  /** The event's data as a JSON object. */
  public static JsonNode data(ObjectMapper json, ConsumedEvent event) {
    if (event.data() == null || event.data().isBlank()) {
      throw event.unreadable("has no data");
    }
    JsonNode data;
    try {
      data = json.readTree(event.data());
    } catch (JsonProcessingException e) {
      throw new UnreadableEventException(
          event.describe() + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (data == null || !data.isObject()) {
      throw event.unreadable("data is not a JSON object");
    }
    return data;
  }

  public static String text(ConsumedEvent event, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw event.unreadable("lacks " + field);
    }
    return value.asText();
  }

  public static long integer(ConsumedEvent event, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber()) {
      throw event.unreadable("lacks " + field + " (an integer)");
    }
    return value.asLong();
  }

  /** A count or revision: a whole number from 1 that fits an {@code int}. */
  public static int positiveInt(ConsumedEvent event, JsonNode node, String field) {
    long value = integer(event, node, field);
    if (value < 1 || value > Integer.MAX_VALUE) {
      throw event.unreadable(
          field + " " + value + " is not a whole number from 1 to " + Integer.MAX_VALUE);
    }
    return (int) value;
  }

  public static int fiscalYear(ConsumedEvent event, JsonNode node, String field) {
    long year = integer(event, node, field);
    if (year < FiscalYear.MIN || year > FiscalYear.MAX) {
      throw event.unreadable(field + " " + year + " is not a Buddhist-era fiscal year");
    }
    return (int) year;
  }

  public static String oneOf(
      ConsumedEvent event, JsonNode node, String field, Set<String> allowed) {
    String value = text(event, node, field);
    if (!allowed.contains(value)) {
      throw event.unreadable(field + " must be one of " + allowed + ", not " + value);
    }
    return value;
  }

  public static JsonNode object(ConsumedEvent event, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isObject()) {
      throw event.unreadable("lacks " + field);
    }
    return value;
  }

  public static JsonNode array(ConsumedEvent event, JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw event.unreadable("lacks " + field + " (an array)");
    }
    return value;
  }
}
