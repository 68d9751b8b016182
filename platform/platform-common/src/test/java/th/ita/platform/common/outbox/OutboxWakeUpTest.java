package th.ita.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import th.ita.platform.dev.PostgresServer;

/**
 * A committed event wakes the relay through PostgreSQL's notifications; a rolled-back one does not.
 */
class OutboxWakeUpTest {

  private static PostgresServer postgres;
  private static PGSimpleDataSource database;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres =
        PostgresServer.start(Path.of("target", "outbox-wake-up-test"), 0, false, List.of("outbox"));
    database = new PGSimpleDataSource();
    database.setUrl(postgres.jdbcUrl("outbox"));
    database.setUser(PostgresServer.USER);
    database.setPassword(PostgresServer.PASSWORD);
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  private static void notifyIn(boolean commit) throws Exception {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("SELECT pg_notify('" + OutboxWakeUp.CHANNEL + "', '')");
      if (commit) {
        c.commit();
      } else {
        c.rollback();
      }
    }
  }

  @Test
  void aCommittedNotificationWakesTheRelayAndARolledBackOneDoesNot() throws Exception {
    Semaphore runs = new Semaphore(0);
    OutboxWakeUp wakeUp = new OutboxWakeUp(database, runs::release, true);
    wakeUp.start();
    try {
      assertThat(runs.tryAcquire(10, TimeUnit.SECONDS))
          .as("one run on connecting, for what waited")
          .isTrue();

      notifyIn(false); // rolled back: no notification is ever delivered
      notifyIn(true);
      assertThat(runs.tryAcquire(10, TimeUnit.SECONDS))
          .as("woken by the committed notification")
          .isTrue();
      notifyIn(true);
      assertThat(runs.tryAcquire(10, TimeUnit.SECONDS)).as("and by the next one").isTrue();
      // Exactly one run per committed notification so far: the rolled-back one woke nothing.
      assertThat(runs.availablePermits()).isZero();
    } finally {
      wakeUp.stop();
    }
  }
}
