package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One status change of a measure or of one of its milestones, as a measure event reported it. */
@Entity
@Table(name = "report_measure_change")
public class MeasureChange extends PanacheEntityBase {

  @Id
  @Column(name = "event_id")
  public String eventId;

  @Column(name = "measure_id")
  public UUID measureId;

  @Column(name = "milestone_id")
  public UUID milestoneId;

  @Column(name = "from_status")
  public String fromStatus;

  @Column(name = "to_status")
  public String toStatus;

  public String note;

  @Column(name = "changed_by")
  public String changedBy;

  @Column(name = "changed_at")
  public OffsetDateTime changedAt;
}
