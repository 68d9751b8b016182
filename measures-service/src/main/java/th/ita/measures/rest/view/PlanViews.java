package th.ita.measures.rest;

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

/** What the API returns for plans, and what the plan and measure events carry. */
public final class PlanViews {

  private PlanViews() {}

  @Schema(name = "Plan")
  public record PlanView(
      UUID id, String agencyCode, String agencyNameTh, int fiscalYear, int assessmentYear, PlanStatus status,
      String titleTh, String titleEn, String limitations, List<MeasureView> measures, long version,
      OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy,
      OffsetDateTime approvedAt, String approvedBy, OffsetDateTime publishedAt, String publishedBy) {}

  @Schema(name = "Measure")
  public record MeasureView(
      UUID id, UUID planId, String agencyCode, int fiscalYear, int ordinal,
      @com.fasterxml.jackson.annotation.JsonProperty("issue") Integer issue, @com.fasterxml.jackson.annotation.JsonProperty("issueNameTh") String issueNameTh, Tier tier, List<TargetQuestion> targetQuestions,
      String titleTh, String titleEn, String rationale, List<String> steps,
      LocalDate periodStart, LocalDate periodEnd,
      @Schema(examples = "ต.ค. 2567 – มี.ค. 2568") String periodTh,
      @Schema(examples = "Oct 2024 – Mar 2025") String periodEn,
      @Schema(description = "The quarters of the fiscal year the period covers") List<FiscalQuarter> quarters,
      List<String> responsibleUnits, String monitoring, Reporting reporting, FrameCategory frameCategory,
      List<String> knowledgeTopics, int percentComplete, MeasureStatus status,
      @Schema(description = "Statuses a person may move it to now") List<MeasureStatus> allowedTransitions,
      List<MilestoneView> milestones,
      @Schema(description = "Its evidence, in the order the activities happened (recording evidence raises the version)")
          List<EvidenceView> evidence,
      long version,
      OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) {}

  @Schema(name = "Milestone")
  public record MilestoneView(
      UUID id, FiscalQuarter quarter, @Schema(examples = "ไตรมาส 1 (ต.ค. – ธ.ค. 2567)") String quarterTh,
      LocalDate dueDate, String activity, String output, MilestoneStatus status, LocalDate completedOn, long version) {}

  @Schema(name = "StatusChange")
  public record StatusChangeView(
      UUID measureId, UUID milestoneId,
      @Schema(description = "A MeasureStatus, or a MilestoneStatus when milestoneId is set", enumeration = {
          "DRAFT", "PLANNED", "IN_PROGRESS", "COMPLETED", "ON_HOLD", "CANCELLED", "DELAYED", "DONE", "OVERDUE"}) String from,
      @Schema(description = "A MeasureStatus, or a MilestoneStatus when milestoneId is set", enumeration = {
          "DRAFT", "PLANNED", "IN_PROGRESS", "COMPLETED", "ON_HOLD", "CANCELLED", "DELAYED", "DONE", "OVERDUE"}) String to,
      String note, String changedBy, OffsetDateTime changedAt) {}

  @Schema(name = "Evidence")
  public record EvidenceView(
      UUID id, UUID measureId, UUID milestoneId, LocalDate occurredOn,
      @Schema(examples = "20 พ.ย. 2568") String occurredOnTh,
      LocalTime startTime, LocalTime endTime, String titleTh, String description, String place,
      List<String> attendees, List<Link> links, List<Attachment> attachments,
      OffsetDateTime recordedAt, String recordedBy) {}

  @Schema(name = "GapList", description = "The questions of a published result below the thresholds, for the next year's plan")
  public record GapListView(
      String agencyCode, @Schema(description = "The plan's fiscal year") int fiscalYear, int assessmentYear,
      int resultRevision, BigDecimal overallScore, String levelNameTh,
      BigDecimal keepAbove, BigDecimal urgentBelow,
      @Schema(description = "Questions at or below keepAbove, weakest first") List<Gap> gaps,
      List<IssueGaps> byIssue) {}

  @Schema(name = "Gap")
  public record Gap(String code,
      @Schema(description = "The assessment tool, as the result event named it", enumeration = {"IIT", "EIT", "OIT"}) String tool,
      int indicator, String textTh, @com.fasterxml.jackson.annotation.JsonProperty("issues") List<Integer> issues, BigDecimal score, Tier tier,
      @Schema(description = "Measures from the template library proposed for this question") List<String> proposedTemplates) {}

  @Schema(name = "IssueGaps")
  public record IssueGaps(@com.fasterxml.jackson.annotation.JsonProperty("issue") int issue, String nameTh, List<String> questions) {}
}
