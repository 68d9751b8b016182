package th.ita.platform.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import th.ita.platform.common.domain.DomainException;
import th.ita.platform.common.fairuse.TooManyRequestsException;
import th.ita.platform.common.outbox.EventTooLargeException;
import th.ita.platform.common.security.MalformedTokenException;

/**
 * Turns every exception that reaches the REST layer into {@code application/problem+json}.
 *
 * <p>One class for all three services, so that a client sees the same error shape everywhere. A
 * client mistake is answered with a 4xx that names what is wrong; only a genuine server fault is a
 * 500, and its body never carries a stack trace, only an id to find it in the log.
 */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return respond(e.problem(), uri);
  }

  @ServerExceptionMapper
  public Response domain(DomainException e, UriInfo uri) {
    return respond(DomainProblems.toProblem(e), uri);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    if (e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue)) {
      // A response that fails its own constraints is our bug, not the client's.
      return internal(e, uri);
    }
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> v : e.getConstraintViolations()) {
      String parameter = ParameterErrors.clientName(v);
      errors.add(
          new FieldError(
              parameter != null ? parameter : fieldOf(v.getPropertyPath()),
              v.getMessage(),
              scalar(v.getInvalidValue())));
    }
    errors.sort(Comparator.comparing(FieldError::field));
    return respond(ProblemException.validation(errors).problem(), uri);
  }

  @ServerExceptionMapper
  public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uri) {
    String field = jsonPath(e);
    return respond(
        ProblemException.validation(List.of(new FieldError(field, "is not a known property")))
            .problem(),
        uri);
  }

  @ServerExceptionMapper
  public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
    String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
    return respond(
        ProblemException.validation(
                List.of(new FieldError(jsonPath(e), "must be " + expected, scalar(e.getValue()))))
            .problem(),
        uri);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
    String expected = e.getTargetType() == null ? "of another shape" : describe(e.getTargetType());
    return respond(
        ProblemException.validation(List.of(new FieldError(jsonPath(e), "must be " + expected)))
            .problem(),
        uri);
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e, UriInfo uri) {
    InputCoercionException c = coercion(e);
    if (c != null) {
      // Valid JSON, but a number beyond what the field holds ({"fiscalYear": 9223372036854775807}).
      String field =
          e instanceof JsonMappingException m && !m.getPath().isEmpty()
              ? jsonPath(m)
              : c.getProcessor() != null
                  ? contextPath(c.getProcessor().getParsingContext())
                  : "body";
      Class<?> target = c.getTargetType();
      String range =
          target == int.class || target == Integer.class
              ? "between -2147483648 and 2147483647"
              : target == long.class || target == Long.class
                  ? "between -9223372036854775808 and 9223372036854775807"
                  : "a smaller number";
      return respond(
          ProblemException.validation(List.of(new FieldError(field, "must be " + range, null)))
              .problem(),
          uri);
    }
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return respond(
        problem(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON" + where), uri);
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
    return unauthenticated(uri, "A valid bearer token is required");
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
    if (e.getCause() instanceof MalformedTokenException malformed) {
      return unauthenticated(uri, malformed.getMessage());
    }
    return unauthenticated(
        uri,
        "The bearer token is missing, expired, too old, not issued for this service or not signed by a trusted issuer");
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    String detail =
        e.getMessage() == null || e.getMessage().isBlank()
            ? "Your role does not allow this operation"
            : e.getMessage();
    return respond(problem(ProblemType.FORBIDDEN, detail), uri);
  }

  @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
  public Response concurrentEdit(RuntimeException e, UriInfo uri) {
    return respond(
        problem(
            ProblemType.CONFLICT,
            "Someone else changed this resource at the same time; reload it and apply your change again"),
        uri);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
    int status = e.getResponse().getStatus();
    // The JSON reader wraps Jackson's exceptions; answer with what Jackson knows about the field.
    if (e.getCause() instanceof UnrecognizedPropertyException c) {
      return unrecognizedProperty(c, uri);
    }
    if (e.getCause() instanceof InvalidFormatException c) {
      return invalidFormat(c, uri);
    }
    if (e.getCause() instanceof MismatchedInputException c) {
      return mismatchedInput(c, uri);
    }
    if (e.getCause() instanceof JsonProcessingException c) {
      return malformedJson(c, uri);
    }
    if (status >= 500) {
      return internal(e, uri);
    }
    if (status == 404 && e.getCause() != null) {
      // JAX-RS answers 404 when a path or query parameter cannot be converted (?round=final);
      // for the client that is a malformed request, and it should learn which value is wrong.
      List<FieldError> unreadable =
          resource == null || resource.getResourceMethod() == null
              ? List.of()
              : ParameterErrors.of(resource.getResourceMethod(), uri);
      if (!unreadable.isEmpty()) {
        return respond(ProblemException.validation(unreadable).problem(), uri);
      }
      return respond(
          problem(
              ProblemType.MALFORMED_REQUEST,
              "A path or query parameter has an invalid value: " + e.getCause().getMessage()),
          uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail =
        switch (status) {
          case 404 -> "Nothing is found at " + uri.getPath();
          case 405 -> "This method is not allowed on " + uri.getPath();
          case 406 -> "None of the accepted media types can be produced here";
          case 415 -> "This media type is not accepted here";
          default -> e.getMessage();
        };
    Problem body = new Problem(type.uri(), type.title(), status, detail, null, List.of(), Map.of());
    return respond(body, uri);
  }

  @ServerExceptionMapper
  public Response eventTooLarge(EventTooLargeException e, UriInfo uri) {
    return respond(
        new Problem(
            ProblemType.TOO_LARGE.uri(),
            ProblemType.TOO_LARGE.title(),
            413,
            e.getMessage(),
            null,
            List.of(),
            Map.of(
                "eventType",
                e.eventType(),
                "sizeBytes",
                e.sizeBytes(),
                "limitBytes",
                e.limitBytes())),
        uri);
  }

  @ServerExceptionMapper
  public Response tooManyRequests(TooManyRequestsException e, UriInfo uri) {
    return Response.fromResponse(
            respond(problem(ProblemType.TOO_MANY_REQUESTS, e.getMessage()), uri))
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
        .build();
  }

  @ServerExceptionMapper(priority = Integer.MAX_VALUE)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseUnavailable.causedBy(e)) {
      LOG.warnf("Database unavailable on %s: %s", uri.getPath(), e.getMessage());
      return Response.fromResponse(
              respond(
                  problem(
                      ProblemType.SERVICE_UNAVAILABLE,
                      "The service's database is unavailable for a moment, and the change was not made (were the"
                          + " connection lost at the very moment of its commit, it may have been: read it again before you"
                          + " repeat it). Try again shortly"),
                  uri))
          .header(HttpHeaders.RETRY_AFTER, "5")
          .build();
    }
    return internal(e, uri);
  }

  private Response internal(Throwable e, UriInfo uri) {
    String errorId = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", errorId, uri.getPath());
    return respond(
        new Problem(
            ProblemType.INTERNAL.uri(),
            ProblemType.INTERNAL.title(),
            500,
            "An unexpected error occurred; quote error id " + errorId + " to the operators",
            null,
            List.of(),
            Map.of("errorId", errorId)),
        uri);
  }

  private Response unauthenticated(UriInfo uri, String detail) {
    return Response.fromResponse(respond(problem(ProblemType.UNAUTHENTICATED, detail), uri))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
        .build();
  }

  static Response respond(Problem problem, UriInfo uri) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(problem.withInstance(uri == null ? null : uri.getPath()))
        .build();
  }

  static Problem problem(ProblemType type, String detail) {
    return new Problem(type.uri(), type.title(), type.status(), detail, null, List.of(), Map.of());
  }

  private static InputCoercionException coercion(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InputCoercionException c) {
        return c;
      }
    }
    return null;
  }

  private static boolean isReturnValue(ConstraintViolation<?> v) {
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == ElementKind.RETURN_VALUE) {
        return true;
      }
    }
    return false;
  }

  /**
   * A violation path reads {@code method.parameter.field[2].sub}. A client knows a body field by
   * its JSON path and a query parameter by its name, so drop the method and, for bodies, the Java
   * parameter name.
   */
  static String fieldOf(Path path) {
    List<Path.Node> nodes = new ArrayList<>();
    path.forEach(nodes::add);
    int start = 0;
    if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
      start = 1;
      if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
        start = 2;
      }
    }
    StringBuilder field = new StringBuilder();
    for (int i = start; i < nodes.size(); i++) {
      Path.Node node = nodes.get(i);
      if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
      if (i + 1 < nodes.size() && nodes.get(i + 1).getIndex() != null) {
        field.append('[').append(nodes.get(i + 1).getIndex()).append(']');
      } else if (i + 1 < nodes.size() && nodes.get(i + 1).getKey() != null) {
        field.append('[').append(nodes.get(i + 1).getKey()).append(']');
      }
    }
    return field.length() == 0 ? "body" : field.toString();
  }

  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    if (path.length() == 0 && e.getProcessor() instanceof JsonParser parser) {
      // Some deserializers throw before recording the reference path; the parser still knows where
      // it is.
      return contextPath(parser.getParsingContext());
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String contextPath(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (var c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push(c.getCurrentName());
      }
    }
    StringBuilder path = new StringBuilder();
    for (String part : parts) {
      if (path.length() > 0 && !part.startsWith("[")) {
        path.append('.');
      }
      path.append(part);
    }
    return path.length() == 0 ? "body" : path.toString();
  }

  private static String describe(Class<?> type) {
    if (type.isEnum()) {
      StringBuilder values = new StringBuilder("one of ");
      Object[] constants = type.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        values.append(i == 0 ? "" : ", ").append(constants[i]);
      }
      return values.toString();
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "an ISO-8601 date or time";
    }
    if (type == String.class) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    return "an object";
  }

  /** Echo a rejected value only when it is small and scalar; never echo a whole body back. */
  private static Object scalar(Object value) {
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof CharSequence s && s.length() <= 200) {
      return s.toString();
    }
    if (value instanceof Enum<?> en) {
      return en.name();
    }
    return null;
  }
}
