package th.ita.reporting.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A measure (มาตรการ) as measures-service's events carry it (the producer's field names). */
@Schema(
    name = "DocumentMeasure",
    description = "A measure as the latest plan or measure event carried it")
public record MeasureData(
    UUID id,
    UUID planId,
    @Schema(description = "Position in the plan's measures table", examples = "1") int ordinal,
    @JsonProperty("issue") @Schema(description = "The NACC issue (1-7) it answers") Integer issue,
    @JsonProperty("issueNameTh") String issueNameTh,
    @Schema(examples = "URGENT", ref = "Tier") String tier,
    List<TargetQuestion> targetQuestions,
    String titleTh,
    String titleEn,
    String rationale,
    List<String> steps,
    LocalDate periodStart,
    LocalDate periodEnd,
    @Schema(examples = "ต.ค. 2567 – มี.ค. 2568") String periodTh,
    String periodEn,
    @Schema(
            examples = "[\"Q1\",\"Q2\"]",
            type = SchemaType.ARRAY,
            implementation = ProducerValues.FiscalQuarter.class)
        List<String> quarters,
    List<String> responsibleUnits,
    String monitoring,
    Reporting reporting,
    @Schema(examples = "BUILD_CAPACITY", ref = "FrameCategory") String frameCategory,
    List<String> knowledgeTopics,
    @Schema(description = "As the agency's officers reported it, 0-100") int percentComplete,
    @Schema(examples = "IN_PROGRESS", ref = "MeasureStatus") String status,
    List<Milestone> milestones,
    @Schema(description = "Evidence that its activities happened, in the order they happened")
        List<Evidence> evidence,
    long version,
    OffsetDateTime updatedAt) {

  public MeasureData {
    targetQuestions = targetQuestions == null ? List.of() : targetQuestions;
    steps = steps == null ? List.of() : steps;
    quarters = quarters == null ? List.of() : quarters;
    responsibleUnits = responsibleUnits == null ? List.of() : responsibleUnits;
    knowledgeTopics = knowledgeTopics == null ? List.of() : knowledgeTopics;
    milestones = milestones == null ? List.of() : milestones;
    evidence = evidence == null ? List.of() : evidence;
  }

  /**
   * The milestones the agency itself planned: the documents print and count only these, never one
   * the platform's editors wrote for a demo plan.
   */
  public List<Milestone> agencyMilestones() {
    return milestones.stream().filter(m -> !m.editorial()).toList();
  }

  /** How many milestones the platform's editors wrote where the agency's document gives none. */
  public int editorialMilestoneCount() {
    return (int) milestones.stream().filter(Milestone::editorial).count();
  }

  @Schema(name = "DocumentTargetQuestion")
  public record TargetQuestion(@Schema(examples = "o10") String code, BigDecimal score) {}

  @Schema(
      name = "DocumentReporting",
      description = "To whom progress is reported and how often (การรายงานผล)")
  public record Reporting(String to, Integer everyMonths, String note) {}

  @Schema(name = "DocumentMilestone")
  public record Milestone(
      UUID id,
      @Schema(examples = "Q1", ref = "FiscalQuarter") String quarter,
      String quarterTh,
      LocalDate dueDate,
      String activity,
      String output,
      @Schema(examples = "DONE", ref = "MilestoneStatus") String status,
      LocalDate completedOn,
      long version,
      @Schema(
              description =
                  "True when the platform's editors wrote it where the agency's own document gives"
                      + " none (the demo plans); the documents never print or count it. False when"
                      + " the event does not say.")
          boolean editorial) {}

  /**
   * A record that an activity happened (seed 003: a meeting, its date, time, room and attendees).
   */
  @Schema(name = "DocumentEvidence")
  public record Evidence(
      UUID id,
      @Schema(description = "The milestone it evidences, if any") UUID milestoneId,
      @Schema(
              description = "When the activity happened (not when it was recorded)",
              examples = "2025-11-20")
          LocalDate occurredOn,
      @Schema(examples = "20 พ.ย. 2568") String occurredOnTh,
      LocalTime startTime,
      LocalTime endTime,
      String titleTh,
      String description,
      String place,
      List<String> attendees,
      List<Link> links,
      List<Attachment> attachments,
      @Schema(description = "When it was recorded") OffsetDateTime recordedAt,
      String recordedBy,
      @Schema(
              description =
                  "The files uploaded to it (metadata; the bytes stay in measures-service)")
          List<EvidenceFile> files) {

    public Evidence {
      attendees = attendees == null ? List.of() : attendees;
      links = links == null ? List.of() : links;
      attachments = attachments == null ? List.of() : attachments;
      files = files == null ? List.of() : files;
    }
  }

  /**
   * A file uploaded to an evidence entry, as measures-service announces it: its bytes (and a
   * photo's thumbnail) are fetched from {@code /api/v1/evidence/{evidenceId}/files/{id}}.
   */
  @Schema(name = "DocumentEvidenceFile")
  public record EvidenceFile(
      UUID id,
      String fileName,
      @Schema(examples = "image/jpeg") String contentType,
      long size,
      @Schema(description = "Lower-case hex SHA-256 of the bytes") String sha256) {

    /** A JPEG or PNG photo, which measures-service makes a thumbnail of. */
    @JsonIgnore
    public boolean isPhoto() {
      return "image/jpeg".equals(contentType) || "image/png".equals(contentType);
    }
  }

  @Schema(name = "DocumentEvidenceLink")
  public record Link(String title, String url) {}

  @Schema(name = "DocumentEvidenceAttachment", description = "Metadata of a file kept elsewhere")
  public record Attachment(
      String fileName,
      @Schema(examples = "application/pdf") String mediaType,
      Long sizeBytes,
      @Schema(description = "Where the file is kept, e.g. a document-system id or URL")
          String reference) {}
}
