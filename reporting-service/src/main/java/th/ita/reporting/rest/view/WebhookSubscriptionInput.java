package th.ita.reporting.rest.view;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.validation.Code;
import th.ita.platform.common.validation.StoredText;

/** What a webhook subscription is made of, to create or replace one. */
@Schema(name = "WebhookSubscriptionInput")
public record WebhookSubscriptionInput(
    @Schema(
            description =
                "Where to POST the events: an https URL on a public address (plain http and"
                    + " private addresses only for hosts the operator allows)",
            examples = "https://docs.ditp.go.th/hooks/ita",
            maxLength = 2000)
        @NotBlank(message = "must be an https URL")
        @Size(max = 2000, message = "must be at most {max} characters")
        String url,
    @Schema(
            description =
                "The event types to receive: AgencyRegistered, AgencyUpdated, ResultPublished,"
                    + " PlanApproved, PlanPublished, MeasureStatusChanged, MilestoneStatusChanged,"
                    + " EvidenceRecorded, FrameworkPublished (not tied to an agency: every subscriber"
                    + " of the type gets it). An agency's officers may name any, for their own agency;"
                    + " viewers and portals only ResultPublished, PlanPublished and FrameworkPublished.",
            examples = "[\"ResultPublished\", \"PlanPublished\"]")
        @NotNull(message = "must list at least one event type")
        @NotEmpty(message = "must list at least one event type")
        @Size(max = 20, message = "must list at most {max} event types")
        List<@NotBlank(message = "must be an event type") @Size(max = 100) String> eventTypes,
    @Schema(
            description =
                "Only this agency's events. Required for an agency's officers, and must be their own"
                    + " agency.",
            examples = "DITP")
        @Code
        String agencyCode,
    @Schema(description = "Only events of this ministry's agencies", examples = "MOC") @Code
        String ministryCode,
    @Schema(description = "A note for its owner", maxLength = 500)
        @Size(max = 500, message = "must be at most {max} characters")
        @StoredText
        String description) {}
