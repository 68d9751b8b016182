package th.ita.platform.common.directory;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * How consumers read the data of {@code AgencyRegistered} and {@code AgencyUpdated}. Unknown fields
 * are ignored, so the producer may add fields without breaking anyone.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgencyEventData(
    @NotBlank String code,
    @NotBlank String nameTh,
    String nameEn,
    String abbreviationTh,
    @NotBlank String type,
    String typeNameTh,
    String typeNameEn,
    String ministryCode,
    String ministryNameTh,
    String ministryNameEn,
    @NotNull Long version) {}
