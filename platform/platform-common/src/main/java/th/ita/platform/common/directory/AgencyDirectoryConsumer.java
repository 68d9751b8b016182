package th.ita.platform.common.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import th.ita.platform.common.inbox.Inbox;

/**
 * Keeps {@code agency_directory} in step with the registry. Enabled in a service with the build
 * property {@code ita.agency-directory.enabled=true}.
 *
 * <p>Idempotent: a redelivered event id is skipped, and an out-of-date snapshot (lower version)
 * never overwrites a newer one. A message that cannot be read throws, and the channel's
 * dead-letter strategy moves it to {@code ita.dead-letter} instead of blocking the partition.
 */
@ApplicationScoped
@IfBuildProperty(name = "ita.agency-directory.enabled", stringValue = "true")
public class AgencyDirectoryConsumer {

  private static final Logger LOG = Logger.getLogger(AgencyDirectoryConsumer.class);

  private final Inbox inbox;
  private final ObjectMapper json;
  private final Validator validator;

  public AgencyDirectoryConsumer(Inbox inbox, ObjectMapper json, Validator validator) {
    this.inbox = inbox;
    this.json = json;
    this.validator = validator;
  }

  @Incoming("agencies")
  @Blocking // ordered: one message at a time, so per-agency order holds
  @Transactional
  public void onAgencyEvent(String data, IncomingCloudEventMetadata<String> event) throws IOException {
    if (!"AgencyRegistered".equals(event.getType()) && !"AgencyUpdated".equals(event.getType())) {
      LOG.debugf("Ignoring %s on the agencies topic", event.getType());
      return;
    }
    AgencyEventData agency = json.readValue(data, AgencyEventData.class);
    Set<ConstraintViolation<AgencyEventData>> violations = validator.validate(agency);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException("Event " + event.getId() + " is not a valid agency snapshot: " + violations);
    }
    if (!inbox.firstDelivery(event.getId(), event.getType(), String.valueOf(event.getSource()))) {
      return; // already applied
    }
    DirectoryAgency entry = DirectoryAgency.findById(agency.code());
    if (entry == null) {
      entry = new DirectoryAgency();
      entry.code = agency.code();
    } else if (entry.sourceVersion > agency.version()) {
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
    entry.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    entry.persist();
  }
}
