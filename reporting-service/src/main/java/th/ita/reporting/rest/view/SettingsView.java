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
    String updatedBy,
    @Schema(
            description =
                "The agency's ความเป็นมา/หลักการและเหตุผล; null while the measures document prints the standard text")
        String backgroundTh,
    @Schema(description = "The agency's วัตถุประสงค์; null for the standard text")
        String objectivesTh,
    @Schema(description = "The agency's text on the assessment tools; null for the standard text")
        String toolsTh,
    @Schema(description = "The agency's text on the respondent groups; null for the standard text")
        String respondentsTh) {}
