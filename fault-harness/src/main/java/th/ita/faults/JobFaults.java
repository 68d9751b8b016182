package th.ita.faults;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Replicas killed in the middle of a job: an import of many agencies' results in
 * assessment-service, and a national dashboard export in reporting-service. The other replica must
 * take the job over and finish it, and no agency may be loaded twice.
 */
final class JobFaults {

  static final int IMPORT_YEAR = 2567;

  private final Run run;
  private final Path work;

  JobFaults(Run run, Path work) {
    this.run = run;
    this.work = work;
  }

  Figures importAndExport(int agencies) throws Exception {
    FaultsMain.log(
        "Scenario: one replica of each service killed mid-import ("
            + agencies
            + " agencies) and mid-export …");
    Figures figures = new Figures("One replica of each service killed mid-import and mid-export");
    Census.Mark mark = run.census.mark();
    Tally tally = new Tally();
    run.api.countInto(tally);
    String assessor = run.workload.assessor();

    Path file = work.resolve("import-" + IMPORT_YEAR + ".csv");
    int rows = writeImport(file, agencies, template(assessor));
    Replica runner = run.cluster.replicas(Workload.ASSESSMENT).get(0);
    Replica other = run.cluster.replicas(Workload.ASSESSMENT).get(1);
    // The other replica is held still while the job is queued, so that the first one claims it.
    UUID job;
    other.pause();
    try {
      Api.Answer accepted =
          run.api.sendTo(
              runner.baseUrl(),
              "POST",
              "/api/v1/imports?fiscalYear="
                  + IMPORT_YEAR
                  + "&publish=true&createAgencies=true&fileName=faults.csv",
              assessor,
              Files.readString(file),
              "text/csv",
              null);
      if (accepted.status() != 202) {
        throw new IllegalStateException(
            "The import was not accepted: " + accepted.status() + " " + accepted.body());
      }
      job = UUID.fromString(accepted.json().path("id").asText());
      awaitState(
          "assessment",
          "SELECT state FROM import_job WHERE id = ?",
          job,
          "RUNNING",
          Duration.ofMinutes(2));
    } finally {
      other.resume();
    }
    Run.await(
        () ->
            progress(
                    "SELECT rows_done * 100 / greatest(rows_total, 1) FROM import_job WHERE id = ?",
                    job)
                >= 30,
        Duration.ofMinutes(5));
    long at =
        progress(
            "SELECT rows_done * 100 / greatest(rows_total, 1) FROM import_job WHERE id = ?", job);
    List<Replica> killed =
        List.of(
            runner,
            run.cluster.replicas(Workload.MEASURES).get(0),
            run.cluster.replicas(Workload.REPORTING).get(0));
    killed.forEach(Replica::kill);
    Instant killedAt = Instant.now();
    FaultsMain.log("  killed " + names(killed) + " with SIGKILL at " + at + "% of the import");
    String end =
        awaitState(
            "assessment",
            "SELECT state FROM import_job WHERE id = ?",
            job,
            "DONE|FAILED",
            Duration.ofMinutes(6));
    double takeover = Duration.between(killedAt, Instant.now()).toMillis() / 1000.0;
    figures.detail(
        "import of %,d agencies (%,d rows, FY%d, publish=true, createAgencies=true) on %s; %s killed with"
            + " SIGKILL at %d%% of the rows; the job ended %s on the other replica %.1f s later",
        agencies, rows, IMPORT_YEAR, runner.name(), names(killed), at, end, takeover);
    figures.expect(
        "Import ended DONE",
        "DONE".equals(end) ? 1 : 0,
        1,
        "The surviving replica must finish the job.");
    importChecks(figures, job, agencies);

    for (Replica r : killed) {
      r.start();
    }
    for (Replica r : killed) {
      r.awaitReady(Duration.ofMinutes(3));
    }
    double recovered = run.awaitRecovery(killedAt, mark);
    figures.recoverySeconds = recovered;
    long reported =
        run.census.queryLong(
            "reporting",
            "SELECT count(*) FROM report_result WHERE agency_code LIKE 'FLI%'"
                + " AND fiscal_year = ?",
            IMPORT_YEAR);
    long gapLists =
        run.census.queryLong(
            "measures",
            "SELECT count(*) FROM gap_list WHERE agency_code LIKE 'FLI%'" + " AND fiscal_year = ?",
            IMPORT_YEAR + 1);
    long directories =
        Math.min(
            run.census.queryLong(
                "measures", "SELECT count(*) FROM agency_directory WHERE code LIKE 'FLI%'"),
            run.census.queryLong(
                "reporting", "SELECT count(*) FROM agency_directory WHERE code LIKE 'FLI%'"));
    figures.detail(
        "imported agencies in reporting's report_result: %,d, in measures' gap lists: %,d, in both agency"
            + " directories: %,d",
        reported, gapLists, directories);
    figures.lost += (int) (3L * agencies - reported - gapLists - directories);

    exportCrash(figures);
    run.api.countInto(new Tally());
    figures.count(tally);
    Census.Events events =
        run.census.allEvents(
            "assessment", mark.assessment(), Long.MAX_VALUE, List.of("measures", "reporting"));
    figures.eventsWritten = events.written();
    figures.eventsDelivered = events.delivered();
    figures.lost += events.missing();
    figures.expect(
        "Events not delivered",
        events.missing(),
        0,
        "Events of the import did not reach every consumer.");
    return figures;
  }

  /**
   * No agency loaded twice: one revision, one ResultPublished and one AgencyRegistered per agency.
   */
  private void importChecks(Figures figures, UUID job, int agencies) throws Exception {
    long loaded =
        run.census.queryLong(
            "assessment", "SELECT agencies_loaded FROM import_job WHERE id = ?", job);
    long withResult =
        run.census.queryLong(
            "assessment",
            "SELECT count(DISTINCT agency_code) FROM assessment_result"
                + " WHERE agency_code LIKE 'FLI%' AND fiscal_year = ?",
            IMPORT_YEAR);
    long twiceLoaded =
        run.census.queryLong(
            "assessment",
            "SELECT count(*) FROM (SELECT agency_code FROM assessment_result"
                + " WHERE agency_code LIKE 'FLI%' AND fiscal_year = ? GROUP BY 1 HAVING count(*) > 1) t",
            IMPORT_YEAR);
    long twiceAnnounced =
        run.census.queryLong(
            "assessment",
            "SELECT count(*) FROM (SELECT event_key FROM outbox_event"
                + " WHERE event_key LIKE 'FLI%' AND event_type = 'ResultPublished' GROUP BY 1 HAVING count(*) > 1) t");
    long twiceRegistered =
        run.census.queryLong(
            "assessment",
            "SELECT count(*) FROM (SELECT event_key FROM outbox_event"
                + " WHERE event_key LIKE 'FLI%' AND event_type = 'AgencyRegistered' GROUP BY 1 HAVING count(*) > 1) t");
    figures.detail(
        "agencies loaded according to the job: %,d; agencies with a FY%d result: %,d; with more than one"
            + " revision: %d; with more than one ResultPublished: %d; registered twice: %d",
        loaded, IMPORT_YEAR, withResult, twiceLoaded, twiceAnnounced, twiceRegistered);
    if (run.census.hasColumn("assessment", "import_job", "attempts")) {
      figures.detail(
          "the job's attempts: %d",
          run.census.queryLong("assessment", "SELECT attempts FROM import_job WHERE id = ?", job));
    }
    figures.expect(
        "Agencies with a result after the import",
        withResult,
        agencies,
        "Every agency of the file must be loaded.");
    figures.expect(
        "Agencies loaded twice",
        twiceLoaded + twiceAnnounced + twiceRegistered,
        0,
        "A job taken over must resume with the agencies still to load, never load one again.");
    figures.lost += (int) Math.max(0, agencies - withResult);
    figures.appliedTwice += (int) (twiceLoaded + twiceAnnounced + twiceRegistered);
  }

  /** The national FY dashboard as XLSX; the replica rendering it is killed while it runs. */
  private void exportCrash(Figures figures) throws Exception {
    Replica runner = run.cluster.replicas(Workload.REPORTING).get(0);
    Replica other = run.cluster.replicas(Workload.REPORTING).get(1);
    String admin = run.workload.admin();
    UUID job;
    String state;
    other.pause();
    try {
      Api.Answer accepted =
          run.api.sendTo(
              runner.baseUrl(),
              "POST",
              "/api/v1/dashboards/" + IMPORT_YEAR + "/exports?format=xlsx",
              admin,
              null,
              null,
              null);
      if (accepted.status() != 202) {
        throw new IllegalStateException(
            "The export was not accepted: " + accepted.status() + " " + accepted.body());
      }
      job = UUID.fromString(accepted.json().path("id").asText());
      state =
          awaitState(
              "reporting",
              "SELECT state FROM report_job WHERE id = ?",
              job,
              "RUNNING|DONE|FAILED",
              Duration.ofMinutes(2));
      runner.kill();
    } finally {
      other.resume();
    }
    Instant killedAt = Instant.now();
    long progress = progress("SELECT progress FROM report_job WHERE id = ?", job);
    String end =
        awaitState(
            "reporting",
            "SELECT state FROM report_job WHERE id = ?",
            job,
            "DONE|FAILED",
            Duration.ofMinutes(6));
    double seconds = Duration.between(killedAt, Instant.now()).toMillis() / 1000.0;
    long size =
        run.census.queryLong(
            "reporting", "SELECT coalesce(file_size, 0) FROM report_job WHERE id = ?", job);
    Api.Answer file =
        run.api.sendTo(
            other.baseUrl(),
            "GET",
            "/api/v1/report-jobs/" + job + "/file",
            admin,
            null,
            null,
            null,
            "*/*");
    boolean xlsx = file.status() == 200 && file.body().startsWith("PK");
    figures.detail(
        "national FY%d dashboard export (XLSX) on %s, killed with SIGKILL while %s at %d%%; the job ended %s"
            + " on %s %.1f s later, a file of %,d bytes%s",
        IMPORT_YEAR,
        runner.name(),
        state,
        progress,
        end,
        other.name(),
        seconds,
        size,
        xlsx ? " that downloads as XLSX" : "");
    if (run.census.hasColumn("reporting", "report_job", "attempts")) {
      figures.detail(
          "the export job's attempts: %d",
          run.census.queryLong("reporting", "SELECT attempts FROM report_job WHERE id = ?", job));
    }
    figures.expect(
        "Export killed while running",
        "RUNNING".equals(state) ? 1 : 0,
        1,
        "The export finished before the replica could be killed; the scenario did not test a take-over.");
    figures.expect(
        "Export ended DONE with its file",
        "DONE".equals(end) && xlsx ? 1 : 0,
        1,
        "The surviving replica must finish the export.");
    runner.start();
    runner.awaitReady(Duration.ofMinutes(3));
  }

  private long progress(String sql, UUID job) {
    try {
      return run.census.queryLong(
          sql.contains("import_job") ? "assessment" : "reporting", sql, job);
    } catch (Exception e) {
      return 0;
    }
  }

  private String awaitState(String db, String sql, UUID job, String states, Duration timeout)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    String state = null;
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = run.cluster.connect(db);
          PreparedStatement s = c.prepareStatement(sql)) {
        s.setObject(1, job);
        try (ResultSet rs = s.executeQuery()) {
          state = rs.next() ? rs.getString(1) : null;
        }
      }
      if (state != null && state.matches(states)) {
        return state;
      }
      Processes.sleep(50);
    }
    throw new IllegalStateException("Job " + job + " still " + state + " after " + timeout);
  }

  private List<String[]> template(String token) {
    String csv =
        run.api
            .expect(
                200,
                10,
                () ->
                    run.api.getAs(
                        Workload.ASSESSMENT,
                        "/api/v1/imports/templates/" + IMPORT_YEAR + "?format=csv",
                        token,
                        "text/csv"))
            .body();
    List<String[]> rows = new ArrayList<>();
    String[] lines = csv.replace("\uFEFF", "").split("\r?\n");
    String[] header = lines[0].split(",", -1);
    int question = List.of(header).indexOf("question");
    int part = List.of(header).indexOf("part");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      if (cells.length > Math.max(question, part)) {
        rows.add(new String[] {cells[question], cells[part]});
      }
    }
    return rows;
  }

  private static int writeImport(Path file, int agencies, List<String[]> template)
      throws Exception {
    Random random = new Random(7);
    int rows = 0;
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "agency_code,agency_name_th,agency_type,ministry_code,ministry_name_th,question,part,score\n");
      for (int n = 1; n <= agencies; n++) {
        String prefix =
            String.format("FLI%05d,หน่วยงานนำเข้าทดสอบ %d,DEPARTMENT,MOF,กระทรวงการคลัง,", n, n);
        double level = 70 + random.nextDouble() * 28;
        for (String[] q : template) {
          String score =
              q[0].startsWith("o")
                  ? (random.nextDouble() * 100 < level ? "100" : "0")
                  : String.format(
                      "%.2f", Math.max(0, Math.min(100, level + random.nextGaussian() * 6)));
          out.write(prefix + q[0] + "," + q[1] + "," + score + "\n");
          rows++;
        }
      }
    }
    return rows;
  }

  private static String names(List<Replica> replicas) {
    return String.join(", ", replicas.stream().map(Replica::name).toList());
  }
}
