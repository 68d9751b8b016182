package th.ita.reporting.rest.view;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's report settings as the API shows them. */
@Schema(name = "ReportSettings")
public record SettingsView(
    boolean publicDocuments,
    @Schema(description = "True when these are the defaults, never set by the agency")
        boolean defaults,
    OffsetDateTime updatedAt,
    String updatedBy) {}
