package th.ita.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each service's start on a quiet machine: a second instance of it, started with exactly the
 * command line and environment {@code ./ita} gave the first, on a port of its own, while the rest
 * of the platform idles. Timed from the process start to its readiness check answering 200, with
 * its resident memory then. Linux only: it reads the running service's {@code /proc} entries.
 */
final class QuietStart {

  record Start(String service, double medianSeconds, double minSeconds, long medianRssMegabytes) {}

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  List<Start> measure(Path pids, int times) throws Exception {
    List<Start> starts = new ArrayList<>();
    int port = 28181;
    for (String line : Files.readAllLines(pids)) {
      String[] parts = line.split(" ");
      if (!parts[0].endsWith("-service")) {
        continue;
      }
      List<Double> seconds = new ArrayList<>();
      List<Double> rss = new ArrayList<>();
      for (int i = 0; i < times; i++) {
        double[] one = startOnce(Long.parseLong(parts[1]), port);
        seconds.add(one[0]);
        rss.add(one[1]);
      }
      starts.add(
          new Start(
              parts[0],
              Stats.median(seconds),
              seconds.stream().mapToDouble(Double::doubleValue).min().orElse(0),
              Math.round(Stats.median(rss))));
      port++;
    }
    return starts;
  }

  private double[] startOnce(long runningPid, int port) throws Exception {
    List<String> command = nulSeparated(Path.of("/proc", "" + runningPid, "cmdline"));
    Map<String, String> environment = new LinkedHashMap<>();
    for (String entry : nulSeparated(Path.of("/proc", "" + runningPid, "environ"))) {
      int eq = entry.indexOf('=');
      if (eq > 0) {
        environment.put(entry.substring(0, eq), entry.substring(eq + 1));
      }
    }
    environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
    Path cwd = Path.of("/proc", "" + runningPid, "cwd").toRealPath();
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    builder.environment().clear();
    builder.environment().putAll(environment);
    long begin = System.nanoTime();
    Process process = builder.start();
    try {
      URI ready = URI.create("http://localhost:" + port + "/q/health/ready");
      while (!isReady(ready)) {
        if (!process.isAlive() || System.nanoTime() - begin > Duration.ofMinutes(2).toNanos()) {
          throw new IOException("A second instance on port " + port + " did not become ready");
        }
        Thread.sleep(20);
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      return new double[] {seconds, residentMegabytes(process.pid())};
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  private boolean isReady(URI uri) throws InterruptedException {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static long residentMegabytes(long pid) throws IOException {
    for (String s : Files.readAllLines(Path.of("/proc", "" + pid, "status"))) {
      if (s.startsWith("VmRSS:")) {
        return Long.parseLong(s.replaceAll("[^0-9]", "")) / 1024;
      }
    }
    return -1;
  }

  private static List<String> nulSeparated(Path file) throws IOException {
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    return Arrays.stream(text.split("\0")).filter(s -> !s.isEmpty()).toList();
  }
}
