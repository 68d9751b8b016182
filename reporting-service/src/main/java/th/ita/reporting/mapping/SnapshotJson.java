package th.ita.reporting.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * Reads producers' snapshots. Unlike request bodies (where an unknown field is an error), a
 * producer may add fields at any time, so unknown ones are ignored here; and decimals are read as
 * they were written (69.80, not the double 69.8, nor 69.8 as a tree would strip it).
 */
@ApplicationScoped
public class SnapshotJson {

  private final ObjectMapper json;

  public SnapshotJson(ObjectMapper json) {
    this.json =
        json.copy()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
            // 100.00 stays 100.00 in a tree too: a result joined from trees (ResultJoin) is
            // stored with the figures as the producer wrote them.
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
  }

  /**
   * The mapper these rules configure, for reading an event's data with {@code EventFields.data}.
   */
  public ObjectMapper mapper() {
    return json;
  }

  /** Parses text the producer wrote; throws Jackson's exception when it is not JSON. */
  public JsonNode tree(String text) throws JsonProcessingException {
    return json.readTree(text);
  }

  /** Converts a snapshot (or part of one) to a record; throws when a field has the wrong shape. */
  public <T> T convert(JsonNode node, Class<T> type) throws JsonProcessingException {
    return json.treeToValue(node, type);
  }

  /** Reads a stored snapshot; it was checked when its event arrived, so failing here is a bug. */
  public <T> T read(String stored, Class<T> type) {
    try {
      return json.readValue(stored, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "A stored snapshot no longer reads as " + type.getSimpleName(), e);
    }
  }

  /** Writes a snapshot, or a record to store beside one. */
  public String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
