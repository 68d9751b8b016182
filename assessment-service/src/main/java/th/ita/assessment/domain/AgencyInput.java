package th.ita.assessment.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client sends to register or update an agency. */
@Schema(name = "AgencyInput", description = "An agency to register, or its new details")
public record AgencyInput(
    @Schema(
            description = "Unique code; ignored on update (the path names the agency)",
            examples = "DITP")
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}",
            message = "must be 1 to 32 letters, digits, '-' or '_'")
        String code,
    @Schema(examples = "กรมส่งเสริมการค้าระหว่างประเทศ") @NotBlank @Size(max = 300) String nameTh,
    @Schema(examples = "Department of International Trade Promotion") @Size(max = 300)
        String nameEn,
    @Schema(examples = "คต.") @Size(max = 50) String abbreviationTh,
    @NotNull AgencyType type,
    @Valid MinistryRef ministry,
    @Schema(description = "The body the agency belongs to, if not a ministry (e.g. a university)")
        @Size(max = 300)
        String parentNameTh,
    @Size(max = 300) String parentNameEn) {}
