package th.ita.platform.common.problem;

import java.sql.SQLException;

/**
 * Recognises a request that failed because the service's database could not be reached or was
 * restarting, so the client is told to try again (503) instead of being given a 500. The
 * transaction rolled back with it, so nothing was stored.
 */
public final class DatabaseUnavailable {

  private DatabaseUnavailable() {}

  public static boolean causedBy(Throwable failure) {
    return causedBy(failure, 0);
  }

  /**
   * Follows causes and suppressed exceptions: a failed commit carries the driver's I/O error as a
   * suppressed exception of its {@code RollbackException}.
   */
  private static boolean causedBy(Throwable t, int depth) {
    if (t == null || depth > 20) {
      return false;
    }
    if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
        || (t instanceof SQLException sql && unavailable(sql))) {
      return true;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      if (causedBy(suppressed, depth + 1)) {
        return true;
      }
    }
    return t.getCause() != t && causedBy(t.getCause(), depth + 1);
  }

  /**
   * Connection failures (class 08), an administrator's or a crash's shutdown and "cannot connect
   * now" (57P01 to 57P03), a database closed to connections (55000), too many connections or no
   * resources (class 53), and a pool that timed out waiting for a connection.
   */
  private static boolean unavailable(SQLException sql) {
    String state = sql.getSQLState();
    if (state == null) {
      return sql.getMessage() != null && sql.getMessage().contains("acquisition timeout");
    }
    return state.startsWith("08")
        || state.startsWith("57P")
        || state.startsWith("53")
        || state.equals("55000");
  }
}
