package th.ita.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import th.ita.platform.dev.LocalTokenIssuer;

/**
 * The benchmark harness: {@code ./benchmark [--agencies N] [--runs N] [--import-warm-ups N]
 * [--wrk-seconds N]}. Starts the platform with {@code ./ita}, loads a synthetic national data set
 * through the import API and measures each figure beside its physical limit on this machine, in
 * this run. Writes docs/benchmarks.md.
 */
public final class BenchmarkMain {

  /** At least 200 single publishes for the publish-to-read-model percentiles. */
  static final int PUBLISHES = 200;

  /**
   * Starts of each service on a quiet machine: one start varies by a few tenths of a second here,
   * so the median of three moved by as much from run to run.
   */
  static final int QUIET_STARTS = 7;

  public static void main(String[] args) throws Exception {
    int agencies = NationalDataSet.totalAgencies();
    int runs = 3;
    int importWarmUps = 3;
    int wrkSeconds = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--agencies" -> agencies = Integer.parseInt(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--import-warm-ups" -> importWarmUps = Integer.parseInt(args[++i]);
        case "--wrk-seconds" -> wrkSeconds = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "Unknown option "
                    + args[i]
                    + "; use --agencies N, --runs N, --import-warm-ups N, --wrk-seconds N");
      }
    }
    if (runs < 1 || importWarmUps < 0) {
      throw new IllegalArgumentException(
          "--runs must be at least 1 and --import-warm-ups at least 0, not "
              + runs
              + " and "
              + importWarmUps);
    }
    Path project = Path.of(".").toAbsolutePath().normalize();
    Path work = project.resolve("benchmarks/target/run");
    Files.createDirectories(work);
    Report report = new Report(String.join(" ", args));

    // A developer's first ./ita of a build (with the demo data) records each service's start
    // archive, and every later start maps it: the figures are those of a later start.
    log(
        "Starting the platform once with ./ita and its demo data, to record the services' start archives …");
    Path classData = work.resolve("cds");
    // The build above made any archive there stale; none of another JDK's may be counted below.
    if (Files.isDirectory(classData)) {
      try (var old = Files.walk(classData)) {
        for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    try (RunningPlatform first =
        RunningPlatform.start(project, work.resolve("state"), classData, true)) {
      log("  ready in " + first.wallToReady().toSeconds() + " s");
    }
    // Kept by the run command as it stopped; without them every figure below is a first start's.
    try (var archives = Files.list(classData)) {
      List<String> names = archives.map(p -> p.getFileName().toString()).sorted().toList();
      if (names.size() != 3 || names.stream().anyMatch(n -> n.contains(".part"))) {
        throw new IllegalStateException("The services' start archives were not recorded: " + names);
      }
      log("  recorded " + names);
    }
    log("Starting the platform with ./ita …");
    try (RunningPlatform platform =
        RunningPlatform.start(project, work.resolve("state"), classData, false)) {
      report.startup(
          platform.wallToReady(),
          platform.startupSeconds(),
          platform.residentMegabytes(),
          platform.servicesJavaHome());
      LocalTokenIssuer tokens = LocalTokenIssuer.inDirectory(platform.keys());
      Api api =
          new Api(
              platform.assessmentUrl(),
              tokens.issue("benchmark", "assessor", null, Duration.ofHours(12)));
      String jdbc = platform.jdbcUrl("assessment");

      var template =
          NationalDataSet.parseTemplate(api.get("/api/v1/imports/templates/2567?format=csv"));
      ImportBenchmark imports =
          new ImportBenchmark(
              api, jdbc, platform.jdbcUrl("reporting"), platform.jdbcUrl("measures"));
      List<ImportBenchmark.Run> importRuns = new ArrayList<>();
      // The first import registers the agencies on services just started. Their JIT compilers are
      // still compiling the import's code for the next few (in a local series the second took 1.8
      // times as long as the fifth), so those warm the services up and the goal is judged on the
      // runs after them.
      int importRunCount = 1 + importWarmUps + runs;
      for (int run = 1; run <= importRunCount; run++) {
        Path file = work.resolve("national.csv");
        int rows = NationalDataSet.write(file, template, agencies, run);
        int loaded =
            (int)
                Files.lines(file)
                    .skip(1)
                    .map(l -> l.substring(0, l.indexOf(',')))
                    .distinct()
                    .count();
        log(
            "Import run "
                + run
                + ": "
                + loaded
                + " agencies, "
                + rows
                + " rows ("
                + Files.size(file) / 1_000_000
                + " MB) …");
        ImportBenchmark.Run result = imports.run(file, rows, loaded, run);
        log(
            String.format(
                "  import %.1f s (%.0f rows/s), COPY %.2f s (%.0f rows/s), relay of %d events %.1f s, read models %.1f s",
                result.importSeconds(),
                result.importRowsPerSecond(),
                result.copySeconds(),
                result.copyRowsPerSecond(),
                loaded,
                result.relaySeconds(),
                result.readModelsSeconds()));
        importRuns.add(result);
      }
      report.imports(importRuns, importWarmUps);

      log("Rankings and benchmark against bare SQL …");
      HttpThroughput wrk = new HttpThroughput(wrkSeconds);
      QueryBenchmark queries = new QueryBenchmark(platform.assessmentUrl(), api.token(), jdbc, wrk);
      report.latency(
          List.of(queries.rankings(), queries.benchmark()),
          wrk.latencyCommand(platform.assessmentUrl() + QueryBenchmark.RANKINGS));

      log("GET one agency's result against a trivial endpoint, under wrk …");
      String resultUrl = platform.assessmentUrl() + "/api/v1/agencies/BDEP00001/results/2567";
      String trivialUrl = platform.assessmentUrl() + "/q/health/live";
      String viewer = tokens.issue("benchmark-viewer", "viewer", null, Duration.ofHours(12));
      report.throughput(
          wrk.measure(resultUrl, trivialUrl, api.token(), runs),
          wrk.measure(resultUrl, trivialUrl, viewer, runs),
          wrk.command(resultUrl),
          wrk.command(trivialUrl));

      log("From a publish to the reporting read model, " + PUBLISHES + " publishes …");
      PublishLatency latency =
          new PublishLatency(
              platform.assessmentUrl(),
              tokens.issue("benchmark-admin", "ita-admin", null, Duration.ofHours(12)),
              api.token(),
              platform.jdbcUrl("reporting"));
      report.publishLatency(latency.measure(PUBLISHES));

      report.eventBytes(List.of(EventBytes.of(jdbc, "ResultPublished")));

      log("Documents rendered against documents kept …");
      DocumentThroughput documents = new DocumentThroughput(platform, tokens);
      report.documents(
          documents.measure(wrk, runs, 2567, agencies),
          wrk.command(platform.reportingUrl() + DocumentThroughput.SEED_001));

      Map<String, Long> rss = platform.residentMegabytes();
      report.memoryAfterLoad(rss);

      log("Start-up on a quiet machine, " + QUIET_STARTS + " starts of each service …");
      report.quietStarts(new QuietStart().measure(platform.pids(), QUIET_STARTS), QUIET_STARTS);
    }
    Path out = project.resolve("docs/benchmarks.md");
    report.write(out);
    log("Wrote " + out);
  }

  static void log(String message) {
    System.out.println("[benchmark] " + message);
  }
}
