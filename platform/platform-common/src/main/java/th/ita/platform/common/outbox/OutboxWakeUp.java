package th.ita.platform.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.persistence.ChannelListener;

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

  private final ChannelListener listener;
  private final boolean enabled;

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
    this.enabled = enabled;
    this.listener =
        new ChannelListener(
            database,
            CHANNEL,
            new ChannelListener.Handler() {
              @Override
              public void listening() {
                relay.run(); // whatever was written while nobody listened
              }

              @Override
              public void notified(List<String> payloads) {
                relay.run();
              }
            });
  }

  void onStart(@Observes StartupEvent event) {
    start();
  }

  void onStop(@Observes ShutdownEvent event) {
    stop();
  }

  void start() {
    if (enabled) {
      listener.start();
    }
  }

  void stop() {
    listener.stop();
  }
}
