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

  /** The metadata of the files uploaded to it, never their bytes. */
  public List<FilePayload> files;

  /**
   * A file of the entry: reporting-service downloads it from {@code
   * /api/v1/evidence/{evidenceId}/files/{id}} when it needs the bytes.
   */
  public record FilePayload(
      UUID id, String fileName, String contentType, long size, String sha256) {}
}
