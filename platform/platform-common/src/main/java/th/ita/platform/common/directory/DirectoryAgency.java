package th.ita.platform.common.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An agency as this service knows it from assessment-service's events. */
@Entity
@Table(name = "agency_directory")
public class DirectoryAgency extends PanacheEntityBase {

  @Id public String code;

  @Column(name = "name_th")
  public String nameTh;

  @Column(name = "name_en")
  public String nameEn;

  @Column(name = "abbreviation_th")
  public String abbreviationTh;

  @Column(name = "agency_type")
  public String type;

  @Column(name = "type_name_th")
  public String typeNameTh;

  @Column(name = "type_name_en")
  public String typeNameEn;

  @Column(name = "ministry_code")
  public String ministryCode;

  @Column(name = "ministry_name_th")
  public String ministryNameTh;

  @Column(name = "ministry_name_en")
  public String ministryNameEn;

  /** The registry's version of this agency; an older snapshot never replaces a newer one. */
  @Column(name = "source_version")
  public long sourceVersion;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;
}
