package th.ita.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The fault harness: {@code ./faults [--results N] [--changes N] [--import-agencies N] [--plans N]
 * [--only kafka,postgres,terminate,poison,oversize,jobs,rebuild]}. Runs the platform with two
 * replicas of each service, injects each fault under real traffic, counts what arrived and writes
 * docs/reliability.md (with --only, fault-harness/target/reliability.md).
 */
public final class FaultsMain {

  static final List<String> SCENARIOS =
      List.of("kafka", "postgres", "terminate", "poison", "oversize", "jobs", "rebuild");
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  public static void main(String[] args) throws Exception {
    // The embedded PostgreSQL logs a stack trace when asked to stop a server the harness killed.
    System.setProperty(
        "org.slf4j.simpleLogger.log.io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "off");
    int results = 1000;
    int changes = 1000;
    int importAgencies = 1000;
    int plans = 50;
    Set<String> only = new LinkedHashSet<>(SCENARIOS);
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--results" -> results = Integer.parseInt(args[++i]);
        case "--changes" -> changes = Integer.parseInt(args[++i]);
        case "--import-agencies" -> importAgencies = Integer.parseInt(args[++i]);
        case "--plans" -> plans = Integer.parseInt(args[++i]);
        case "--only" -> only = new LinkedHashSet<>(List.of(args[++i].split(",")));
        default ->
            throw new IllegalArgumentException(
                "Unknown option "
                    + args[i]
                    + "; use --results N, --changes N,"
                    + " --import-agencies N, --plans N, --only "
                    + String.join(",", SCENARIOS));
      }
    }
    if (!SCENARIOS.containsAll(only)) {
      throw new IllegalArgumentException("--only takes some of " + String.join(",", SCENARIOS));
    }
    Instant begin = Instant.now();
    Path project = Path.of(".").toAbsolutePath().normalize();
    Path work = project.resolve("fault-harness/target/run");
    Files.createDirectories(work);
    Cluster cluster = new Cluster(project, work.resolve("state"));
    // Whatever happens, nothing the harness started outlives it.
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "faults-stop"));
    List<Figures> figures = new ArrayList<>();
    try {
      cluster.start();
      Api api = new Api(cluster.urls());
      Census census = new Census(cluster);
      Workload workload = new Workload(api, cluster.tokens());
      workload.prepare(results, plans, census);
      log(
          "Ready: "
              + workload.keys().size()
              + " result keys, "
              + workload.measures().size()
              + " measures");
      Run run = new Run(cluster, api, census, workload);
      InfrastructureFaults infrastructure = new InfrastructureFaults(run);
      EventFaults events = new EventFaults(run);
      JobFaults jobs = new JobFaults(run, work);
      List<Workload.ResultKey> keys = workload.keys();
      int half = keys.size() / 2;
      for (String scenario : only) {
        Instant started = Instant.now();
        Figures f;
        try {
          f =
              switch (scenario) {
                case "kafka" -> infrastructure.kafkaCrash(keys, changes);
                case "postgres" -> infrastructure.postgresCrash(keys.subList(0, half), changes / 2);
                case "terminate" ->
                    infrastructure.connectionsTerminated(
                        keys.subList(half, keys.size()), changes / 2);
                case "poison" -> events.poison();
                case "oversize" -> events.oversize();
                case "jobs" -> jobs.importAndExport(importAgencies);
                case "rebuild" -> events.rebuild(keys.subList(0, keys.size() / 4), changes / 4);
                default -> throw new IllegalStateException(scenario);
              };
        } catch (Exception | AssertionError e) {
          log("Scenario " + scenario + " could not complete: " + e);
          e.printStackTrace(System.out);
          f = new Figures(scenario);
          f.findings.add("The scenario could not complete: " + e.getMessage());
        }
        log(
            String.format(
                "Scenario %s done in %.0f s: lost %d, applied twice %d, failures %d%s",
                scenario,
                Duration.between(started, Instant.now()).toSeconds() * 1.0,
                f.lost,
                f.appliedTwice,
                f.failures,
                f.findings.isEmpty() ? "" : ", " + f.findings.size() + " findings"));
        figures.add(f);
      }
    } finally {
      cluster.close();
    }
    boolean complete = only.size() == SCENARIOS.size();
    Path out =
        complete
            ? project.resolve("docs/reliability.md")
            : project.resolve("fault-harness/target/reliability.md");
    new Report(String.join(" ", args)).write(out, figures, Duration.between(begin, Instant.now()));
    log(
        String.format(
            "Wrote %s after %.1f minutes",
            out, Duration.between(begin, Instant.now()).toSeconds() / 60.0));
    System.exit(figures.stream().allMatch(Figures::clean) ? 0 : 1);
  }

  static void log(String message) {
    System.out.println(LocalTime.now().format(CLOCK) + " [faults] " + message);
  }
}
