package th.ita.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.ita.platform.common.persistence.Audited;

/** A stored framework: its JSON definition, versioned for concurrent edits. */
@Entity
@Table(name = "framework")
public class FrameworkRecord extends Audited {

  @Id
  @Column(name = "fiscal_year")
  public Integer fiscalYear;

  @JdbcTypeCode(SqlTypes.JSON)
  public String definition;

  @Version public long version;
}
