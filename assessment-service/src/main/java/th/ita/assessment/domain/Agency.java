package th.ita.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import th.ita.platform.common.persistence.Audited;

/** An assessed public body. Its code is the key every other service and event uses. */
@Entity
public class Agency extends Audited {

  @Id public String code;

  @Column(name = "name_th")
  public String nameTh;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "abbreviation_th")
  public String abbreviationTh;

  @Enumerated(EnumType.STRING)
  @Column(name = "agency_type")
  public AgencyType type;

  @Column(name = "ministry_code")
  public String ministryCode;

  @Column(name = "ministry_name_th")
  public String ministryNameTh;

  @Column(name = "ministry_name_en")
  public String ministryNameEn;

  @Column(name = "parent_name_th")
  public String parentNameTh;

  @Column(name = "parent_name_en")
  public String parentNameEn;

  /** Optimistic lock: two officers editing at once cannot silently overwrite each other. */
  @Version public long version;
}
