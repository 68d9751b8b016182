package th.ita.platform.common.job;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A table of background jobs that every replica of a service polls: who runs a job, how often it
 * has been tried, and when to give up. The table has the columns {@code id} (uuid), {@code state}
 * ({@code QUEUED}, {@code RUNNING}, {@code DONE}, {@code FAILED}), {@code attempts}, {@code
 * created_at}, {@code started_at}, {@code heartbeat_at}, {@code retry_at}, {@code finished_at} and
 * a text column for why the job failed.
 *
 * <ul>
 *   <li>A claim takes the oldest job that may run ({@code FOR UPDATE SKIP LOCKED}, so two replicas
 *       never take the same one) and counts an attempt.
 *   <li>The worker moves the heartbeat while it works. A job whose heartbeat is older than {@code
 *       stale} lost its worker (killed, out of memory, cut off from the database) and is claimed
 *       again, by any replica, as its next attempt.
 *   <li>An attempt that fails with an error queues the job again after {@code retryDelay} times the
 *       attempts so far.
 *   <li>After {@code maxAttempts} the job ends {@code FAILED} with the reason and is never claimed
 *       again.
 * </ul>
 *
 * <p>A {@link Claim} names the attempt it belongs to, and every write a worker makes through it
 * holds only while the job is still that attempt's, so a worker that was taken over cannot
 * overwrite its successor's work.
 *
 * <p>Each method is one SQL statement on a connection of {@code dataSource}: called outside a
 * transaction it commits at once; inside one it joins it (call {@link #heartbeat} outside the
 * work's own transaction, or the heartbeat only shows when the work commits).
 */
public final class JobTable {

  /** An attempt at a job: the job's id and which attempt (1, 2, …) this worker is making. */
  public record Claim(UUID jobId, int attempt) {}

  /**
   * @param maxAttempts how many times a job is tried before it ends FAILED
   * @param stale how long a running job's heartbeat may stand still before another replica takes it
   *     over
   * @param retryDelay how long a job waits after a failed attempt, times the attempts so far
   */
  public record Settings(int maxAttempts, Duration stale, Duration retryDelay) {
    public Settings {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("a job needs at least one attempt, not " + maxAttempts);
      }
    }
  }

  private final DataSource dataSource;
  private final Settings settings;
  private final String claim;
  private final String giveUp;
  private final String heartbeat;
  private final String lock;
  private final String retry;
  private final String fail;

  /**
   * @param table the job table's name
   * @param failureColumn the text column that says why a job failed
   */
  public JobTable(DataSource dataSource, String table, String failureColumn, Settings settings) {
    for (String name : List.of(table, failureColumn)) {
      if (!name.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("Not a plain SQL name: " + name);
      }
    }
    this.dataSource = dataSource;
    this.settings = settings;
    String mine = " WHERE id = ? AND attempts = ? AND state = 'RUNNING'";
    this.claim =
        """
        UPDATE %1$s SET state = 'RUNNING', attempts = attempts + 1, started_at = coalesce(started_at, now()),
               heartbeat_at = now(), retry_at = NULL
         WHERE id = (SELECT id FROM %1$s
                      WHERE attempts < ?
                        AND ((state = 'QUEUED' AND (retry_at IS NULL OR retry_at <= now()))
                          OR (state = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?)))
                      ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id, attempts"""
            .formatted(table);
    this.giveUp =
        """
        UPDATE %1$s SET state = 'FAILED', finished_at = now(),
               %2$s = 'gave up after ' || attempts || ' attempts: the last one stopped without finishing'
                   || ' (its worker stopped, for example out of memory, or lost the database)'
                   || coalesce('; before that, ' || %2$s, '')
         WHERE state = 'RUNNING' AND attempts >= ? AND heartbeat_at < now() - make_interval(secs => ?)
        RETURNING id"""
            .formatted(table, failureColumn);
    this.heartbeat = "UPDATE " + table + " SET heartbeat_at = now()" + mine;
    this.lock = "SELECT id FROM " + table + mine + " FOR NO KEY UPDATE";
    this.retry =
        "UPDATE "
            + table
            + " SET state = 'QUEUED', retry_at = now() + make_interval(secs => ?), "
            + failureColumn
            + " = ?"
            + mine;
    this.fail =
        "UPDATE "
            + table
            + " SET state = 'FAILED', finished_at = now(), "
            + failureColumn
            + " = ?"
            + mine;
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Ends as FAILED every running job whose worker stopped (its heartbeat is older than {@code
   * stale}) on its last attempt, with the reason; answers their ids.
   */
  public List<UUID> giveUpAbandoned() {
    List<UUID> ids = new ArrayList<>();
    execute(
        giveUp,
        statement -> {
          statement.setInt(1, settings.maxAttempts());
          statement.setDouble(2, seconds(settings.stale()));
          try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
              ids.add(rs.getObject(1, UUID.class));
            }
          }
          return null;
        });
    return ids;
  }

  /**
   * Claims the oldest job that may run now: one queued (past its retry time), or one running whose
   * worker stopped, with attempts left. Counts the attempt.
   */
  public Optional<Claim> claim() {
    return execute(
        claim,
        statement -> {
          statement.setInt(1, settings.maxAttempts());
          statement.setDouble(2, seconds(settings.stale()));
          try (ResultSet rs = statement.executeQuery()) {
            return rs.next()
                ? Optional.of(new Claim(rs.getObject(1, UUID.class), rs.getInt(2)))
                : Optional.empty();
          }
        });
  }

  /** Shows that the attempt is still at work; false when the job is no longer this attempt's. */
  public boolean heartbeat(Claim claim) {
    return execute(
        heartbeat,
        statement -> {
          bind(statement, 1, claim);
          return statement.executeUpdate() == 1;
        });
  }

  /**
   * In the caller's transaction, locks the job's row if the job is still this attempt's, so that no
   * other replica can take it over before the transaction ends; false when it is not.
   */
  public boolean lock(Claim claim) {
    return execute(
        lock,
        statement -> {
          bind(statement, 1, claim);
          try (ResultSet rs = statement.executeQuery()) {
            return rs.next();
          }
        });
  }

  /**
   * The attempt failed with {@code reason}: the job waits and is tried again, or, after the last
   * attempt, ends FAILED. Answers the state the job is left in, or empty when it was no longer this
   * attempt's.
   */
  public Optional<String> fail(Claim claim, String reason) {
    if (claim.attempt() < settings.maxAttempts()) {
      String why =
          "attempt " + claim.attempt() + " of " + settings.maxAttempts() + " failed: " + reason;
      boolean done =
          execute(
              retry,
              statement -> {
                statement.setDouble(1, seconds(settings.retryDelay()) * claim.attempt());
                statement.setString(2, why);
                bind(statement, 3, claim);
                return statement.executeUpdate() == 1;
              });
      return done ? Optional.of("QUEUED") : Optional.empty();
    }
    String why = "gave up after " + claim.attempt() + " attempts: " + reason;
    boolean done =
        execute(
            fail,
            statement -> {
              statement.setString(1, why);
              bind(statement, 2, claim);
              return statement.executeUpdate() == 1;
            });
    return done ? Optional.of("FAILED") : Optional.empty();
  }

  private static void bind(PreparedStatement statement, int first, Claim claim)
      throws SQLException {
    statement.setObject(first, claim.jobId());
    statement.setInt(first + 1, claim.attempt());
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  private interface Work<T> {
    T run(PreparedStatement statement) throws SQLException;
  }

  private <T> T execute(String sql, Work<T> work) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      return work.run(statement);
    } catch (SQLException e) {
      throw new IllegalStateException("Job table statement failed: " + sql, e);
    }
  }
}
