package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An agency's choices about its documents. Not a projection: it is reporting-service's own data, so
 * a rebuild of the read model leaves it alone.
 */
@Entity
@Table(name = "report_settings")
public class ReportSettings extends PanacheEntityBase {

  @Id
  @Column(name = "agency_code")
  public String agencyCode;

  /** When true, the agency's published measures document is readable without a token. */
  @Column(name = "public_documents")
  public boolean publicDocuments;

  /**
   * The measures document's opening sections as the agency wrote them (plain text with {@code
   * {agency}}, {@code {assessmentYear}} and {@code {fiscalYear}}); null takes the standard text.
   */
  @Column(name = "background_th")
  public String backgroundTh;

  @Column(name = "objectives_th")
  public String objectivesTh;

  @Column(name = "tools_th")
  public String toolsTh;

  @Column(name = "respondents_th")
  public String respondentsTh;

  @Version public long version;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
