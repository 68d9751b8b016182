package th.ita.assessment.service;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import th.ita.platform.common.persistence.ChannelListener;

/**
 * Hears, from PostgreSQL, every committed change that a GET of a result may show: to results, to
 * agencies, and stored views emptied or removed, whichever instance made it (migration V13 notifies
 * the channel {@value #CHANNEL}), and has {@link KeptViews} drop what it kept for those who may see
 * drafts. While this instance is not listening (starting, or its listening connection lost),
 * KeptViews asks the database instead.
 */
@ApplicationScoped
public class ResultChanges {

  static final String CHANNEL = "ita_results";

  private final ChannelListener listener;
  private final boolean enabled;

  public ResultChanges(
      AgroalDataSource database,
      KeptViews kept,
      @ConfigProperty(name = "ita.results.listen", defaultValue = "true") boolean enabled) {
    this.enabled = enabled;
    this.listener =
        new ChannelListener(
            database,
            CHANNEL,
            new ChannelListener.Handler() {
              @Override
              public void listening() {
                kept.listening();
              }

              @Override
              public void notified(List<String> payloads) {
                kept.changedElsewhere();
              }

              @Override
              public void stopped() {
                kept.notListening();
              }
            });
  }

  void onStart(@Observes StartupEvent event) {
    if (enabled) {
      listener.start();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    listener.stop();
  }
}
