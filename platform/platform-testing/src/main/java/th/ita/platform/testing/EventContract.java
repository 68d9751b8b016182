package th.ita.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Consumer-side contract check: what a consumer reads from an event's data, held against the JSON
 * Schema its producer documents. A consumer lists its reads as JSON pointers, where a {@code *}
 * token stands for every item of an array (so {@code /questions}, {@code *}, {@code code} reads
 * each question's code), each with the JSON type it expects and whether it cannot do without it. A
 * read is broken when the schema does not declare it, declares it with another type, or, for a
 * required read, lets the producer leave it (or any of its ancestors) out. The schema is followed
 * through {@code properties}, {@code required}, {@code items} and {@code $ref} (within the file,
 * its {@code $defs}, or a sibling file); {@code enum} and {@code const} values give their type.
 */
public final class EventContract {

  /** JSON types. An {@code integer} in the schema satisfies a consumer reading a {@code number}. */
  public enum Type {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    OBJECT,
    ARRAY;

    String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** One value a consumer reads. */
  public record Read(String pointer, Type type, boolean required) {

    public static Read required(String pointer, Type type) {
      return new Read(pointer, type, true);
    }

    public static Read optional(String pointer, Type type) {
      return new Read(pointer, type, false);
    }

    /** The same read, below {@code prefix} (e.g. a measure's reads inside a plan's measures). */
    public Read under(String prefix) {
      return new Read(prefix + pointer, type, required);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventContract() {}

  /** Every broken read, one sentence each; empty when the schema guarantees all of them. */
  public static List<String> violations(Path schemaFile, Collection<Read> reads) {
    Map<Path, JsonNode> files = new HashMap<>();
    List<String> violations = new ArrayList<>();
    for (Read read : reads) {
      check(files, schemaFile.toAbsolutePath().normalize(), read).ifPresent(violations::add);
    }
    return violations;
  }

  /**
   * The top-level reads of a consumer that binds event data to a record (as Jackson does): each
   * component by its name and Java type, required when it carries a {@code @NotNull},
   * {@code @NotBlank} or {@code @NotEmpty} constraint.
   */
  public static List<Read> readsOf(Class<? extends Record> data) {
    return Arrays.stream(data.getRecordComponents())
        .map(
            c -> {
              boolean required = false;
              try {
                for (Annotation a : data.getDeclaredField(c.getName()).getAnnotations()) {
                  required |=
                      Set.of("NotNull", "NotBlank", "NotEmpty")
                          .contains(a.annotationType().getSimpleName());
                }
              } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
              }
              return new Read("/" + c.getName(), typeOf(c.getType()), required);
            })
        .toList();
  }

  private static Type typeOf(Class<?> javaType) {
    if (javaType == String.class
        || javaType.isEnum()
        || javaType.getName().startsWith("java.time.")
        || javaType == UUID.class) {
      return Type.STRING;
    }
    if (javaType == int.class
        || javaType == Integer.class
        || javaType == long.class
        || javaType == Long.class
        || javaType == short.class
        || javaType == Short.class
        || javaType == BigInteger.class) {
      return Type.INTEGER;
    }
    if (javaType == double.class
        || javaType == Double.class
        || javaType == float.class
        || javaType == Float.class
        || javaType == BigDecimal.class) {
      return Type.NUMBER;
    }
    if (javaType == boolean.class || javaType == Boolean.class) {
      return Type.BOOLEAN;
    }
    if (Collection.class.isAssignableFrom(javaType) || javaType.isArray()) {
      return Type.ARRAY;
    }
    return Type.OBJECT;
  }

  private static Optional<String> check(Map<Path, JsonNode> files, Path file, Read read) {
    if (!read.pointer().startsWith("/")) {
      throw new IllegalArgumentException("Not a JSON pointer: " + read.pointer());
    }
    Located at = resolve(files, new Located(file, load(files, file)));
    String path = "";
    for (String token : read.pointer().substring(1).split("/")) {
      String step = token.replace("~1", "/").replace("~0", "~");
      if ("*".equals(step)) {
        if (!at.node().has("items")) {
          return Optional.of(
              read.pointer() + ": the schema declares no array items at " + path + "/*");
        }
        at = resolve(files, at.child(at.node().get("items")));
      } else {
        JsonNode property = at.node().path("properties").get(step);
        if (property == null) {
          return Optional.of(read.pointer() + ": the schema does not declare " + path + "/" + step);
        }
        if (read.required() && !contains(at.node().path("required"), step)) {
          return Optional.of(
              read.pointer()
                  + ": the consumer requires "
                  + path
                  + "/"
                  + step
                  + " but the schema does not require it");
        }
        at = resolve(files, at.child(property));
      }
      path = path + "/" + token;
    }
    Set<String> declared = typesOf(at.node());
    if (declared.isEmpty()) {
      return Optional.of(
          read.pointer()
              + ": the consumer reads "
              + read.type().json()
              + " but the schema declares no type");
    }
    boolean fits =
        declared.stream()
            .allMatch(
                t ->
                    t.equals(read.type().json())
                        || read.type() == Type.NUMBER && t.equals("integer"));
    return fits
        ? Optional.empty()
        : Optional.of(
            read.pointer()
                + ": the consumer reads "
                + read.type().json()
                + " but the schema declares "
                + String.join(" or ", declared));
  }

  /**
   * The JSON types a schema allows: its {@code type}, or those of its {@code enum} or {@code const}
   * values.
   */
  private static Set<String> typesOf(JsonNode schema) {
    Set<String> types = new LinkedHashSet<>();
    JsonNode type = schema.get("type");
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (schema.has("enum")) {
      schema.get("enum").forEach(v -> types.add(typeOf(v)));
    } else if (schema.has("const")) {
      types.add(typeOf(schema.get("const")));
    }
    return types;
  }

  private static String typeOf(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "string";
      case NUMBER -> value.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case NULL -> "null";
      default -> "object";
    };
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (value.equals(item.asText())) {
        return true;
      }
    }
    return false;
  }

  /** Follows {@code $ref}s until a schema that is not just a reference. */
  private static Located resolve(Map<Path, JsonNode> files, Located at) {
    for (int hops = 0; at.node().has("$ref"); hops++) {
      if (hops > 20) {
        throw new IllegalStateException("$ref cycle in " + at.file());
      }
      String ref = at.node().get("$ref").asText();
      int hash = ref.indexOf('#');
      String target = hash < 0 ? ref : ref.substring(0, hash);
      String fragment = hash < 0 ? "" : ref.substring(hash + 1);
      Path file = target.isEmpty() ? at.file() : at.file().resolveSibling(target).normalize();
      JsonNode node = load(files, file).at(fragment);
      if (node.isMissingNode()) {
        throw new IllegalStateException("Unresolvable $ref " + ref + " in " + at.file());
      }
      at = new Located(file, node);
    }
    return at;
  }

  private static JsonNode load(Map<Path, JsonNode> files, Path file) {
    return files.computeIfAbsent(
        file,
        f -> {
          try {
            return JSON.readTree(f.toFile());
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the schema " + f, e);
          }
        });
  }

  private record Located(Path file, JsonNode node) {
    Located child(JsonNode child) {
      return new Located(file, child);
    }
  }
}
