package th.ita.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU seconds used by each part of the platform, read from /proc: where an import's time goes when
 * everything shares one small machine.
 */
final class CpuMeter {

  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private CpuMeter() {}

  static Map<String, Double> snapshot() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String part :
        new String[] {
          "postgresql", "kafka", "assessment-service", "measures-service", "reporting-service"
        }) {
      seconds.put(part, 0.0);
    }
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      processes
          .filter(p -> p.getFileName().toString().matches("[0-9]+"))
          .forEach(
              p -> {
                try {
                  String cmdline =
                      new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8)
                          .replace('\0', ' ');
                  String part = partOf(cmdline);
                  if (part != null) {
                    String stat = Files.readString(p.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double cpu =
                        (Long.parseLong(fields[11]) + Long.parseLong(fields[12]))
                            / TICKS_PER_SECOND;
                    seconds.merge(part, cpu, Double::sum);
                  }
                } catch (IOException | RuntimeException ignored) {
                  // the process ended while being read
                }
              });
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read /proc", e);
    }
    return seconds;
  }

  static Map<String, Double> since(Map<String, Double> before) {
    Map<String, Double> used = new LinkedHashMap<>();
    snapshot().forEach((part, now) -> used.put(part, now - before.getOrDefault(part, 0.0)));
    return used;
  }

  private static String partOf(String cmdline) {
    if (cmdline.contains("bin/postgres") || cmdline.startsWith("postgres:")) {
      return "postgresql";
    }
    if (cmdline.contains("kafka")) {
      return "kafka";
    }
    for (String service :
        new String[] {"assessment-service", "measures-service", "reporting-service"}) {
      if (cmdline.contains(service + "/target/quarkus-app")) {
        return service;
      }
    }
    return null;
  }
}
