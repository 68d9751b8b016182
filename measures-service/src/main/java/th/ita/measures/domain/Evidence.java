package th.ita.measures.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.ita.measures.domain.Values.Attachment;
import th.ita.measures.domain.Values.Link;

/**
 * A record that an activity of a measure happened (seed 003: an internal meeting, its date, time,
 * room and attendees). When it happened is kept apart from when it was recorded.
 */
@Entity
public class Evidence extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "measure_id")
  public UUID measureId;

  @Column(name = "milestone_id")
  public UUID milestoneId;

  @Column(name = "occurred_on")
  public LocalDate occurredOn;

  @Column(name = "start_time")
  public LocalTime startTime;

  @Column(name = "end_time")
  public LocalTime endTime;

  @Column(name = "title_th")
  public String titleTh;

  public String description;
  public String place;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> attendees = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Link> links = new ArrayList<>();

  @JdbcTypeCode(SqlTypes.JSON)
  public List<Attachment> attachments = new ArrayList<>();

  /** Its files' metadata, in the order they were uploaded; their bytes are not loaded with it. */
  @OneToMany(mappedBy = "evidence")
  @OrderBy("uploadOrder ASC")
  @Fetch(FetchMode.SUBSELECT)
  public List<EvidenceFile> files = new ArrayList<>();

  @Column(name = "recorded_at")
  public OffsetDateTime recordedAt;

  @Column(name = "recorded_by")
  public String recordedBy;
}
