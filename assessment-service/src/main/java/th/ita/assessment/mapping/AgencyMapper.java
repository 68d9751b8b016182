package th.ita.assessment.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyInput;
import th.ita.assessment.domain.MinistryRef;
import th.ita.assessment.rest.view.AgencyView;

@ApplicationScoped
public class AgencyMapper {

  public AgencyView toView(Agency a) {
    return new AgencyView(
        a.code,
        a.nameTh,
        a.nameEn,
        a.abbreviationTh,
        a.type,
        a.type.nameTh(),
        a.type.nameEn(),
        ministry(a),
        a.parentNameTh,
        a.parentNameEn,
        a.version,
        a.createdAt,
        a.updatedAt);
  }

  /** Copies the editable fields; the code, version and audit fields are the service's. */
  public void apply(AgencyInput in, Agency a) {
    a.nameTh = in.nameTh().trim();
    a.nameEn = trim(in.nameEn());
    a.abbreviationTh = trim(in.abbreviationTh());
    a.type = in.type();
    a.ministryCode = in.ministry() == null ? null : in.ministry().code().toUpperCase();
    a.ministryNameTh = in.ministry() == null ? null : in.ministry().nameTh().trim();
    a.ministryNameEn = in.ministry() == null ? null : trim(in.ministry().nameEn());
    a.parentNameTh = trim(in.parentNameTh());
    a.parentNameEn = trim(in.parentNameEn());
  }

  private static MinistryRef ministry(Agency a) {
    return a.ministryCode == null
        ? null
        : new MinistryRef(a.ministryCode, a.ministryNameTh, a.ministryNameEn);
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
