package th.ita.measures.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import th.ita.measures.domain.Values.Attachment;
import th.ita.measures.domain.Values.Link;

/**
 * An evidence entry inside a measure's event snapshot, and the new entry of {@code
 * EvidenceRecorded}.
 */
public class EvidencePayload {
  public UUID id;
  public UUID measureId;
  public UUID milestoneId;
  public LocalDate occurredOn;
  public String occurredOnTh;
  public LocalTime startTime;
  public LocalTime endTime;
  public String titleTh;
  public String description;
  public String place;
  public List<String> attendees;
  public List<Link> links;
  public List<Attachment> attachments;
  public OffsetDateTime recordedAt;
  public String recordedBy;
}
