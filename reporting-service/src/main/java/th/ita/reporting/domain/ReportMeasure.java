package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The newest snapshot of a measure, whether it came in a measure event or inside a plan event. */
@Entity
@Table(name = "report_measure")
public class ReportMeasure extends PanacheEntityBase {

  @Id
  @Column(name = "measure_id")
  public UUID measureId;

  @Column(name = "plan_id")
  public UUID planId;

  @Column(name = "agency_code")
  public String agencyCode;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  public int ordinal;
  public String status;

  /** A milestone is OVERDUE or the measure DELAYED, as the producer last said. */
  public boolean overdue;

  @Column(name = "measure_version")
  public long measureVersion;

  /**
   * Sum of the milestones' versions: the overdue job moves a milestone without touching its
   * measure.
   */
  @Column(name = "milestones_version")
  public long milestonesVersion;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  public String payload;
}
