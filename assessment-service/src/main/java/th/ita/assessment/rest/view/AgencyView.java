package th.ita.assessment.rest.view;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.MinistryRef;

/** An agency as the API shows it. */
@Schema(name = "Agency")
public record AgencyView(
    @Schema(examples = "DITP") String code,
    @Schema(examples = "กรมส่งเสริมการค้าระหว่างประเทศ") String nameTh,
    @Schema(examples = "Department of International Trade Promotion") String nameEn,
    String abbreviationTh,
    AgencyType type,
    @Schema(examples = "ส่วนราชการระดับกรม") String typeNameTh,
    @Schema(examples = "Department-level government agency") String typeNameEn,
    MinistryRef ministry,
    String parentNameTh,
    String parentNameEn,
    @Schema(description = "Changes with every update; send it back as If-Match", examples = "0")
        long version,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {}
