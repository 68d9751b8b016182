package th.ita.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * reporting-service's read model at one moment, row by row: each row's key and a digest of what a
 * document or dashboard would show from it (revision or version, the source event, the snapshot
 * and, for a result, the framework version it is joined to and what the dashboards read beside it),
 * but not when it was received.
 */
final class ReadModelSnapshot {

  private static final Map<String, String> TABLES =
      Map.of(
          "report_result",
              "SELECT 'r/' || agency_code || '/' || fiscal_year || '/' || round,"
                  + " revision || '/' || source_event_id || '/' || md5(payload::text)"
                  + " || '/' || coalesce(framework_version::text, '') || '/' || coalesce(level_name_th, '')"
                  + " || '/' || coalesce(level_name_en, '') || '/' || md5(indicators::text) FROM report_result",
          "report_plan",
              "SELECT 'p/' || agency_code || '/' || fiscal_year,"
                  + " plan_version || '/' || status || '/' || source_event_id || '/' || md5(payload::text) FROM report_plan",
          "report_measure",
              "SELECT 'm/' || measure_id, status || '/' || measure_version || '/' || milestones_version"
                  + " || '/' || overdue || '/' || md5(payload::text) FROM report_measure",
          "report_measure_change",
              "SELECT 'c/' || event_id, measure_id || '/' || coalesce(from_status, '') || '/'"
                  + " || to_status || '/' || coalesce(note, '') || '/' || changed_at FROM report_measure_change");

  final Map<String, String> rows = new HashMap<>();

  static ReadModelSnapshot take(Cluster cluster) throws SQLException {
    ReadModelSnapshot snapshot = new ReadModelSnapshot();
    try (Connection c = cluster.connect("reporting");
        Statement s = c.createStatement()) {
      for (String sql : TABLES.values()) {
        try (ResultSet rs = s.executeQuery(sql)) {
          while (rs.next()) {
            snapshot.rows.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return snapshot;
  }

  /**
   * Rows of this snapshot that {@code later} lacks or holds differently, leaving out {@code
   * touched} keys.
   */
  int differences(ReadModelSnapshot later, Set<String> touched) {
    int differing = 0;
    for (var row : rows.entrySet()) {
      if (!touched.contains(row.getKey()) && !row.getValue().equals(later.rows.get(row.getKey()))) {
        differing++;
      }
    }
    return differing;
  }

  /** Rows in {@code later} that were not here, leaving out {@code touched} keys. */
  int additions(ReadModelSnapshot later, Set<String> touched) {
    return (int)
        later.rows.keySet().stream()
            .filter(k -> !rows.containsKey(k) && !touched.contains(k))
            .count();
  }
}
