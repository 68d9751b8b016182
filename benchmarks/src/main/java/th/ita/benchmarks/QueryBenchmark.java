package th.ita.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Rankings and the benchmark through the API, against the bare SQL that computes the same figures
 * on the same data (the queries the service sends), over one JDBC connection: what is left is the
 * service's own cost. The API is timed with wrk over one connection, as the SQL is over one JDBC
 * connection: Java's HTTP client in this barely warmed JVM took longer than the service itself.
 */
final class QueryBenchmark {

  /**
   * The API's median beside the SQL's: {@code apiMillis} as any caller asks, and {@code anewMillis}
   * asking with {@code Cache-Control: no-cache} where the service keeps what it answered for a
   * moment (null where it keeps nothing).
   */
  record Latency(String what, double apiMillis, Double anewMillis, double sqlMillis) {
    double ratio() {
      return apiMillis / sqlMillis;
    }

    Double anewRatio() {
      return anewMillis == null ? null : anewMillis / sqlMillis;
    }
  }

  /**
   * The year's current published FINAL results with their agencies: the same common table the
   * service's RankingRepository starts every ranking and benchmark query with (type and ministry
   * fixed instead of bound).
   */
  private static final String LATEST =
      """
      WITH latest AS (
        SELECT c.agency_code, c.published_score AS score, c.level_code, c.indicator_scores
        FROM current_result c
        WHERE c.fiscal_year = 2567 AND c.round = 'FINAL' AND c.published_score IS NOT NULL),
      scoped AS (
        SELECT l.*, a.name_th, a.name_en, a.agency_type, a.ministry_code
        FROM latest l JOIN agency a ON a.code = l.agency_code %s)
      """;

  private static final String RANKING =
      LATEST.formatted("WHERE a.agency_type = 'DEPARTMENT'")
          + """
      SELECT agency_code, name_th, name_en, agency_type, ministry_code, score, level_code,
             rank() OVER (ORDER BY score DESC), count(*) OVER ()
      FROM scoped ORDER BY score DESC, agency_code LIMIT 200""";

  private static final String[] BENCHMARK = {
    LATEST.formatted("")
        + "SELECT count(*), avg(score), count(*) FILTER (WHERE score >= 85) FROM scoped",
    LATEST.formatted("") + "SELECT level_code, count(*) FROM scoped GROUP BY level_code",
    LATEST.formatted("")
        + """
          SELECT cast(e.key AS integer), avg(cast(e.value AS numeric)), count(*)
          FROM scoped, jsonb_each_text(scoped.indicator_scores) e GROUP BY 1 ORDER BY 1"""
  };

  static final String RANKINGS = "/api/v1/results/2567/rankings?type=DEPARTMENT&size=200";

  private final String baseUrl;
  private final String token;
  private final String jdbcUrl;
  private final HttpThroughput wrk;

  QueryBenchmark(String baseUrl, String token, String jdbcUrl, HttpThroughput wrk) {
    this.baseUrl = baseUrl;
    this.token = token;
    this.jdbcUrl = jdbcUrl;
    this.wrk = wrk;
  }

  Latency rankings() throws Exception {
    String rankings = baseUrl + RANKINGS;
    double apiMillis = wrk.medianMillis(rankings, token, null);
    double anewMillis = wrk.medianMillis(rankings, token, "Cache-Control: no-cache");
    return new Latency(
        "Rankings of department-level agencies (`/rankings?type=DEPARTMENT&size=200`)",
        apiMillis,
        anewMillis,
        sqlMillis(RANKING));
  }

  Latency benchmark() throws Exception {
    double apiMillis = wrk.medianMillis(baseUrl + "/api/v1/results/2567/benchmark", token, null);
    return new Latency("National benchmark (`/benchmark`)", apiMillis, null, sqlMillis(BENCHMARK));
  }

  private double sqlMillis(String... queries) throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
      return Stats.medianMillis(
          10,
          40,
          () -> {
            for (String sql : queries) {
              try (PreparedStatement s = c.prepareStatement(sql);
                  ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                  rs.getObject(1); // read every row, as the service does
                }
              }
            }
          });
    }
  }
}
