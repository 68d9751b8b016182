package th.ita.platform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The JDKs of this machine, for the child JVMs that need another one than the run command's. */
final class Jdks {

  private static final List<Path> ROOTS =
      List.of(
          Path.of("/usr/lib/jvm"),
          Path.of("/usr/java"),
          Path.of("/Library/Java/JavaVirtualMachines"));

  private Jdks() {}

  /** The JDKs installed in the usual places ({@code /usr/lib/jvm}, ...), the newest first. */
  static List<Path> installedNewestFirst() throws IOException {
    List<Path> installed = new ArrayList<>();
    for (Path root : ROOTS) {
      if (Files.isDirectory(root)) {
        try (Stream<Path> dirs = Files.list(root)) {
          dirs.map(
                  d ->
                      Files.isDirectory(d.resolve("Contents/Home"))
                          ? d.resolve("Contents/Home")
                          : d)
              .filter(d -> featureVersion(d) > 0)
              .forEach(installed::add);
        }
      }
    }
    installed.sort(Comparator.comparingInt(Jdks::featureVersion).reversed());
    return installed;
  }

  /**
   * The Java feature version of the JDK at {@code home}, from its release file; -1 when it is none.
   */
  static int featureVersion(Path home) {
    try {
      return releaseValue(home, "JAVA_VERSION")
          .map(
              version -> {
                String[] parts = version.split("[.+-]");
                int first = Integer.parseInt(parts[0]);
                return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
              })
          .orElse(-1);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@code text} with every character a file name might not hold replaced by {@code _}. */
  static String fileNameSafe(String text) {
    return text.replaceAll("[^A-Za-z0-9.]", "_");
  }

  /**
   * The exact build of the JDK at {@code home} (its release file's {@code JAVA_RUNTIME_VERSION},
   * else its {@code JAVA_VERSION}), as a file name may hold it; empty when it is no JDK.
   */
  static Optional<String> build(Path home) {
    return releaseValue(home, "JAVA_RUNTIME_VERSION")
        .or(() -> releaseValue(home, "JAVA_VERSION"))
        .map(Jdks::fileNameSafe);
  }

  private static Optional<String> releaseValue(Path home, String key) {
    Path release = home.resolve("release");
    if (!Files.isExecutable(home.resolve("bin/java")) || !Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try {
      for (String line : Files.readAllLines(release)) {
        if (line.startsWith(key + "=")) {
          return Optional.of(line.substring(key.length() + 1).replace("\"", "").trim());
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
