package th.ita.platform.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import th.ita.platform.common.job.JobTable.Claim;
import th.ita.platform.common.job.JobTable.Settings;
import th.ita.platform.dev.PostgresServer;

/** The job table's statements, on a real PostgreSQL, as two replicas would use them. */
class JobTableTest {

  private static PostgresServer postgres;
  private static PGSimpleDataSource dataSource;

  private final JobTable jobs = table(Duration.ofHours(1), Duration.ZERO);

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = PostgresServer.start(Path.of("target", "job-table-test"), 0, false, List.of("jobs"));
    dataSource = new PGSimpleDataSource();
    dataSource.setUrl(postgres.jdbcUrl("jobs"));
    dataSource.setUser(PostgresServer.USER);
    dataSource.setPassword(PostgresServer.PASSWORD);
    sql(
        """
        CREATE TABLE test_job (
          id uuid PRIMARY KEY, state varchar(10) NOT NULL, attempts integer NOT NULL DEFAULT 0,
          created_at timestamptz NOT NULL, started_at timestamptz, heartbeat_at timestamptz,
          retry_at timestamptz, finished_at timestamptz, failure text)""");
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void empty() throws SQLException {
    sql("DELETE FROM test_job");
  }

  private static JobTable table(Duration stale, Duration retryDelay) {
    return new JobTable(dataSource, "test_job", "failure", new Settings(3, stale, retryDelay));
  }

  @Test
  void aJobWhoseWorkerFailsThreeTimesEndsFailedWithTheReasonAndIsNeverClaimedAgain()
      throws SQLException {
    UUID job = queue(0);

    Claim first = jobs.claim().orElseThrow();
    assertThat(first).isEqualTo(new Claim(job, 1));
    assertThat(jobs.fail(first, "the framework could not be read")).contains("QUEUED");
    assertThat(row(job))
        .isEqualTo(
            new Row("QUEUED", 1, "attempt 1 of 3 failed: the framework could not be read", false));

    Claim second = jobs.claim().orElseThrow();
    assertThat(second).isEqualTo(new Claim(job, 2));
    assertThat(jobs.fail(second, "the framework could not be read")).contains("QUEUED");

    Claim third = jobs.claim().orElseThrow();
    assertThat(third).isEqualTo(new Claim(job, 3));
    assertThat(jobs.fail(third, "the framework could not be read")).contains("FAILED");
    assertThat(row(job))
        .isEqualTo(
            new Row(
                "FAILED", 3, "gave up after 3 attempts: the framework could not be read", true));

    assertThat(jobs.claim()).isEmpty();
    assertThat(jobs.giveUpAbandoned()).isEmpty();
    assertThat(row(job).attempts()).isEqualTo(3);
  }

  @Test
  void aWorkerThatDiesIsTakenOverAndTheLastAttemptIsGivenUp() throws SQLException {
    UUID job = queue(0);
    Claim first = jobs.claim().orElseThrow();
    assertThat(jobs.claim()).as("a running job with a live heartbeat is nobody else's").isEmpty();

    died(job);
    Claim second = jobs.claim().orElseThrow();
    assertThat(second).isEqualTo(new Claim(job, 2));
    // The first worker, should it come back, can no longer touch the job.
    assertThat(jobs.heartbeat(first)).isFalse();
    assertThat(jobs.fail(first, "late")).isEmpty();
    assertThat(jobs.lock(first)).isFalse();
    assertThat(jobs.heartbeat(second)).isTrue();

    died(job);
    assertThat(jobs.claim()).contains(new Claim(job, 3));
    died(job);
    assertThat(jobs.claim()).isEmpty();
    assertThat(jobs.giveUpAbandoned()).containsExactly(job);
    assertThat(row(job))
        .isEqualTo(
            new Row(
                "FAILED",
                3,
                "gave up after 3 attempts: the last one stopped without"
                    + " finishing (its worker stopped, for example out of memory, or lost the database)",
                true));
    assertThat(jobs.claim()).isEmpty();
    assertThat(jobs.giveUpAbandoned()).isEmpty();
  }

  @Test
  void aGivenUpJobKeepsTheErrorOfAnEarlierAttempt() throws SQLException {
    UUID job = queue(0);
    jobs.fail(jobs.claim().orElseThrow(), "connection refused");
    jobs.claim().orElseThrow();
    died(job);
    jobs.claim().orElseThrow();
    died(job);
    assertThat(jobs.giveUpAbandoned()).containsExactly(job);
    assertThat(row(job).failure())
        .isEqualTo(
            "gave up after 3 attempts: the last one stopped without finishing (its"
                + " worker stopped, for example out of memory, or lost the database); before that, attempt 1 of 3 failed:"
                + " connection refused");
  }

  @Test
  void aFailedAttemptWaitsItsRetryDelay() throws SQLException {
    JobTable slow = table(Duration.ofHours(1), Duration.ofMinutes(10));
    UUID job = queue(0);
    slow.fail(slow.claim().orElseThrow(), "deadlock detected");
    assertThat(slow.claim()).isEmpty();
    sql("UPDATE test_job SET retry_at = now() - interval '1 second' WHERE id = '" + job + "'");
    assertThat(slow.claim()).contains(new Claim(job, 2));
  }

  @Test
  void theOldestJobIsClaimedFirstAndALockedOneIsSkipped() throws Exception {
    UUID older = queue(2);
    UUID newer = queue(1);
    try (Connection other = dataSource.getConnection()) {
      other.setAutoCommit(false);
      try (Statement s = other.createStatement()) {
        s.execute("SELECT 1 FROM test_job WHERE id = '" + older + "' FOR UPDATE");
      }
      assertThat(jobs.claim()).contains(new Claim(newer, 1));
      other.rollback();
    }
    assertThat(jobs.claim()).contains(new Claim(older, 1));
  }

  @Test
  void aLockHeldByTheWorkerKeepsTheJobFromBeingTakenOver() throws Exception {
    UUID job = queue(0);
    Claim claim = jobs.claim().orElseThrow();
    died(job);
    try (Connection worker = dataSource.getConnection()) {
      worker.setAutoCommit(false);
      assertThat(joining(worker).lock(claim)).isTrue();
      assertThat(jobs.claim()).as("the worker is committing its last step").isEmpty();
      worker.commit();
    }
    assertThat(jobs.claim()).contains(new Claim(job, 2));
  }

  record Row(String state, int attempts, String failure, boolean finished) {}

  private static Row row(UUID job) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT state, attempts, failure, finished_at FROM test_job WHERE id = ?")) {
      s.setObject(1, job);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return new Row(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4) != null);
      }
    }
  }

  /** A queued job, created {@code minutesAgo}. */
  private static UUID queue(int minutesAgo) throws SQLException {
    UUID id = UUID.randomUUID();
    sql(
        "INSERT INTO test_job (id, state, created_at) VALUES ('"
            + id
            + "', 'QUEUED', now() - interval '"
            + minutesAgo
            + " minutes')");
    return id;
  }

  /** As when the worker's process is killed: its heartbeat stands still past the stale time. */
  private static void died(UUID job) throws SQLException {
    sql("UPDATE test_job SET heartbeat_at = now() - interval '2 hours' WHERE id = '" + job + "'");
  }

  /**
   * The job table on the worker's own transaction, as a service's data source joins the caller's.
   */
  private static JobTable joining(Connection transaction) {
    Connection kept =
        (Connection)
            Proxy.newProxyInstance(
                JobTableTest.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : invoke(method, transaction, args));
    DataSource source =
        (DataSource)
            Proxy.newProxyInstance(
                JobTableTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) ->
                    method.getName().equals("getConnection")
                        ? kept
                        : invoke(method, dataSource, args));
    return new JobTable(
        source, "test_job", "failure", new Settings(3, Duration.ofHours(1), Duration.ZERO));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static void sql(String statement) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }
}
