package th.ita.assessment.event;

import th.ita.assessment.domain.Agency;

/**
 * The data of {@code AgencyRegistered} and {@code AgencyUpdated} events: the whole agency as it is
 * after the change, so that consumers never need to call back. {@code version} rises with every
 * change; a consumer ignores a snapshot older than the one it holds.
 */
public record AgencySnapshot(
    String code,
    String nameTh,
    String nameEn,
    String abbreviationTh,
    String type,
    String typeNameTh,
    String typeNameEn,
    String ministryCode,
    String ministryNameTh,
    String ministryNameEn,
    long version) {

  /** The agency as it stands, after the change. */
  public static AgencySnapshot of(Agency a) {
    return new AgencySnapshot(
        a.code,
        a.nameTh,
        a.nameEn,
        a.abbreviationTh,
        a.type.name(),
        a.type.nameTh(),
        a.type.nameEn(),
        a.ministryCode,
        a.ministryNameTh,
        a.ministryNameEn,
        a.version);
  }
}
