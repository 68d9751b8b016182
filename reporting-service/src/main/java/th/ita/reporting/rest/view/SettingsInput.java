package th.ita.reporting.rest.view;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a change to an agency's report settings. */
@Schema(name = "ReportSettingsInput")
public record SettingsInput(
    @Schema(
            description =
                "True to let anyone read the agency's published documents without a token")
        @NotNull
        Boolean publicDocuments) {}
