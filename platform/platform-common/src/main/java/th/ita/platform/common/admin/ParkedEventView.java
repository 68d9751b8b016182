package th.ita.platform.common.admin;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.outbox.OutboxEvent;

@Schema(
    name = "ParkedEvent",
    description = "An event Kafka refused for good; the events behind it have gone on")
public record ParkedEventView(
    @Schema(description = "The event id (ce_id)") UUID id,
    @Schema(description = "The topic it was meant for", examples = "ita.plans") String topic,
    @Schema(description = "Its key: the agency code", examples = "DITP") String key,
    @Schema(description = "The CloudEvent type", examples = "PlanPublished") String eventType,
    @Schema(description = "The CloudEvent subject") String subject,
    @Schema(description = "When the change was made") OffsetDateTime occurredAt,
    @Schema(description = "When the relay gave up on it") OffsetDateTime parkedAt,
    @Schema(description = "Send attempts made") int attempts,
    @Schema(description = "Kafka's last answer") String lastError,
    @Schema(description = "Its size as a record, in bytes") Integer sizeBytes,
    @Schema(description = "FAILED while parked; PENDING once retried; DISCARDED once given up")
        OutboxEvent.Status status) {

  public static ParkedEventView of(OutboxEvent e) {
    return new ParkedEventView(
        e.id,
        e.topic,
        e.key,
        e.type,
        e.subject,
        e.occurredAt,
        e.parkedAt,
        e.attempts,
        e.lastError,
        e.sizeBytes,
        e.status);
  }
}
