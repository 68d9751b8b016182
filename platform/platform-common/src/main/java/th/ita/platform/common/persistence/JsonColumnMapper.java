package th.ita.platform.common.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How JSON columns (a measure's steps, evidence attendees …) are written: with a mapper of their
 * own, so that tuning the REST layer's JSON can never change what is stored.
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumnMapper implements FormatMapper {

  private static final ObjectMapper COLUMNS =
      new ObjectMapper()
          .findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final FormatMapper delegate = new JacksonJsonFormatMapper(COLUMNS);

  /**
   * A value as Hibernate writes it to a JSON column, for statements written by hand, so that both
   * ways store the same text; null for null, an SQL NULL as Hibernate writes it (not JSON's null).
   */
  public static String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return COLUMNS.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
    return delegate.fromString(text, type, options);
  }

  @Override
  public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
    return delegate.toString(value, type, options);
  }
}
