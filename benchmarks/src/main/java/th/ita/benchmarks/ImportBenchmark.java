package th.ita.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * One import of the national file through the public API, against PostgreSQL's own COPY of the same
 * file into an equivalent table: the fastest any import into this database can be.
 */
final class ImportBenchmark {

  /** One run's figures. */
  record Run(
      int rows,
      int agencies,
      double importSeconds,
      double copySeconds,
      double relaySeconds,
      double readModelsSeconds,
      Map<String, Double> importCpuSeconds) {
    double importRowsPerSecond() {
      return rows / importSeconds;
    }

    double copyRowsPerSecond() {
      return rows / copySeconds;
    }
  }

  private final Api api;
  private final String jdbcUrl;
  private final String reportingJdbcUrl;
  private final String measuresJdbcUrl;

  ImportBenchmark(Api api, String jdbcUrl, String reportingJdbcUrl, String measuresJdbcUrl) {
    this.api = api;
    this.jdbcUrl = jdbcUrl;
    this.reportingJdbcUrl = reportingJdbcUrl;
    this.measuresJdbcUrl = measuresJdbcUrl;
  }

  /** The first run registers the agencies; later ones correct every result with new scores. */
  Run run(Path file, int rows, int agencies, int number) throws Exception {
    String options =
        number == 1
            ? "&createAgencies=true"
            : "&correctionReason="
                + URLEncoder.encode("benchmark run " + number, StandardCharsets.UTF_8);
    var cpu = CpuMeter.snapshot();
    long start = System.nanoTime();
    JsonNode job =
        api.postFile(
            "/api/v1/imports?fiscalYear=2567&publish=true"
                + options
                + "&fileName=national-"
                + number
                + ".csv",
            file,
            "text/csv");
    String id = job.get("id").asText();
    while (!job.get("state").asText().matches("DONE|FAILED")) {
      Thread.sleep(200);
      job = api.getJson("/api/v1/imports/" + id);
    }
    double importSeconds = (System.nanoTime() - start) / 1e9;
    var importCpu = CpuMeter.since(cpu);
    if (!"DONE".equals(job.get("state").asText())
        || job.get("agenciesLoaded").asInt() != agencies) {
      throw new IllegalStateException("The import did not load every agency: " + job);
    }
    long end = System.nanoTime();
    double relaySeconds = awaitOutboxDrained();
    awaitCount(
        reportingJdbcUrl,
        "SELECT count(*) FROM report_result WHERE fiscal_year = 2567 AND round = 'FINAL' AND revision = "
            + number,
        agencies);
    awaitCount(
        measuresJdbcUrl,
        "SELECT count(*) FROM gap_list WHERE fiscal_year = 2568 AND result_revision = " + number,
        agencies);
    double readModelsSeconds = (System.nanoTime() - end) / 1e9;
    return new Run(
        rows,
        agencies,
        importSeconds,
        copySeconds(file),
        relaySeconds,
        readModelsSeconds,
        importCpu);
  }

  /** Seconds from the end of the import until every ResultPublished has reached Kafka. */
  private double awaitOutboxDrained() throws Exception {
    long start = System.nanoTime();
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      while (true) {
        try (ResultSet rs =
            s.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
          rs.next();
          if (rs.getLong(1) == 0) {
            return (System.nanoTime() - start) / 1e9;
          }
        }
        Thread.sleep(200);
      }
    }
  }

  /**
   * Waits until a read model holds this run's revision of every agency: reporting's results and
   * measures-service's gap lists (each FINAL result is the next year's gap list).
   */
  private static void awaitCount(String jdbc, String count, int expected) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres");
        Statement s = c.createStatement()) {
      long deadline = System.nanoTime() + 60L * 60 * 1_000_000_000;
      while (System.nanoTime() < deadline) {
        try (ResultSet rs = s.executeQuery(count)) {
          rs.next();
          if (rs.getLong(1) == expected) {
            return;
          }
        }
        Thread.sleep(200);
      }
      throw new IllegalStateException(
          "A read model did not apply every event within an hour: " + count);
    }
  }

  private double copySeconds(Path file) throws Exception {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS benchmark_copy (agency_code text, agency_name_th text, agency_type text,"
              + " ministry_code text, ministry_name_th text, question text, part text, score text)");
      s.execute("TRUNCATE benchmark_copy");
      long start = System.nanoTime();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        c.unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn("COPY benchmark_copy FROM STDIN (FORMAT csv, HEADER true)", in);
      }
      return (System.nanoTime() - start) / 1e9;
    }
  }

  private Connection connect() throws IOException {
    try {
      return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    } catch (SQLException e) {
      throw new IOException("Cannot reach the benchmark database", e);
    }
  }
}
