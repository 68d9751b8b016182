package th.ita.measures.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import th.ita.platform.common.persistence.Audited;

/** An agency's improvement plan for the fiscal year it runs in, answering an assessment year. */
@Entity
public class Plan extends Audited {

  @Id public UUID id;

  @Column(name = "agency_code")
  public String agencyCode;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  /** FY2568 measures answer the FY2567 results. */
  @Column(name = "assessment_year")
  public int assessmentYear;

  @Enumerated(EnumType.STRING)
  public PlanStatus status;

  @Column(name = "title_th")
  public String titleTh;

  @Column(name = "title_en")
  public String titleEn;

  public String limitations;

  /** How the plan as a whole is monitored and reported on, and by whom. */
  public String monitoring;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
  @OrderBy("ordinal")
  public List<Measure> measures = new ArrayList<>();

  @Version public long version;

  @Column(name = "approved_at")
  public OffsetDateTime approvedAt;

  /** Who recorded the approval on the platform (the head, or an ita-admin for them). */
  @Column(name = "approved_by")
  public String approvedBy;

  /** The head of agency who approved the plan, as the documents name them; null before. */
  @Column(name = "approver_name_th")
  public String approverNameTh;

  /** Their position (อธิบดี, ผู้อำนวยการ …). */
  @Column(name = "approver_position_th")
  public String approverPositionTh;

  /** The day they signed, which may be before the approval was recorded. */
  @Column(name = "approved_on")
  public LocalDate approvedOn;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  @Column(name = "published_by")
  public String publishedBy;
}
