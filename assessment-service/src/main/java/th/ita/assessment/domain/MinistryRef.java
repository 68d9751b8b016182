package th.ita.assessment.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ministry (or equivalent parent) an agency belongs to; rankings group by its code. */
@Schema(name = "Ministry")
public record MinistryRef(
    @Schema(examples = "MOC")
        @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,31}",
            message = "must be 1 to 32 letters, digits, '-' or '_'")
        String code,
    @Schema(examples = "กระทรวงพาณิชย์") @NotBlank @Size(max = 300) String nameTh,
    @Schema(examples = "Ministry of Commerce") @Size(max = 300) String nameEn) {}
