package th.ita.measures.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import th.ita.measures.domain.Values.Reporting;
import th.ita.measures.domain.Values.TargetQuestion;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.persistence.Audited;

/** An improvement measure (มาตรการ) with everything the seeds record about it. */
@Entity
public class Measure extends Audited {

  @Id public UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "plan_id")
  public Plan plan;

  /** Position in the plan's measures table. */
  public int ordinal;

  /** The NACC issue (1–7) it answers. */
  public Integer issue;

  @Enumerated(EnumType.STRING)
  public Tier tier;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "target_questions")
  public List<TargetQuestion> targetQuestions = new ArrayList<>();

  @Column(name = "title_th")
  public String titleTh;

  @Column(name = "title_en")
  public String titleEn;

  public String rationale;

  @JdbcTypeCode(SqlTypes.JSON)
  public List<String> steps = new ArrayList<>();

  @Column(name = "period_start")
  public LocalDate periodStart;

  @Column(name = "period_end")
  public LocalDate periodEnd;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "responsible_units")
  public List<String> responsibleUnits = new ArrayList<>();

  public String monitoring;

  @Column(name = "reporting_to")
  public String reportingTo;

  @Column(name = "reporting_every_months")
  public Integer reportingEveryMonths;

  @Column(name = "reporting_note")
  public String reportingNote;

  @Enumerated(EnumType.STRING)
  @Column(name = "frame_category")
  public FrameCategory frameCategory;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(name = "knowledge_topics")
  public List<String> knowledgeTopics = new ArrayList<>();

  @Column(name = "percent_complete")
  public int percentComplete;

  @Enumerated(EnumType.STRING)
  public MeasureStatus status;

  @OneToMany(mappedBy = "measure", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("dueDate")
  public List<Milestone> milestones = new ArrayList<>();

  /** Optimistic lock: two officers editing one measure never lose an update silently. */
  @Version public long version;

  /** The quarters of its plan's fiscal year that its period touches. */
  public List<FiscalQuarter> quarters() {
    FiscalYear year = FiscalYear.of(plan.fiscalYear);
    return Arrays.stream(FiscalQuarter.values())
        .filter(q -> !year.end(q).isBefore(periodStart) && !year.start(q).isAfter(periodEnd))
        .toList();
  }

  /** To whom and how often progress is reported, or null when nothing of it was written. */
  public Reporting reporting() {
    return reportingTo == null && reportingEveryMonths == null && reportingNote == null
        ? null
        : new Reporting(reportingTo, reportingEveryMonths, reportingNote);
  }
}
