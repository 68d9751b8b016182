package th.ita.reporting.rest.view;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many deliveries were queued again. */
@Schema(name = "WebhookRedelivery")
public record WebhookRedeliveryView(
    @Schema(description = "Deliveries queued again, each from its first attempt") int queued,
    @Schema(description = "The deliveries of events that arrived at or after this time")
        OffsetDateTime since) {}
