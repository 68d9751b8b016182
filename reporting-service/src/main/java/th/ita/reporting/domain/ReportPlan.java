package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest approved or published snapshot of an agency's plan for the fiscal year it runs in. */
@Entity
@Table(name = "report_plan")
@IdClass(ReportPlan.Key.class)
public class ReportPlan extends PanacheEntityBase {

  public static final String PUBLISHED = "PUBLISHED";

  /** Agency and plan year. */
  public static class Key implements Serializable {
    public String agencyCode;
    public Integer fiscalYear;

    public Key() {}

    public Key(String agencyCode, Integer fiscalYear) {
      this.agencyCode = agencyCode;
      this.fiscalYear = fiscalYear;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(agencyCode, k.agencyCode)
          && Objects.equals(fiscalYear, k.fiscalYear);
    }

    @Override
    public int hashCode() {
      return Objects.hash(agencyCode, fiscalYear);
    }
  }

  @Id
  @Column(name = "agency_code")
  public String agencyCode;

  @Id
  @Column(name = "fiscal_year")
  public Integer fiscalYear;

  @Column(name = "plan_id")
  public UUID planId;

  /** FY2568 measures answer the FY2567 results. */
  @Column(name = "assessment_year")
  public int assessmentYear;

  public String status;

  /** The producer's optimistic-lock version of the plan: it grows with every change. */
  @Column(name = "plan_version")
  public long planVersion;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  /** The approval by the head of the agency, when the event carried one. */
  @Column(name = "approver_name_th")
  public String approverNameTh;

  @Column(name = "approver_position_th")
  public String approverPositionTh;

  @Column(name = "approved_on")
  public LocalDate approvedOn;

  @Column(name = "approval_recorded_by")
  public String approvalRecordedBy;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;

  @JdbcTypeCode(SqlTypes.JSON)
  public String payload;

  public boolean isPublished() {
    return PUBLISHED.equals(status);
  }
}
