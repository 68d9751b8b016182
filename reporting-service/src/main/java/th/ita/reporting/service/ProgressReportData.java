package th.ita.reporting.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The report on carrying out a plan's measures as of a date: each measure's status and milestones.
 *
 * <p>Each measure lists the evidence of activities that happened on or before {@code asOf} (by the
 * date the activity happened, not the date it was recorded).
 *
 * <p>Percent complete is milestones done by {@code asOf} divided by all milestones, half-up to a
 * whole percent; a measure without milestones shows the percentage its officers reported.
 * Milestones the platform's editors wrote for a demo plan are not the agency's: they are left out.
 */
@Schema(name = "ProgressReport")
public record ProgressReportData(
    AgencyInfo agency,
    @Schema(examples = "2568") int fiscalYear,
    @Schema(description = "The day the report is made for") LocalDate asOf,
    @Schema(description = "True when the plan is published") boolean published,
    PlanSummary plan,
    Totals totals,
    List<MeasureProgress> measures,
    @Schema(
            description =
                "Where the agency published its documents of the fiscal year on its website (OIT"
                    + " o34, o35)")
        List<DisclosureData> disclosures) {

  public ProgressReportData {
    disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
  }

  /** Without disclosures. */
  public ProgressReportData(
      AgencyInfo agency,
      int fiscalYear,
      LocalDate asOf,
      boolean published,
      PlanSummary plan,
      Totals totals,
      List<MeasureProgress> measures) {
    this(agency, fiscalYear, asOf, published, plan, totals, measures, List.of());
  }

  /** The same report with the agency's disclosures. */
  public ProgressReportData withDisclosures(List<DisclosureData> list) {
    return new ProgressReportData(
        agency, fiscalYear, asOf, published, plan, totals, measures, list);
  }

  /** Where a milestone stands on {@code asOf}. */
  public enum MilestoneState {
    /** Done on or before the day. */
    DONE,
    /** Not done, and its quarter has not ended yet. */
    DUE,
    /** Not done, and its quarter ended before the day. */
    OVERDUE
  }

  @Schema(name = "ProgressPlan")
  public record PlanSummary(
      UUID id,
      int assessmentYear,
      @Schema(ref = "PlanStatus") String status,
      String titleTh,
      String titleEn,
      long version,
      OffsetDateTime approvedAt,
      OffsetDateTime publishedAt,
      @Schema(description = "The day the plan was announced (ประกาศ ณ วันที่), in Bangkok")
          LocalDate publishedOn,
      @Schema(description = "Who approved the plan for the agency, when the event carried it")
          PlanData.Approval approval) {}

  @Schema(name = "ProgressTotals")
  public record Totals(
      int measures,
      @Schema(description = "Measures per status") Map<String, Integer> measuresByStatus,
      int milestones,
      int milestonesDone,
      int milestonesDue,
      int milestonesOverdue,
      @Schema(description = "Milestones done / all milestones, in percent") int percentComplete,
      @Schema(
              description =
                  "Milestones the platform's editors wrote where the agency's document gives none,"
                      + " left out of every count, list and percentage of the report")
          int editorialMilestonesLeftOut) {}

  @Schema(name = "MeasureProgress")
  public record MeasureProgress(
      UUID id,
      int ordinal,
      String titleTh,
      String titleEn,
      @Schema(ref = "MeasureStatus") String status,
      String periodTh,
      String periodEn,
      List<String> responsibleUnits,
      MeasureData.Reporting reporting,
      @Schema(description = "The percentage its officers reported") int reportedPercentComplete,
      @Schema(description = "Milestones done / all milestones, in percent") int percentComplete,
      int milestonesDone,
      int milestonesDue,
      int milestonesOverdue,
      List<MilestoneProgress> milestones,
      @Schema(description = "Status changes of the measure and its milestones, oldest first")
          List<StatusChange> history,
      @Schema(
              description =
                  "Evidence of activities that happened on or before asOf, in the order they happened")
          List<MeasureData.Evidence> evidence) {}

  @Schema(name = "MilestoneProgress")
  public record MilestoneProgress(
      UUID id,
      @Schema(ref = "FiscalQuarter") String quarter,
      String quarterTh,
      LocalDate dueDate,
      String activity,
      String output,
      @Schema(description = "The status the producer last reported", ref = "MilestoneStatus")
          String status,
      LocalDate completedOn,
      MilestoneState stateAsOf) {}

  @Schema(name = "ProgressStatusChange")
  public record StatusChange(
      OffsetDateTime changedAt,
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
      String changedBy) {}
}
