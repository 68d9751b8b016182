package th.ita.platform.common.directory;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.IdempotentConsumer;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.time.Stamps;

/**
 * Keeps {@code agency_directory} in step with the registry. Enabled in a service with the build
 * property {@code ita.agency-directory.enabled=true}.
 *
 * <p>Idempotent: a redelivered event id is skipped, and an out-of-date snapshot (lower version)
 * never overwrites a newer one. A message that cannot be read goes to {@code ita.dead-letter}
 * instead of blocking the partition; a database failure is retried until the entry is stored (see
 * {@link IdempotentConsumer}).
 */
@ApplicationScoped
@IfBuildProperty(name = "ita.agency-directory.enabled", stringValue = "true")
public class AgencyDirectoryConsumer {

  private static final Logger LOG = Logger.getLogger(AgencyDirectoryConsumer.class);

  private final IdempotentConsumer consumer;
  private final Clock clock;

  public AgencyDirectoryConsumer(IdempotentConsumer consumer, Clock clock) {
    this.consumer = consumer;
    this.clock = clock;
  }

  @Incoming("agencies")
  @Blocking // ordered: one message at a time, so per-agency order holds
  public void onAgencyEvent(String data, IncomingCloudEventMetadata<String> metadata) {
    if (!EventTypes.AGENCY_REGISTERED.equals(metadata.getType())
        && !EventTypes.AGENCY_UPDATED.equals(metadata.getType())) {
      LOG.debugf("Ignoring %s on the agencies topic", metadata.getType());
      return;
    }
    ConsumedEvent event = ConsumedEvent.live(Topics.AGENCIES, data, metadata);
    AgencyEventData agency = consumer.read(event, AgencyEventData.class);
    consumer.applyOnce(event, () -> apply(agency));
  }

  private void apply(AgencyEventData agency) {
    DirectoryAgency entry = DirectoryAgency.findById(agency.code());
    if (entry == null) {
      entry = new DirectoryAgency();
      entry.code = agency.code();
    } else if (IdempotentConsumer.isOutdated(entry.sourceVersion, agency.version())) {
      return; // a newer snapshot is already here
    }
    entry.nameTh = agency.nameTh();
    entry.nameEn = agency.nameEn();
    entry.abbreviationTh = agency.abbreviationTh();
    entry.type = agency.type();
    entry.typeNameTh = agency.typeNameTh();
    entry.typeNameEn = agency.typeNameEn();
    entry.ministryCode = agency.ministryCode();
    entry.ministryNameTh = agency.ministryNameTh();
    entry.ministryNameEn = agency.ministryNameEn();
    entry.sourceVersion = agency.version();
    entry.updatedAt = Stamps.now(clock);
    entry.persist();
  }
}
