package th.ita.platform.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes one table of the service's database unavailable until closed, as an operator saw it happen:
 * every statement on it fails (undefined table) while the rest of the database works. The table is
 * renamed away and back, so its rows are untouched.
 */
public final class TableOutage implements AutoCloseable {

  private final DataSource database;
  private final String table;
  private boolean away;

  private TableOutage(DataSource database, String table) {
    this.database = database;
    this.table = table;
  }

  public static TableOutage of(DataSource database, String table) {
    TableOutage outage = new TableOutage(database, table);
    outage.execute("ALTER TABLE " + table + " RENAME TO " + table + "_away");
    outage.away = true;
    return outage;
  }

  /** Brings the table back. */
  @Override
  public void close() {
    if (away) {
      execute("ALTER TABLE " + table + "_away RENAME TO " + table);
      away = false;
    }
  }

  private void execute(String sql) {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET lock_timeout = '10s'");
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed", e);
    }
  }
}
