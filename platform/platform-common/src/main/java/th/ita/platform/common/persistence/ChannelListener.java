package th.ita.platform.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on one PostgreSQL notification channel, over a connection of its own, on a thread of its
 * own. PostgreSQL delivers a notification only once the transaction that sent it commits, and to
 * every replica listening.
 *
 * <p>Notifications sent while nobody listens are lost. So the handler hears when listening starts
 * (again, after a lost connection) and stops, and can catch up on what it may have missed. The
 * connection is checked with a query each second without notifications, so that a broken one is
 * noticed within a second or two even when the network drops it silently.
 */
public final class ChannelListener {

  /** What the listener tells its owner. Each method runs on the listener's thread. */
  public interface Handler {

    /** Listening from now on: anything before this may have been missed. */
    void listening();

    /** One or more committed notifications on the channel. */
    void notified();

    /** No longer listening, until {@link #listening} is heard again. */
    default void stopped() {}
  }

  private static final Logger LOG = Logger.getLogger(ChannelListener.class);
  private static final Duration RETRY = Duration.ofSeconds(2);

  private final DataSource database;
  private final String channel;
  private final Handler handler;
  private volatile boolean stopping;
  private Thread thread;

  /**
   * @param channel a channel name of letters, digits and underscores (it is written into LISTEN)
   */
  public ChannelListener(DataSource database, String channel, Handler handler) {
    if (!channel.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("Not a plain channel name: " + channel);
    }
    this.database = database;
    this.channel = channel;
    this.handler = handler;
  }

  public synchronized void start() {
    if (thread == null) {
      stopping = false;
      thread = new Thread(this::listen, channel + "-listener");
      thread.setDaemon(true);
      thread.start();
    }
  }

  public synchronized void stop() {
    stopping = true;
    if (thread != null) {
      thread.interrupt();
      thread = null;
    }
  }

  private void listen() {
    while (!stopping) {
      boolean listening = false;
      try (Connection connection = database.getConnection()) {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement s = connection.createStatement()) {
          s.execute("LISTEN " + channel);
        }
        listening = true;
        handler.listening();
        while (!stopping) {
          PGNotification[] notifications = postgres.getNotifications(1000);
          if (notifications != null && notifications.length > 0) {
            handler.notified();
          } else {
            check(connection);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!stopping) {
          LOG.debugf("The listener of %s lost its connection: %s", channel, e.getMessage());
        }
      } finally {
        if (listening) {
          handler.stopped();
        }
      }
      if (!stopping) {
        pause();
      }
    }
  }

  /** A query on the connection: throws if it is broken, where waiting for notifications may not. */
  private static void check(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("SELECT 1");
    }
  }

  private void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }
}
