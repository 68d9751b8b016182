package th.ita.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * docs/benchmarks.md: the machine, the commands and the figures beside their limits. The part of
 * the file after {@link #ANALYSIS} is written by people and kept as it is.
 */
final class Report {

  static final String ANALYSIS = "<!-- Written by hand below; ./benchmark keeps it. -->";

  private final StringBuilder figures = new StringBuilder();
  private final String arguments;
  private Map<String, Long> rssIdle;
  private Path servicesJava = Path.of(System.getProperty("java.home"));

  Report(String arguments) {
    this.arguments = arguments;
  }

  void startup(
      Duration wall, Map<String, Double> seconds, Map<String, Long> rss, Path servicesJava) {
    this.rssIdle = rss;
    this.servicesJava = servicesJava;
    figures
        .append("\n## Start-up\n\n")
        .append(
            String.format(
                "`./ita` to every service ready (PostgreSQL and Kafka included), at its second start of the build (the first, with the demo data, recorded the services' start archives: ahead-of-time caches on a JDK 25 or newer): **%.1f s**.%n%n",
                wall.toMillis() / 1000.0))
        .append("| service | Quarkus start-up | resident memory when ready |\n|---|---|---|\n");
    seconds.forEach(
        (service, s) ->
            figures.append(
                String.format(
                    "| %s | %s s | %s MB |%n",
                    service,
                    s == null ? "?" : String.format("%.2f", s),
                    rss.getOrDefault(service, -1L))));
  }

  /**
   * The import runs: the first (which registers the agencies), {@code warmUps} corrections that
   * warm the services up, and the measured corrections, whose median is judged against the goal.
   */
  void imports(List<ImportBenchmark.Run> runs, int warmUps) {
    // BenchmarkMain runs at least one measured import after the first and the warm-ups.
    List<ImportBenchmark.Run> measured = runs.subList(1 + warmUps, runs.size());
    double importRate =
        Stats.median(measured.stream().map(ImportBenchmark.Run::importRowsPerSecond).toList());
    double copyRate =
        Stats.median(measured.stream().map(ImportBenchmark.Run::copyRowsPerSecond).toList());
    double ratio =
        Stats.median(
            measured.stream().map(r -> r.importRowsPerSecond() / r.copyRowsPerSecond()).toList());
    figures
        .append("\n## Import against COPY\n\n")
        .append(
            "Each run posts the national file to `POST /api/v1/imports?publish=true` and waits for the job to be DONE;")
        .append(
            " the first run also registers every agency, later runs correct every result with new scores.")
        .append(
            " COPY loads the same file into an equivalent table of text columns in the same database, right after.")
        .append(
            " The last column is the end-to-end time: from the job's end until reporting's read model holds every agency's new revision and measures-service has every next year's gap list.\n\n")
        .append(
            "The first run comes right after the services start, and their JIT compilers are still")
        .append(" compiling the import's code for the next few runs. So ")
        .append(
            warmUps == 0 ? "no run is a warm-up" : "runs 2 to " + (1 + warmUps) + " are warm-ups")
        .append(", and the goal is judged on the median of the runs after them (\"measured\").\n\n")
        .append(
            "| run | kind | agencies | rows | import | import rows/s | COPY | COPY rows/s | import/COPY | relay of the ResultPublished events after the job | both read models applied, after the job |\n")
        .append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    int n = 1;
    for (ImportBenchmark.Run r : runs) {
      String kind = n == 1 ? "first" : n <= 1 + warmUps ? "warm-up" : "measured";
      figures.append(
          String.format(
              "| %d | %s | %,d | %,d | %.1f s | %,.0f | %.2f s | %,.0f | %.3f | %.1f s | %.1f s |%n",
              n++,
              kind,
              r.agencies(),
              r.rows(),
              r.importSeconds(),
              r.importRowsPerSecond(),
              r.copySeconds(),
              r.copyRowsPerSecond(),
              r.importRowsPerSecond() / r.copyRowsPerSecond(),
              r.relaySeconds(),
              r.readModelsSeconds()));
    }
    figures.append(
        String.format(
            "%n**Median of the measured runs: import %,.0f rows/s, COPY %,.0f rows/s; ratio %.3f** (goal: at least 0.5; %s).%n",
            importRate, copyRate, ratio, ratio >= 0.5 ? "met" : "missed"));
    figures
        .append("\nCPU seconds used during each import (the machine has ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores, so at most that many CPU seconds per second):\n\n| run | wall |");
    runs.get(0)
        .importCpuSeconds()
        .keySet()
        .forEach(part -> figures.append(' ').append(part).append(" |"));
    figures.append("\n|---|---|");
    runs.get(0).importCpuSeconds().keySet().forEach(part -> figures.append("---|"));
    figures.append('\n');
    int i = 1;
    for (ImportBenchmark.Run r : runs) {
      figures.append(String.format("| %d | %.1f s |", i++, r.importSeconds()));
      r.importCpuSeconds().values().forEach(s -> figures.append(String.format(" %.1f s |", s)));
      figures.append('\n');
    }
  }

  void latency(List<QueryBenchmark.Latency> latencies, String command) {
    figures
        .append("\n## Rankings and benchmark against bare SQL\n\n")
        .append(
            "The API's median is wrk's, over one connection, requests one after another, after a warm-up run:\n\n```\n")
        .append(command)
        .append(
            "\n```\n\nThe SQL side runs the same queries over one JDBC connection: the median of 40 runs after 10 warm-up ones. A page of the rankings just read is kept for a second for the next caller; \"read anew\" asks with `Cache-Control: no-cache`, so that every request reads the rows. The benchmark keeps nothing.\n\n")
        .append(
            "| what | API median | read anew | bare SQL median | API/SQL | read anew/SQL | goal ≤ 2 |\n|---|---|---|---|---|---|---|\n");
    for (QueryBenchmark.Latency l : latencies) {
      figures.append(
          String.format(
              "| %s | %.1f ms | %s | %.1f ms | %.2f | %s | %s |%n",
              l.what(),
              l.apiMillis(),
              l.anewMillis() == null ? "(not kept)" : String.format("%.1f ms", l.anewMillis()),
              l.sqlMillis(),
              l.ratio(),
              l.anewRatio() == null ? "" : String.format("%.2f", l.anewRatio()),
              goal(l.ratio())
                  + (l.anewRatio() == null ? "" : "; read anew " + goal(l.anewRatio()))));
    }
  }

  private static String goal(double ratio) {
    return ratio <= 2 ? "met" : "missed";
  }

  /**
   * The result GET beside the trivial endpoint, for a caller who may see drafts (an assessor: the
   * service must also make sure no draft comes after the published revision) and for one who may
   * not (a viewer or portal).
   */
  void throughput(
      HttpThroughput.Throughput assessor,
      HttpThroughput.Throughput viewer,
      String resultCommand,
      String trivialCommand) {
    figures
        .append("\n## GET one agency's result against a trivial endpoint\n\n")
        .append("Medians of alternating wrk runs after one warm-up each:\n\n")
        .append("```\n")
        .append(resultCommand)
        .append('\n')
        .append(trivialCommand)
        .append("\n```\n\n")
        .append(
            "| caller | result requests/s | trivial requests/s | ratio | goal ≥ 0.33 |\n|---|---|---|---|---|\n");
    row("an assessor (may see drafts)", assessor);
    row("a viewer (published results only)", viewer);
  }

  private void row(String caller, HttpThroughput.Throughput t) {
    figures.append(
        String.format(
            "| %s | %,.0f | %,.0f | %.3f | %s |%n",
            caller,
            t.resultPerSecond(),
            t.trivialPerSecond(),
            t.ratio(),
            t.ratio() >= 0.33 ? "met" : "missed"));
  }

  void publishLatency(PublishLatency.Figures f) {
    figures
        .append("\n## From a publish to the reporting read model\n\n")
        .append(
            String.format(
                "%d publishes of new agencies' results, one at a time, each timed from sending `POST …/publish` until reporting's read model holds the result (polled every millisecond). The relay wakes when the publishing transaction commits (LISTEN/NOTIFY), its one-second schedule being the fallback.%n%n",
                f.publishes()))
        .append("| p50 | p95 | max | goal p95 ≤ 1 s |\n|---|---|---|---|\n")
        .append(
            String.format(
                "| %.0f ms | %.0f ms | %.0f ms | %s |%n",
                f.p50Millis(),
                f.p95Millis(),
                f.maxMillis(),
                f.p95Millis() <= 1000 ? "met" : "missed"));
  }

  void documents(DocumentThroughput.Figures f, String command) {
    figures
        .append("\n## Documents rendered against documents kept\n\n")
        .append(
            "reporting-service keeps each rendered document by a SHA-256 of what it was rendered from (its ETag). Seed 001's measures PDF under wrk, each request rendering it anew (`Cache-Control: no-cache`) against the kept one (medians of alternating runs after one warm-up each):\n\n")
        .append("```\n")
        .append(command)
        .append("\n```\n\n")
        .append("| document | rendered /s | kept /s | rendered / kept |\n|---|---|---|---|\n")
        .append(
            String.format(
                "| seed 001 measures PDF (%,d bytes) | %,.1f | %,.0f | %.3f |%n",
                f.pdfBytes(),
                f.measuresPdf().resultPerSecond(),
                f.measuresPdf().trivialPerSecond(),
                f.measuresPdf().ratio()))
        .append(
            String.format(
                "%nThe national dashboard (%,d agencies) as an XLSX export job: rendered in %.2f s (from the job's start to its end), %,d bytes; downloading the finished file takes %.3f s (median of 5), %.0f times faster.%n",
                f.exportAgencies(),
                f.exportRenderSeconds(),
                f.exportBytes(),
                f.exportDownloadSeconds(),
                f.exportRenderSeconds() / f.exportDownloadSeconds()));
  }

  void eventBytes(List<EventBytes.Size> sizes) {
    figures
        .append("\n## Bytes per event\n\n")
        .append(
            "The JSON data of every event the runs above wrote, from the assessment service's outbox (CloudEvent attributes travel as Kafka headers).\n\n")
        .append("| event | events | median | max | total |\n|---|---|---|---|---|\n");
    for (EventBytes.Size size : sizes) {
      figures.append(
          String.format(
              "| `%s` | %,d | %,d bytes | %,d bytes | %,.1f MB |%n",
              size.type(),
              size.events(),
              size.medianBytes(),
              size.maxBytes(),
              size.totalBytes() / 1e6));
    }
  }

  void quietStarts(List<QuietStart.Start> starts, int times) {
    figures
        .append("\n## Start-up on a quiet machine\n\n")
        .append(
            String.format(
                "A second instance of each service, started %d times with the command line and environment `./ita` gave the first (its start archive included), while the platform idles; from the process start to `/q/health/ready` answering 200.%n%n",
                times))
        .append(
            "| service | median | fastest | resident memory when ready | goal ≤ 3 s, ≤ 250 MB |\n|---|---|---|---|---|\n");
    for (QuietStart.Start start : starts) {
      figures.append(
          String.format(
              "| %s | %.2f s | %.2f s | %d MB | %s |%n",
              start.service(),
              start.medianSeconds(),
              start.minSeconds(),
              start.medianRssMegabytes(),
              start.medianSeconds() <= 3 && start.medianRssMegabytes() <= 250 ? "met" : "missed"));
    }
  }

  void memoryAfterLoad(Map<String, Long> rss) {
    figures.append(
        "\n## Resident memory\n\n| service | when ready | after the runs above |\n|---|---|---|\n");
    rss.forEach(
        (service, mb) ->
            figures.append(
                String.format(
                    "| %s | %s MB | %d MB |%n", service, rssIdle.getOrDefault(service, -1L), mb)));
  }

  void write(Path file) throws IOException {
    String analysis =
        "\n" + ANALYSIS + "\n\n## Analysis\n\n(To be written after looking at the figures.)\n";
    if (Files.exists(file)) {
      String old = Files.readString(file);
      int at = old.indexOf(ANALYSIS);
      if (at >= 0) {
        analysis = "\n" + old.substring(at);
      }
    }
    String text =
        "# Benchmarks\n\n"
            + "Figures from the benchmark harness (`benchmarks/`), each beside the physical limit measured in the same run"
            + " on the same machine. Absolute times on these shared machines vary from run to run; the ratios are what to compare.\n\n"
            + "Run it with `./benchmark"
            + (arguments.isBlank() ? "" : " " + arguments)
            + "` (see the README). Generated "
            + ZonedDateTime.now(ZoneId.of("Asia/Bangkok"))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
            + ".\n\n"
            + "## Machine\n\n"
            + Machine.describe(servicesJava)
            + figures
            + analysis;
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
