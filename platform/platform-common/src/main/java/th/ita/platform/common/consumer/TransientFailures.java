package th.ita.platform.common.consumer;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure that may succeed later from one that never will.
 *
 * <p>A consumer first reads and checks its message without touching the database; what fails there
 * is an {@link UnreadableEventException}. What fails afterwards, while the message is applied, is
 * the database's doing: a lost connection, a restart, a deadlock, a serialization failure, a lock
 * or statement timeout, a failed commit, a table briefly unavailable. All of those are transient.
 * The exceptions are data errors that no retry can fix: SQLSTATE class 22 (a value out of range or
 * too long) and the not-null and check constraints. An {@link AwaitedEventException} is transient
 * too: the event it waits for comes on another topic. A unique or foreign-key violation stays
 * transient: between replicas it is a race that the inbox settles on the next try.
 */
public final class TransientFailures {

  private static final Set<String> PERMANENT_STATES = Set.of("23502", "23514");

  private TransientFailures() {}

  public static boolean isTransient(Throwable failure) {
    boolean database = false;
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof UnreadableEventException) {
        return false;
      }
      if (t instanceof AwaitedEventException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return !isDataError(sql.getSQLState());
      }
      database |= isDatabaseOrTransaction(t);
    }
    return database;
  }

  static boolean isDataError(String sqlState) {
    return sqlState.startsWith("22") || PERMANENT_STATES.contains(sqlState);
  }

  /**
   * Persistence, transaction and connection-pool failures without an SQLSTATE: a commit that
   * failed, a transaction that timed out, a pool that could not hand out a connection.
   */
  private static boolean isDatabaseOrTransaction(Throwable t) {
    String name = t.getClass().getName();
    return t instanceof SQLException
        || name.startsWith("jakarta.persistence.")
        || name.startsWith("jakarta.transaction.")
        || name.startsWith("org.hibernate.")
        || name.startsWith("io.agroal.")
        || name.startsWith("com.arjuna.")
        || name.startsWith("io.quarkus.narayana.");
  }
}
