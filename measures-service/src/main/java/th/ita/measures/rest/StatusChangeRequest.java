package th.ita.measures.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves a measure or milestone to another status, with a note kept in its history. */
@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
    @Schema(description = "The new status", examples = "IN_PROGRESS") @NotBlank String to,
    @Schema(examples = "เริ่มดำเนินการตามแผน") @Size(max = 2000) String note) {}
