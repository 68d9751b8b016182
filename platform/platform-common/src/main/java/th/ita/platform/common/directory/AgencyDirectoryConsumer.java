package th.ita.platform.common.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import th.ita.platform.common.consumer.ConsumerRetries;
import th.ita.platform.common.consumer.UnreadableEventException;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.inbox.Inbox;

/**
 * Keeps {@code agency_directory} in step with the registry. Enabled in a service with the build
 * property {@code ita.agency-directory.enabled=true}.
 *
 * <p>Idempotent: a redelivered event id is skipped, and an out-of-date snapshot (lower version)
 * never overwrites a newer one. A message that cannot be read goes to {@code ita.dead-letter}
 * instead of blocking the partition; a database failure is retried until the entry is stored
 * (see {@link ConsumerRetries}).
 */
@ApplicationScoped
@IfBuildProperty(name = "ita.agency-directory.enabled", stringValue = "true")
public class AgencyDirectoryConsumer {

  private static final Logger LOG = Logger.getLogger(AgencyDirectoryConsumer.class);

  private final Inbox inbox;
  private final ObjectMapper json;
  private final Validator validator;
  private final ConsumerRetries retries;

  public AgencyDirectoryConsumer(Inbox inbox, ObjectMapper json, Validator validator, ConsumerRetries retries) {
    this.inbox = inbox;
    this.json = json;
    this.validator = validator;
    this.retries = retries;
  }

  @Incoming("agencies")
  @Blocking // ordered: one message at a time, so per-agency order holds
  public void onAgencyEvent(String data, IncomingCloudEventMetadata<String> event) {
    if (!"AgencyRegistered".equals(event.getType()) && !"AgencyUpdated".equals(event.getType())) {
      LOG.debugf("Ignoring %s on the agencies topic", event.getType());
      return;
    }
    AgencyEventData agency = read(data, event);
    retries.runInTransaction(Topics.AGENCIES, () -> apply(agency, event));
  }

  /** Reads and checks the snapshot without touching the database. */
  private AgencyEventData read(String data, IncomingCloudEventMetadata<String> event) {
    AgencyEventData agency;
    try {
      agency = json.readValue(data, AgencyEventData.class);
    } catch (IOException e) {
      throw new UnreadableEventException("Event " + event.getId() + " is not an agency snapshot: " + e.getMessage(), e);
    }
    Set<ConstraintViolation<AgencyEventData>> violations = validator.validate(agency);
    if (!violations.isEmpty()) {
      throw new UnreadableEventException("Event " + event.getId() + " is not a valid agency snapshot: " + violations);
    }
    if (event.getId() == null || event.getId().isBlank()) {
      throw new UnreadableEventException("An agency event without ce_id cannot be applied exactly once");
    }
    return agency;
  }

  private void apply(AgencyEventData agency, IncomingCloudEventMetadata<String> event) {
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
