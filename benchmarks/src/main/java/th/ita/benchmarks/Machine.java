package th.ita.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on. */
final class Machine {

  private Machine() {}

  /** {@code servicesJava}: the JDK the services ran on. */
  static String describe(Path servicesJava) {
    return "| | |\n|---|---|\n"
        + "| CPU | "
        + cpu()
        + " |\n"
        + "| cores available | "
        + Runtime.getRuntime().availableProcessors()
        + " |\n"
        + "| memory | "
        + memory()
        + " |\n"
        + "| Java of the services | "
        + release(servicesJava)
        + " |\n"
        + "| Java of the harness | "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.version")
        + " |\n"
        + "| OS | "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + " |\n"
        + "| PostgreSQL | 17 (embedded binaries, default settings), on the same machine |\n"
        + "| Kafka | 4.3 (one KRaft node), on the same machine |\n";
  }

  /** A JDK's vendor and exact version, from its release file. */
  private static String release(Path home) {
    return value(home.resolve("release"), "IMPLEMENTOR=", '=')
        + " "
        + value(home.resolve("release"), "JAVA_RUNTIME_VERSION=", '=')
        + " ("
        + home
        + ")";
  }

  private static String cpu() {
    return line(Path.of("/proc/cpuinfo"), "model name");
  }

  private static String memory() {
    String total = line(Path.of("/proc/meminfo"), "MemTotal");
    try {
      return Long.parseLong(total.replaceAll("[^0-9]", "")) / 1024 / 1024 + " GB";
    } catch (NumberFormatException e) {
      return total;
    }
  }

  /** The value of {@code key} in a {@code key: value} file such as {@code /proc/cpuinfo}. */
  private static String line(Path file, String key) {
    return value(file, key, ':');
  }

  private static String value(Path file, String key, char separator) {
    try {
      return Files.readAllLines(file).stream()
          .filter(l -> l.startsWith(key))
          .findFirst()
          .map(l -> l.substring(l.indexOf(separator) + 1).replace("\"", "").trim())
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
