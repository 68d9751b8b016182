package th.ita.reporting.rest.view;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event for one subscription, in its delivery log. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
    UUID id,
    @Schema(description = "The event's id: its webhook-id and ce-id, the same on every attempt")
        String eventId,
    String eventType,
    @Schema(description = "The agency the event is about; deliveries are in order per agency")
        String agencyCode,
    @Schema(
            description =
                "PENDING (waiting for its next attempt, for the delivery before it, or for the"
                    + " subscription to resume), DELIVERED (2xx), FAILED (given up after the retry"
                    + " schedule)",
            enumeration = {"PENDING", "DELIVERED", "FAILED"})
        String state,
    int attempts,
    @Schema(description = "The receiver's last HTTP status; absent when no answer came")
        Integer lastStatusCode,
    Integer lastLatencyMs,
    @Schema(description = "Why the last attempt failed (the start of the answer's body)")
        String lastError,
    OffsetDateTime lastAttemptAt,
    OffsetDateTime nextAttemptAt,
    OffsetDateTime deliveredAt,
    OffsetDateTime createdAt) {}
