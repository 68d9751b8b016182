package th.ita.measures.rest.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import th.ita.measures.domain.FrameCategory;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.MilestoneStatus;
import th.ita.measures.domain.PlanStatus;
import th.ita.measures.domain.Tier;
import th.ita.measures.domain.Values.Attachment;
import th.ita.measures.domain.Values.Link;
import th.ita.measures.domain.Values.Reporting;
import th.ita.measures.domain.Values.TargetQuestion;
import th.ita.platform.common.calendar.FiscalQuarter;

/**
 * What the API returns for plans, measures, their milestones, evidence and history, and gap lists.
 */
public final class PlanViews {

  private PlanViews() {}

  @Schema(name = "Plan")
  public record PlanView(
      UUID id,
      String agencyCode,
      String agencyNameTh,
      int fiscalYear,
      int assessmentYear,
      PlanStatus status,
      String titleTh,
      String titleEn,
      String limitations,
      @Schema(description = "How the plan as a whole is monitored and reported on, and by whom")
          String monitoring,
      List<MeasureView> measures,
      long version,
      OffsetDateTime createdAt,
      String createdBy,
      OffsetDateTime updatedAt,
      String updatedBy,
      OffsetDateTime approvedAt,
      String approvedBy,
      OffsetDateTime publishedAt,
      String publishedBy,
      @Schema(description = "The head of agency's approval; absent before the plan is approved")
          ApprovalView approval,
      @Schema(
              description =
                  "The day the plan was published, in Bangkok: the documents' ประกาศ ณ วันที่",
              examples = "2024-10-31")
          LocalDate publishedOn) {}

  @Schema(name = "Approval", description = "Who approved the plan, in what position, and when")
  public record ApprovalView(
      @Schema(examples = "นายสมชาย ใจดี") String approverNameTh,
      @Schema(examples = "อธิบดีกรมส่งเสริมการค้าระหว่างประเทศ") String approverPositionTh,
      @Schema(description = "The day the plan was signed", examples = "2024-10-15")
          LocalDate approvedOn,
      @Schema(examples = "15 ต.ค. 2567") String approvedOnTh,
      @Schema(description = "Who recorded the approval on the platform") String recordedBy,
      @Schema(description = "When the approval was recorded") OffsetDateTime recordedAt) {}

  @Schema(name = "Measure")
  public record MeasureView(
      UUID id,
      UUID planId,
      String agencyCode,
      int fiscalYear,
      int ordinal,
      @JsonProperty("issue") Integer issue,
      @JsonProperty("issueNameTh") String issueNameTh,
      Tier tier,
      List<TargetQuestion> targetQuestions,
      String titleTh,
      String titleEn,
      String rationale,
      List<String> steps,
      LocalDate periodStart,
      LocalDate periodEnd,
      @Schema(examples = "ต.ค. 2567 – มี.ค. 2568") String periodTh,
      @Schema(examples = "Oct 2024 – Mar 2025") String periodEn,
      @Schema(description = "The quarters of the fiscal year the period covers")
          List<FiscalQuarter> quarters,
      List<String> responsibleUnits,
      String monitoring,
      Reporting reporting,
      FrameCategory frameCategory,
      List<String> knowledgeTopics,
      int percentComplete,
      MeasureStatus status,
      @Schema(description = "Statuses a person may move it to now")
          List<MeasureStatus> allowedTransitions,
      List<MilestoneView> milestones,
      @Schema(
              description =
                  "Its evidence, in the order the activities happened (recording evidence raises the version)")
          List<EvidenceView> evidence,
      long version,
      OffsetDateTime createdAt,
      String createdBy,
      OffsetDateTime updatedAt,
      String updatedBy) {

    public static Builder builder() {
      return new Builder();
    }

    /** Fills the 33 components by name, so that none lands in its neighbour's place. */
    public static final class Builder {

      private UUID id;
      private UUID planId;
      private String agencyCode;
      private int fiscalYear;
      private int ordinal;
      private Integer issue;
      private String issueNameTh;
      private Tier tier;
      private List<TargetQuestion> targetQuestions;
      private String titleTh;
      private String titleEn;
      private String rationale;
      private List<String> steps;
      private LocalDate periodStart;
      private LocalDate periodEnd;
      private String periodTh;
      private String periodEn;
      private List<FiscalQuarter> quarters;
      private List<String> responsibleUnits;
      private String monitoring;
      private Reporting reporting;
      private FrameCategory frameCategory;
      private List<String> knowledgeTopics;
      private int percentComplete;
      private MeasureStatus status;
      private List<MeasureStatus> allowedTransitions;
      private List<MilestoneView> milestones;
      private List<EvidenceView> evidence;
      private long version;
      private OffsetDateTime createdAt;
      private String createdBy;
      private OffsetDateTime updatedAt;
      private String updatedBy;

      public Builder id(UUID id) {
        this.id = id;
        return this;
      }

      public Builder planId(UUID planId) {
        this.planId = planId;
        return this;
      }

      public Builder agencyCode(String agencyCode) {
        this.agencyCode = agencyCode;
        return this;
      }

      public Builder fiscalYear(int fiscalYear) {
        this.fiscalYear = fiscalYear;
        return this;
      }

      public Builder ordinal(int ordinal) {
        this.ordinal = ordinal;
        return this;
      }

      public Builder issue(Integer issue) {
        this.issue = issue;
        return this;
      }

      public Builder issueNameTh(String issueNameTh) {
        this.issueNameTh = issueNameTh;
        return this;
      }

      public Builder tier(Tier tier) {
        this.tier = tier;
        return this;
      }

      public Builder targetQuestions(List<TargetQuestion> targetQuestions) {
        this.targetQuestions = targetQuestions;
        return this;
      }

      public Builder titleTh(String titleTh) {
        this.titleTh = titleTh;
        return this;
      }

      public Builder titleEn(String titleEn) {
        this.titleEn = titleEn;
        return this;
      }

      public Builder rationale(String rationale) {
        this.rationale = rationale;
        return this;
      }

      public Builder steps(List<String> steps) {
        this.steps = steps;
        return this;
      }

      public Builder periodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
        return this;
      }

      public Builder periodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
        return this;
      }

      public Builder periodTh(String periodTh) {
        this.periodTh = periodTh;
        return this;
      }

      public Builder periodEn(String periodEn) {
        this.periodEn = periodEn;
        return this;
      }

      public Builder quarters(List<FiscalQuarter> quarters) {
        this.quarters = quarters;
        return this;
      }

      public Builder responsibleUnits(List<String> responsibleUnits) {
        this.responsibleUnits = responsibleUnits;
        return this;
      }

      public Builder monitoring(String monitoring) {
        this.monitoring = monitoring;
        return this;
      }

      public Builder reporting(Reporting reporting) {
        this.reporting = reporting;
        return this;
      }

      public Builder frameCategory(FrameCategory frameCategory) {
        this.frameCategory = frameCategory;
        return this;
      }

      public Builder knowledgeTopics(List<String> knowledgeTopics) {
        this.knowledgeTopics = knowledgeTopics;
        return this;
      }

      public Builder percentComplete(int percentComplete) {
        this.percentComplete = percentComplete;
        return this;
      }

      public Builder status(MeasureStatus status) {
        this.status = status;
        return this;
      }

      public Builder allowedTransitions(List<MeasureStatus> allowedTransitions) {
        this.allowedTransitions = allowedTransitions;
        return this;
      }

      public Builder milestones(List<MilestoneView> milestones) {
        this.milestones = milestones;
        return this;
      }

      public Builder evidence(List<EvidenceView> evidence) {
        this.evidence = evidence;
        return this;
      }

      public Builder version(long version) {
        this.version = version;
        return this;
      }

      public Builder createdAt(OffsetDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
      }

      public Builder createdBy(String createdBy) {
        this.createdBy = createdBy;
        return this;
      }

      public Builder updatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
        return this;
      }

      public Builder updatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
        return this;
      }

      public MeasureView build() {
        return new MeasureView(
            id,
            planId,
            agencyCode,
            fiscalYear,
            ordinal,
            issue,
            issueNameTh,
            tier,
            targetQuestions,
            titleTh,
            titleEn,
            rationale,
            steps,
            periodStart,
            periodEnd,
            periodTh,
            periodEn,
            quarters,
            responsibleUnits,
            monitoring,
            reporting,
            frameCategory,
            knowledgeTopics,
            percentComplete,
            status,
            allowedTransitions,
            milestones,
            evidence,
            version,
            createdAt,
            createdBy,
            updatedAt,
            updatedBy);
      }
    }
  }

  @Schema(name = "Milestone")
  public record MilestoneView(
      UUID id,
      FiscalQuarter quarter,
      @Schema(examples = "ไตรมาส 1 (ต.ค. – ธ.ค. 2567)") String quarterTh,
      LocalDate dueDate,
      String activity,
      String output,
      MilestoneStatus status,
      LocalDate completedOn,
      long version,
      @Schema(
              description =
                  "Written by the platform's editors where the agency's document gives none; never to be printed as the agency's")
          boolean editorial) {}

  @Schema(name = "StatusChange")
  public record StatusChangeView(
      UUID measureId,
      UUID milestoneId,
      @Schema(
              description = "A MeasureStatus, or a MilestoneStatus when milestoneId is set",
              enumeration = {
                "DRAFT",
                "PLANNED",
                "IN_PROGRESS",
                "COMPLETED",
                "ON_HOLD",
                "CANCELLED",
                "DELAYED",
                "DONE",
                "OVERDUE"
              })
          String from,
      @Schema(
              description = "A MeasureStatus, or a MilestoneStatus when milestoneId is set",
              enumeration = {
                "DRAFT",
                "PLANNED",
                "IN_PROGRESS",
                "COMPLETED",
                "ON_HOLD",
                "CANCELLED",
                "DELAYED",
                "DONE",
                "OVERDUE"
              })
          String to,
      String note,
      String changedBy,
      OffsetDateTime changedAt) {}

  @Schema(name = "Evidence")
  public record EvidenceView(
      UUID id,
      UUID measureId,
      UUID milestoneId,
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
      OffsetDateTime recordedAt,
      String recordedBy,
      @Schema(description = "The files uploaded to it, in the order they were uploaded")
          List<EvidenceFileView> files) {}

  @Schema(name = "EvidenceFile", description = "A file that proves an evidence entry")
  public record EvidenceFileView(
      UUID id,
      UUID evidenceId,
      UUID measureId,
      @Schema(description = "The name it was uploaded with", examples = "ภาพการประชุม.jpg")
          String fileName,
      @Schema(
              description = "The type found from its bytes",
              enumeration = {
                "image/jpeg",
                "image/png",
                "application/pdf",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              })
          String contentType,
      @Schema(description = "Size in bytes") long size,
      @Schema(description = "Lower-case hex SHA-256 of its bytes; the download's ETag")
          String sha256,
      OffsetDateTime uploadedAt,
      String uploadedBy,
      @Schema(
              description = "Where to download it",
              examples =
                  "/api/v1/evidence/0b9f3c2e-5d1a-4f7e-9c61-2a4b8d7e6f10/files/6f1c2d3e-4b5a-4978-8a6b-5c4d3e2f1a0b")
          String href) {}

  @Schema(
      name = "GapList",
      description =
          "The questions of a published result below the thresholds, for the next year's plan")
  public record GapListView(
      String agencyCode,
      @Schema(description = "The plan's fiscal year") int fiscalYear,
      int assessmentYear,
      int resultRevision,
      BigDecimal overallScore,
      String levelNameTh,
      BigDecimal keepAbove,
      BigDecimal urgentBelow,
      @Schema(description = "Questions at or below keepAbove, weakest first") List<Gap> gaps,
      List<IssueGaps> byIssue) {}

  @Schema(name = "Gap")
  public record Gap(
      String code,
      @Schema(
              description = "The assessment tool, as the result event named it",
              enumeration = {"IIT", "EIT", "OIT"})
          String tool,
      int indicator,
      String textTh,
      @JsonProperty("issues") List<Integer> issues,
      BigDecimal score,
      Tier tier,
      @Schema(description = "Measures from the template library proposed for this question")
          List<String> proposedTemplates) {}

  @Schema(name = "IssueGaps")
  public record IssueGaps(
      @JsonProperty("issue") int issue, String nameTh, List<String> questions) {}
}
