package th.ita.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored framework: its JSON definition, versioned for concurrent edits. */
@Entity
@Table(name = "framework")
public class FrameworkRecord extends PanacheEntityBase {

  @Id
  @Column(name = "fiscal_year")
  public Integer fiscalYear;

  @JdbcTypeCode(SqlTypes.JSON)
  public String definition;

  @Version public long version;

  @Column(name = "created_at")
  public OffsetDateTime createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
