package th.ita.reporting.render;

import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds Qute templates under {@code render/} on the classpath. A standalone locator (rather than
 * Quarkus' src/main/resources/templates) keeps the renderer usable from plain unit tests and from
 * any thread without CDI.
 */
final class ClasspathTemplates implements TemplateLocator {

  static final String ROOT = "render/";

  @Override
  public Optional<TemplateLocation> locate(String id) {
    String text = readOrNull(ROOT + (id.endsWith(".html") ? id : id + ".html"));
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(
        new TemplateLocation() {
          @Override
          public Reader read() {
            return new StringReader(text);
          }

          @Override
          public Optional<Variant> getVariant() {
            // text/html switches on Qute's HTML escaping of every expression.
            return Optional.of(Variant.forContentType(Variant.TEXT_HTML));
          }
        });
  }

  /** A classpath text that must exist (the stylesheet). */
  static String read(String path) {
    String text = readOrNull(path);
    if (text == null) {
      throw new IllegalStateException("missing classpath resource " + path);
    }
    return text;
  }

  private static String readOrNull(String path) {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    InputStream in = cl == null ? null : cl.getResourceAsStream(path);
    if (in == null) {
      in = ClasspathTemplates.class.getClassLoader().getResourceAsStream(path);
    }
    if (in == null) {
      return null;
    }
    try (InputStream stream = in) {
      return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
