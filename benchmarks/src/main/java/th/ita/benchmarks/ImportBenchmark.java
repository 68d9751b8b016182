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

  ImportBenchmark(Api api, String jdbcUrl) {
    this.api = api;
    this.jdbcUrl = jdbcUrl;
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
    double relaySeconds = awaitOutboxDrained();
    return new Run(rows, agencies, importSeconds, copySeconds(file), relaySeconds, importCpu);
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
