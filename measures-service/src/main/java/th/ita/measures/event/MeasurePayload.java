package th.ita.measures.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import th.ita.measures.domain.FrameCategory;
import th.ita.measures.domain.MeasureStatus;
import th.ita.measures.domain.Tier;
import th.ita.measures.domain.Values.Reporting;
import th.ita.measures.domain.Values.TargetQuestion;
import th.ita.platform.common.calendar.FiscalQuarter;

/**
 * A measure's full snapshot as the measure and plan events carry it ({@code
 * measure-changed.schema.json}). The event's own class, apart from the API's view, so the API can
 * change without changing what reporting-service reads. Fields are serialised in the order declared
 * here.
 */
public class MeasurePayload {
  public UUID id;
  public UUID planId;
  public String agencyCode;
  public int fiscalYear;
  public int ordinal;
  public Integer issue;
  public String issueNameTh;
  public Tier tier;
  public List<TargetQuestion> targetQuestions;
  public String titleTh;
  public String titleEn;
  public String rationale;
  public List<String> steps;
  public LocalDate periodStart;
  public LocalDate periodEnd;
  public String periodTh;
  public String periodEn;
  public List<FiscalQuarter> quarters;
  public List<String> responsibleUnits;
  public String monitoring;
  public Reporting reporting;
  public FrameCategory frameCategory;
  public List<String> knowledgeTopics;
  public int percentComplete;
  public MeasureStatus status;
  public List<MeasureStatus> allowedTransitions;
  public List<MilestonePayload> milestones;
  public List<EvidencePayload> evidence;
  public long version;
  public OffsetDateTime createdAt;
  public String createdBy;
  public OffsetDateTime updatedAt;
  public String updatedBy;
}
