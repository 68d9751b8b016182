package th.ita.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests per second under wrk, for one agency's result against a trivial endpoint of the same
 * service (its liveness check), alternating the two so that both see the same noise.
 */
final class HttpThroughput {

  record Throughput(double resultPerSecond, double trivialPerSecond) {
    double ratio() {
      return resultPerSecond / trivialPerSecond;
    }
  }

  private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
  private static final Pattern MEDIAN = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)\\b");

  static final int THREADS = 2;
  static final int CONNECTIONS = 16;

  private final int seconds;

  HttpThroughput(int seconds) {
    this.seconds = seconds;
  }

  String command(String url) {
    return "wrk -t"
        + THREADS
        + " -c"
        + CONNECTIONS
        + " -d"
        + seconds
        + "s -H 'Authorization: Bearer …' "
        + url;
  }

  Throughput measure(String resultUrl, String trivialUrl, String token, int runs) throws Exception {
    run(resultUrl, token); // warm-up: JIT and connection pools
    run(trivialUrl, token);
    List<Double> result = new ArrayList<>();
    List<Double> trivial = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      result.add(run(resultUrl, token));
      trivial.add(run(trivialUrl, token));
    }
    return new Throughput(Stats.median(result), Stats.median(trivial));
  }

  /**
   * Requests per second for the same URL asked two ways (one extra header each, or none),
   * alternated like {@link #measure}: a document rendered for each request against the same one
   * kept.
   */
  Throughput compare(String url, String firstHeader, String secondHeader, String token, int runs)
      throws Exception {
    run(url, token, firstHeader);
    run(url, token, secondHeader);
    List<Double> first = new ArrayList<>();
    List<Double> second = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      first.add(run(url, token, firstHeader));
      second.add(run(url, token, secondHeader));
    }
    return new Throughput(Stats.median(first), Stats.median(second));
  }

  /** The command {@link #medianMillis} runs, as the page shows it. */
  String latencyCommand(String url) {
    return "wrk -t1 -c1 -d" + seconds + "s --latency -H 'Authorization: Bearer …' '" + url + "'";
  }

  /**
   * The median time of one request, asked one after another over one connection (the header, when
   * given, with each), after one warm-up run: the latency a single caller sees.
   */
  double medianMillis(String url, String token, String header)
      throws IOException, InterruptedException {
    wrk(url, token, header, 1, 1, false); // warm-up
    String out = wrk(url, token, header, 1, 1, true);
    // A request that failed or timed out is left out of wrk's percentiles: any makes them wrong.
    if (out.contains("Socket errors")) {
      throw new IOException("wrk saw errors from " + url + ":\n" + out);
    }
    Matcher m = MEDIAN.matcher(out);
    if (!m.find()) {
      throw new IOException("Unexpected wrk output:\n" + out);
    }
    double value = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "us" -> value / 1000;
      case "ms" -> value;
      default -> value * 1000;
    };
  }

  private double run(String url, String token) throws IOException, InterruptedException {
    return run(url, token, null);
  }

  private double run(String url, String token, String header)
      throws IOException, InterruptedException {
    String out = wrk(url, token, header, THREADS, CONNECTIONS, false);
    Matcher m = REQUESTS.matcher(out);
    if (!m.find()) {
      throw new IOException("Unexpected wrk output:\n" + out);
    }
    return Double.parseDouble(m.group(1));
  }

  private String wrk(
      String url, String token, String header, int threads, int connections, boolean latency)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + seconds + "s",
                "-H",
                "Authorization: Bearer " + token));
    if (latency) {
      command.add("--latency");
    }
    if (header != null) {
      command.addAll(List.of("-H", header));
    }
    command.add(url);
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    if (out.contains("Non-2xx")) {
      throw new IOException("wrk saw errors from " + url + ":\n" + out);
    }
    return out;
  }
}
