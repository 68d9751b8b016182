package th.ita.reporting.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.platform.common.directory.DirectoryAgency;

/** The agency a document is about, from this service's copy of the registry. */
@Schema(name = "DocumentAgency")
public record AgencyInfo(
    @Schema(examples = "MFA-ASEAN") String code,
    @Schema(examples = "กรมอาเซียน") String nameTh,
    String nameEn,
    String abbreviationTh,
    @Schema(examples = "DEPARTMENT", ref = "AgencyType") String type,
    String typeNameTh,
    String typeNameEn,
    @Schema(examples = "MFA") String ministryCode,
    String ministryNameTh,
    String ministryNameEn) {

  static AgencyInfo of(DirectoryAgency a) {
    return new AgencyInfo(
        a.code,
        a.nameTh,
        a.nameEn,
        a.abbreviationTh,
        a.type,
        a.typeNameTh,
        a.typeNameEn,
        a.ministryCode,
        a.ministryNameTh,
        a.ministryNameEn);
  }

  /** When the registry event has not arrived (yet), the names the result itself carried. */
  static AgencyInfo fallback(String code, ResultData result) {
    return new AgencyInfo(
        code,
        result == null ? null : result.agencyNameTh(),
        result == null ? null : result.agencyNameEn(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
