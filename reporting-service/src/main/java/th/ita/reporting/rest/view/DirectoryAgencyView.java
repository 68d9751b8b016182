package th.ita.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.directory.DirectoryAgency;

/** An agency as reports name and group it. */
@Schema(name = "ReportAgency")
public record DirectoryAgencyView(
    @Schema(examples = "DITP") String code,
    @Schema(examples = "กรมส่งเสริมการค้าระหว่างประเทศ") String nameTh,
    String nameEn,
    @Schema(examples = "DEPARTMENT", ref = "AgencyType") String type,
    @Schema(examples = "ส่วนราชการระดับกรม") String typeNameTh,
    String typeNameEn,
    @Schema(examples = "MOC") String ministryCode,
    @Schema(examples = "กระทรวงพาณิชย์") String ministryNameTh,
    String ministryNameEn) {

  static DirectoryAgencyView of(DirectoryAgency a) {
    return new DirectoryAgencyView(a.code, a.nameTh, a.nameEn, a.type, a.typeNameTh, a.typeNameEn,
        a.ministryCode, a.ministryNameTh, a.ministryNameEn);
  }
}
