package th.ita.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An agency's own target and tier thresholds. Until it sets them, the national target (85.00) and
 * the platform's tiers (keep above 97.50, urgent below 95.00) apply.
 */
@Entity
@Table(name = "analysis_settings")
public class AnalysisSettings extends PanacheEntityBase {

  public static final BigDecimal DEFAULT_TARGET = new BigDecimal("85.00");
  public static final BigDecimal DEFAULT_KEEP_ABOVE = new BigDecimal("97.50");
  public static final BigDecimal DEFAULT_URGENT_BELOW = new BigDecimal("95.00");

  @Id
  @Column(name = "agency_code")
  public String agencyCode;

  public BigDecimal target;

  @Column(name = "keep_above")
  public BigDecimal keepAbove;

  @Column(name = "urgent_below")
  public BigDecimal urgentBelow;

  @Version public long version;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;
}
