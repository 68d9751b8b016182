package th.ita.measures.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import th.ita.measures.domain.PlanStatus;

/**
 * A plan with all its measures, as {@code PlanApproved} and {@code PlanPublished} carry it ({@code
 * plan.schema.json}).
 */
public class PlanPayload {
  public UUID id;
  public String agencyCode;
  public String agencyNameTh;
  public int fiscalYear;
  public int assessmentYear;
  public PlanStatus status;
  public String titleTh;
  public String titleEn;
  public String limitations;
  public String monitoring;
  public List<MeasurePayload> measures;
  public long version;
  public OffsetDateTime createdAt;
  public String createdBy;
  public OffsetDateTime updatedAt;
  public String updatedBy;
  public OffsetDateTime approvedAt;
  public String approvedBy;
  public OffsetDateTime publishedAt;
  public String publishedBy;

  /** The day it was published, in Bangkok (ประกาศ ณ วันที่); absent before. */
  public LocalDate publishedOn;

  /** The head of agency's approval; absent for a plan approved before approvers were recorded. */
  public Approval approval;

  /**
   * Who approved the plan, in what position, on which day ({@code YYYY-MM-DD}), and who recorded it
   * on the platform. reporting-service prints it as the documents' sign-off block.
   */
  public record Approval(
      String approverNameTh, String approverPositionTh, LocalDate approvedOn, String recordedBy) {}
}
