package th.ita.platform.common.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import th.ita.platform.common.problem.FieldError;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.text.XmlText;

/**
 * Refuses a JSON request body in which any text (a value or a property name) holds a character XML
 * 1.0 forbids (see {@link XmlText}), with a 400 naming every such field.
 *
 * <p>Why at the edge and for every body: such a character, pasted from Word, would be stored and
 * then fail every document that renders it, the national dashboard included. Checking the body as
 * it is read covers every endpoint, present and future, and leaves events and stored JSON, which
 * other code parses, alone. A body that is not valid JSON is left to the JSON reader's own answer.
 */
@Provider
public class StoredTextGuard implements ReaderInterceptor {

  private static final JsonFactory JSON = new JsonFactory();
  private static final int MAX_ERRORS = 20;

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null
        || !(type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
            || type.getSubtype().endsWith("+json"))) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    List<FieldError> errors = forbiddenText(body);
    if (!errors.isEmpty()) {
      throw ProblemException.validation(errors);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Every field whose text holds a forbidden character; empty for clean or unparseable JSON. */
  static List<FieldError> forbiddenText(byte[] body) {
    List<FieldError> errors = new ArrayList<>();
    try (JsonParser parser = JSON.createParser(body)) {
      for (JsonToken token = parser.nextToken();
          token != null && errors.size() < MAX_ERRORS;
          token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          String text = parser.getText();
          int at = XmlText.firstForbidden(text);
          if (at >= 0) {
            errors.add(
                new FieldError(
                    path(parser.getParsingContext()),
                    "must not contain control characters other than tab and line breaks (found "
                        + XmlText.describe(text, at)
                        + ")"));
          }
        }
      }
    } catch (IOException e) {
      return List.of(); // not JSON: the reader answers with its own 400
    }
    return errors;
  }

  /** The field as the platform's problems name it: {@code measures[0].titleTh}. */
  static String path(JsonStreamContext context) {
    Deque<Object> segments = new ArrayDeque<>(); // names and indices, root first
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        segments.push(Math.max(c.getCurrentIndex(), 0));
      } else if (c.getCurrentName() != null) {
        segments.push(c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (Object segment : segments) {
      if (segment instanceof Integer index) {
        path.append('[').append(index).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(segment);
      }
    }
    return path.length() == 0 ? "body" : path.toString();
  }
}
