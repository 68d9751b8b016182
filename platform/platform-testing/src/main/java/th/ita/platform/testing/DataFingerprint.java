package th.ita.platform.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A checksum of every table of a service's database, to show that a refused request changed
 * nothing. Tables that background work moves on its own (the outbox relay, job workers) are either
 * left out or summed over their key columns only, so that only a client's request shows up.
 */
public final class DataFingerprint {

  private final DataSource dataSource;
  private final Set<String> ignored;
  private final Map<String, String> keyColumns;
  private String query;

  /**
   * @param ignored tables background work rewrites and a refused request could not touch without
   *     also touching a checked table (the outbox, the inbox)
   * @param keyColumns for tables a worker updates in place (job progress): the columns that a new
   *     or deleted row would show, e.g. {@code "report_job" -> "id"}
   */
  public DataFingerprint(
      DataSource dataSource, Set<String> ignored, Map<String, String> keyColumns) {
    this.dataSource = dataSource;
    this.ignored = Set.copyOf(ignored);
    this.keyColumns = Map.copyOf(keyColumns);
  }

  /** Table name to the checksum of its rows, in name order. */
  public Map<String, String> take() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      if (query == null) {
        query = buildQuery(s);
      }
      Map<String, String> sums = new TreeMap<>();
      try (ResultSet rs = s.executeQuery(query)) {
        while (rs.next()) {
          sums.put(rs.getString(1), rs.getString(2));
        }
      }
      return sums;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take the data fingerprint", e);
    }
  }

  /** The tables whose checksum differs between two fingerprints. */
  public static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    Map<String, String> all = new HashMap<>(before);
    all.putAll(after);
    for (String table : new TreeMap<>(all).keySet()) {
      if (!String.valueOf(before.get(table)).equals(String.valueOf(after.get(table)))) {
        changed.add(table);
      }
    }
    return changed;
  }

  private String buildQuery(Statement s) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
      while (rs.next()) {
        String table = rs.getString(1);
        if (!ignored.contains(table) && !table.startsWith("flyway_")) {
          tables.add(table);
        }
      }
    }
    if (tables.isEmpty()) {
      throw new IllegalStateException("No tables to fingerprint in the service's schema");
    }
    List<String> parts = new ArrayList<>();
    for (String table : tables) {
      String row =
          keyColumns.containsKey(table) ? "(" + keyColumns.get(table) + ")::text" : "t::text";
      parts.add(
          "SELECT '"
              + table
              + "', md5(coalesce(string_agg(md5("
              + row
              + "), ',' ORDER BY md5("
              + row
              + ")), '')) FROM \""
              + table
              + "\" t");
    }
    return String.join(" UNION ALL ", parts);
  }
}
