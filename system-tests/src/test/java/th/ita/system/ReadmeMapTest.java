package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's map ("Where the code is") takes a reader in one hop to the code of every endpoint,
 * event, consumer, job and document: each such source file is linked there, and every Java file the
 * README links exists.
 */
class ReadmeMapTest {

  private static final Path PROJECT = RunningPlatform.PROJECT;
  private static final List<String> SOURCES =
      List.of(
          "assessment-service/src/main/java",
          "measures-service/src/main/java",
          "reporting-service/src/main/java",
          "platform/platform-common/src/main/java");
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)#]+\\.java)\\)");

  /** What makes a file a place a reader looks for: its own kind of entry point. */
  private static final Pattern ENTRY_POINT =
      Pattern.compile(
          "(?m)^@Path\\(|@Incoming\\(|@Scheduled\\(|outbox\\.enqueue\\(|^(public )?(abstract |final )?class \\w+Builder\\b");

  @Test
  void everyLinkedJavaFileExists() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (String link : linked()) {
      if (!Files.isRegularFile(PROJECT.resolve(link))) {
        missing.add(link);
      }
    }

    assertThat(missing).as("README links to Java files that do not exist").isEmpty();
  }

  @Test
  void everyEndpointEventJobAndDocumentIsOnTheMap() throws IOException {
    Set<String> entryPoints = new TreeSet<>();
    for (String source : SOURCES) {
      try (Stream<Path> files = Files.walk(PROJECT.resolve(source))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (ENTRY_POINT.matcher(Files.readString(file)).find()) {
            entryPoints.add(PROJECT.relativize(file).toString());
          }
        }
      }
    }
    entryPoints.removeAll(linked());

    assertThat(entryPoints).as("entry points the README's map does not link").isEmpty();
  }

  private static Set<String> linked() throws IOException {
    Set<String> links = new TreeSet<>();
    Matcher m = LINK.matcher(Files.readString(PROJECT.resolve("README.md")));
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }
}
