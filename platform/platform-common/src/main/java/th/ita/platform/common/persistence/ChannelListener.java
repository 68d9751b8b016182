package th.ita.platform.common.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
 * connection is checked with a query each second without notifications, with a network timeout of
 * {@link #NETWORK_TIMEOUT}, so that a broken one is noticed within about four seconds even when the
 * network drops it silently.
 *
 * <p>A failure of the handler is logged and listening goes on. After {@link #stop}, the thread that
 * listened tells only that it stopped, and not even that once a later start has announced its own
 * listening: the owner never hears a stop after a later start's listening.
 */
public final class ChannelListener {

  /** What the listener tells its owner. Each method runs on the listener's thread. */
  public interface Handler {

    /** Listening from now on: anything before this may have been missed. */
    void listening();

    /** One or more committed notifications on the channel, with their payloads. */
    void notified(List<String> payloads);

    /** No longer listening, until {@link #listening} is heard again. */
    default void stopped() {}
  }

  private static final Logger LOG = Logger.getLogger(ChannelListener.class);
  private static final Duration RETRY = Duration.ofSeconds(2);
  static final Duration NETWORK_TIMEOUT = Duration.ofSeconds(3);

  private final DataSource database;
  private final String channel;
  private final Handler handler;

  /** The thread listening now; a thread no longer named here stops. */
  private volatile Thread thread;

  /** The thread whose {@code listening} the handler heard last, until its {@code stopped}. */
  private Thread announced;

  private final Object announcing = new Object();

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
      Thread listener = new Thread(this::listen, channel + "-listener");
      listener.setDaemon(true);
      thread = listener;
      listener.start();
    }
  }

  /** Stops listening; a later {@link #start} listens on a thread of its own. */
  public synchronized void stop() {
    Thread listener = thread;
    thread = null;
    if (listener != null) {
      listener.interrupt();
    }
  }

  private boolean mine() {
    return thread == Thread.currentThread();
  }

  private void listen() {
    while (mine()) {
      boolean listening = false;
      try (Connection connection = database.getConnection()) {
        connection.setNetworkTimeout(Runnable::run, (int) NETWORK_TIMEOUT.toMillis());
        PGConnection postgres = connection.unwrap(PGConnection.class);
        execute(connection, "LISTEN " + channel);
        try {
          listening = announceListening();
          while (mine()) {
            PGNotification[] notifications = postgres.getNotifications(1000);
            if (notifications == null || notifications.length == 0) {
              execute(connection, "SELECT 1"); // throws if the connection is broken
            } else if (mine()) { // a stopped thread's notifications are the next thread's too
              List<String> payloads =
                  Arrays.stream(notifications).map(PGNotification::getParameter).toList();
              tell(() -> handler.notified(payloads));
            }
          }
        } finally {
          // The connection may go back to a pool: it must not go on collecting notifications.
          unlistenQuietly(connection);
        }
      } catch (SQLException | RuntimeException e) {
        if (mine()) {
          LOG.debugf("The listener of %s lost its connection: %s", channel, e.getMessage());
        }
      } finally {
        if (listening) {
          announceStopped();
        }
      }
      if (mine()) {
        pause();
      }
    }
  }

  /** Tells the handler this thread listens, unless it was stopped meanwhile. */
  private boolean announceListening() {
    synchronized (announcing) {
      if (!mine()) {
        return false;
      }
      announced = Thread.currentThread();
      tell(handler::listening);
      return true;
    }
  }

  /** Tells the handler this thread stopped, unless a later thread has announced since. */
  private void announceStopped() {
    synchronized (announcing) {
      if (announced == Thread.currentThread()) {
        announced = null;
        tell(handler::stopped);
      }
    }
  }

  /**
   * A failing handler is the owner's fault, not the connection's: logged, and listening goes on.
   */
  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warnf(e, "The handler of %s failed", channel);
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  private static void unlistenQuietly(Connection connection) {
    try {
      execute(connection, "UNLISTEN *");
    } catch (SQLException e) {
      // A broken connection listens to nothing; the pool discards it.
    }
  }

  private static void pause() {
    try {
      Thread.sleep(RETRY.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // stopped: the loop ends, as the thread is no longer ours
    }
  }
}
