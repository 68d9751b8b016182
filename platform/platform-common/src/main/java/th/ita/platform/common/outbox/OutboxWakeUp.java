package th.ita.platform.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Wakes the relay as soon as a transaction that wrote an event commits, so an event leaves in
 * milliseconds instead of at the relay's next tick. {@link Outbox} notifies the PostgreSQL channel
 * {@value #CHANNEL} in the writing transaction; PostgreSQL delivers the notification only when that
 * transaction commits, and to every replica listening.
 *
 * <p>The relay's schedule stays as the fallback: while this listener reconnects after losing its
 * connection, or if a notification is missed, the next tick sends what waits.
 */
@ApplicationScoped
public class OutboxWakeUp {

  static final String CHANNEL = "ita_outbox";
  private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);

  private final DataSource database;
  private final Runnable relay;
  private final boolean enabled;
  private volatile boolean stopping;
  private Thread listener;

  // With two constructors, CDI needs to be told which is its own: without @Inject this class was no
  // bean at all, and the relay only ever woke on its schedule.
  @Inject
  public OutboxWakeUp(
      AgroalDataSource database,
      OutboxRelay relay,
      @ConfigProperty(name = "ita.outbox.listen", defaultValue = "true") boolean enabled) {
    this((DataSource) database, relay::relayPending, enabled);
  }

  OutboxWakeUp(DataSource database, Runnable relay, boolean enabled) {
    this.database = database;
    this.relay = relay;
    this.enabled = enabled;
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  synchronized void start() {
    if (enabled && listener == null) {
      listener = new Thread(this::listen, "outbox-wake-up");
      listener.setDaemon(true);
      listener.start();
    }
  }

  synchronized void stop() {
    stopping = true;
    if (listener != null) {
      listener.interrupt();
    }
  }

  private void listen() {
    while (!stopping) {
      try (Connection connection = database.getConnection()) {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        try (Statement s = connection.createStatement()) {
          s.execute("LISTEN " + CHANNEL);
        }
        relay.run(); // whatever was written while nobody listened
        while (!stopping) {
          PGNotification[] notifications = postgres.getNotifications(1000);
          if (notifications != null && notifications.length > 0) {
            relay.run();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (stopping) {
          return;
        }
        LOG.debugf(
            "The outbox listener lost its connection; the relay's schedule carries on meanwhile: %s",
            e.getMessage());
        pause(Duration.ofSeconds(2));
      }
    }
  }

  private void pause(Duration wait) {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopping = true;
    }
  }
}
