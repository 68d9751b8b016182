package th.ita.platform.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which path or query parameters of a request cannot be read as the type the resource method
 * declares ({@code ?page=1.5}, {@code /results/abc}). JAX-RS only says that one could not be
 * converted; a client should learn which one, and what it must be.
 */
final class ParameterErrors {

  private ParameterErrors() {}

  /**
   * One error per unreadable parameter of {@code method}, named as the client sent it; empty when
   * none is found.
   */
  static List<FieldError> of(Method method, UriInfo uri) {
    List<FieldError> errors = new ArrayList<>();
    for (Parameter p : method.getParameters()) {
      if (p.isAnnotationPresent(BeanParam.class)) {
        for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            check(f, f.getType(), uri, errors);
          }
        }
      } else {
        check(p, p.getType(), uri, errors);
      }
    }
    return errors;
  }

  /**
   * The name a client sends a method parameter by ({@code @PathParam("agencyCode") String code} is
   * {@code agencyCode}), for a violation of that parameter's own constraint; null for any other.
   */
  static String clientName(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    if (nodes.size() != 2
        || !(nodes.get(0) instanceof Path.MethodNode method)
        || !(nodes.get(1) instanceof Path.ParameterNode parameter)) {
      return null;
    }
    Class<?>[] types = method.getParameterTypes().toArray(Class<?>[]::new);
    for (Class<?> c = violation.getRootBeanClass();
        c != null && c != Object.class;
        c = c.getSuperclass()) {
      try {
        Parameter p =
            c.getDeclaredMethod(method.getName(), types)
                .getParameters()[parameter.getParameterIndex()];
        if (p.isAnnotationPresent(PathParam.class)) {
          return p.getAnnotation(PathParam.class).value();
        }
        if (p.isAnnotationPresent(QueryParam.class)) {
          return p.getAnnotation(QueryParam.class).value();
        }
        if (p.isAnnotationPresent(HeaderParam.class)) {
          return p.getAnnotation(HeaderParam.class).value();
        }
      } catch (NoSuchMethodException e) {
        // declared further up (the class may be a subclass the container made)
      }
    }
    return null;
  }

  private static void check(
      AnnotatedElement element, Class<?> type, UriInfo uri, List<FieldError> errors) {
    String name;
    List<String> values;
    if (element.isAnnotationPresent(PathParam.class)) {
      name = element.getAnnotation(PathParam.class).value();
      values = uri.getPathParameters().get(name);
    } else if (element.isAnnotationPresent(QueryParam.class)) {
      name = element.getAnnotation(QueryParam.class).value();
      values = uri.getQueryParameters().get(name);
    } else {
      return;
    }
    for (String value : values == null ? List.<String>of() : values) {
      String expected = unreadableAs(type, value);
      if (expected != null && isWhole(type)) {
        expected = range(element).orElse(expected);
      }
      if (expected != null) {
        errors.add(
            new FieldError(name, "must be " + expected, value.length() <= 200 ? value : null));
        return;
      }
    }
  }

  private static boolean isWhole(Class<?> type) {
    return type == int.class || type == Integer.class || type == long.class || type == Long.class;
  }

  /**
   * "a whole number from 0 to 1000000" when the parameter's constraints (or a constraint composing
   * them) bound it.
   */
  private static Optional<String> range(AnnotatedElement element) {
    Long min = null;
    Long max = null;
    List<Annotation> annotations = new ArrayList<>(Arrays.asList(element.getAnnotations()));
    for (Annotation a : element.getAnnotations()) {
      annotations.addAll(Arrays.asList(a.annotationType().getAnnotations()));
    }
    for (Annotation a : annotations) {
      if (a instanceof Min m) {
        min = m.value();
      } else if (a instanceof Max m) {
        max = m.value();
      }
    }
    return min == null || max == null
        ? Optional.empty()
        : Optional.of("a whole number from " + min + " to " + max);
  }

  /** What {@code value} must be to be read as {@code type}, or null when it can be. */
  private static String unreadableAs(Class<?> type, String value) {
    try {
      if (type == int.class || type == Integer.class) {
        Integer.valueOf(value);
      } else if (type == long.class || type == Long.class) {
        Long.valueOf(value);
      } else if (type == BigDecimal.class || type == double.class || type == Double.class) {
        new BigDecimal(value);
      } else if (type == UUID.class) {
        UUID.fromString(value);
      } else if (type == LocalDate.class) {
        LocalDate.parse(value);
      } else if (type.isEnum()) {
        valueOf(type, value);
      }
      return null;
    } catch (RuntimeException e) {
      return describe(type);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void valueOf(Class<?> type, String value) {
    Enum.valueOf((Class) type, value);
  }

  private static String describe(Class<?> type) {
    if (type == int.class || type == Integer.class) {
      return "a whole number from -2147483648 to 2147483647";
    }
    if (type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == UUID.class) {
      return "a UUID";
    }
    if (type == LocalDate.class) {
      return "an ISO date such as 2025-03-31";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
    }
    return "a number";
  }
}
