package th.ita.platform.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import th.ita.platform.dev.PostgresServer;

/**
 * The listener hears committed notifications only, and tells its owner when it starts and stops
 * listening: a connection PostgreSQL closes is a stop, and the listener then listens again.
 */
class ChannelListenerTest {

  private static final String CHANNEL = "ita_channel_test";

  private static PostgresServer postgres;
  private static PGSimpleDataSource database;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres =
        PostgresServer.start(Path.of("target", "channel-listener-test"), 0, false, List.of("ch"));
    database = new PGSimpleDataSource();
    database.setUrl(postgres.jdbcUrl("ch"));
    database.setUser(PostgresServer.USER);
    database.setPassword(PostgresServer.PASSWORD);
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  private static void execute(String sql, boolean commit) throws Exception {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute(sql);
      if (commit) {
        c.commit();
      } else {
        c.rollback();
      }
    }
  }

  /** Records what the handler heard, in order. */
  private static final class Heard implements ChannelListener.Handler {
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void listening() {
      events.add("listening");
    }

    @Override
    public void notified(List<String> payloads) {
      events.add("notified " + payloads);
    }

    @Override
    public void stopped() {
      events.add("stopped");
    }

    String next() throws InterruptedException {
      String event = events.poll(15, TimeUnit.SECONDS);
      assertThat(event).as("something heard within 15 s").isNotNull();
      return event;
    }
  }

  @Test
  void hearsCommittedNotificationsAndWhenItStopsAndStartsListening() throws Exception {
    Heard heard = new Heard();
    ChannelListener listener = new ChannelListener(database, CHANNEL, heard);
    listener.start();
    try {
      assertThat(heard.next()).isEqualTo("listening");

      execute("SELECT pg_notify('" + CHANNEL + "', 'x')", false); // rolled back: never delivered
      execute("SELECT pg_notify('" + CHANNEL + "', 'y')", true);
      assertThat(heard.next()).isEqualTo("notified [y]");

      // PostgreSQL ends the listener's connection, as a restart or a network failure would.
      execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
              + " AND backend_type = 'client backend' AND pid <> pg_backend_pid()",
          true);
      assertThat(heard.next()).isEqualTo("stopped");
      assertThat(heard.next()).isEqualTo("listening");

      execute("SELECT pg_notify('" + CHANNEL + "', 'z')", true);
      assertThat(heard.next()).isEqualTo("notified [z]");
      assertThat(heard.events).isEmpty();
    } finally {
      listener.stop();
    }
  }

  @Test
  void startedAgainAfterAStopItListensOnceAndTheStopNeverFollowsTheNewStart() throws Exception {
    Heard heard = new Heard();
    ChannelListener listener = new ChannelListener(database, CHANNEL, heard);
    listener.start();
    try {
      assertThat(heard.next()).isEqualTo("listening");
      listener.stop();
      listener.start();
      // The stopped thread may still say so, but only before the new one listens.
      String next = heard.next();
      if (next.equals("stopped")) {
        next = heard.next();
      }
      assertThat(next).isEqualTo("listening");

      execute("SELECT pg_notify('" + CHANNEL + "', 'w')", true);
      assertThat(heard.next()).isEqualTo("notified [w]");
    } finally {
      listener.stop();
    }
  }

  @Test
  void aChannelNameIsWrittenIntoSqlOnlyWhenPlain() {
    assertThatThrownBy(() -> new ChannelListener(database, "x; DROP TABLE y", new Heard()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
