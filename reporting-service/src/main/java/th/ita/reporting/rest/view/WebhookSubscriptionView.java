package th.ita.reporting.rest.view;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its owner sees it. */
@Schema(name = "WebhookSubscription")
public record WebhookSubscriptionView(
    UUID id,
    String url,
    List<String> eventTypes,
    @Schema(description = "Only this agency's events, when set") String agencyCode,
    @Schema(description = "Only this ministry's agencies' events, when set") String ministryCode,
    String description,
    @Schema(
            description =
                "ACTIVE, or PAUSED (by its owner, or by the platform after continuous failures or a"
                    + " 410 Gone); a paused subscription still collects its deliveries, which go out"
                    + " on resume",
            enumeration = {"ACTIVE", "PAUSED"})
        String status,
    @Schema(description = "Why it is paused") String pausedReason,
    OffsetDateTime pausedAt,
    @Schema(
            description =
                "The signing secret (whsec_ and base64): in the answers to creation and rotation"
                    + " only, never again")
        String secret,
    String owner,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
