package th.ita.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks event data against the JSON Schema its producer documents (kept on the classpath under
 * {@code events/}), so the documentation cannot drift from what really goes on the topic.
 */
public final class EventSchemas {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private EventSchemas() {}

  /**
   * Every way {@code json} breaks the schema {@code events/<schemaFile>}; empty when it conforms.
   */
  public static List<String> violations(String schemaFile, String json) {
    try {
      var schema = FACTORY.getSchema(SchemaLocation.of("classpath:events/" + schemaFile));
      return schema.validate(JSON.readTree(json)).stream()
          .map(ValidationMessage::getMessage)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
