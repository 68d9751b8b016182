package th.ita.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;
import th.ita.platform.common.persistence.Audited;

/**
 * One revision of an agency's result for a fiscal year and round. A draft can be edited; a
 * published revision never changes, and a correction is a new revision that says why.
 */
@Entity
@Table(name = "assessment_result")
public class AssessmentResult extends Audited {

  @Schema(
      name = "ResultStatus") // a generated client would otherwise get a class named just "Status"
  public enum Status {
    DRAFT,
    PUBLISHED
  }

  @Id public UUID id;

  @Column(name = "agency_code")
  public String agencyCode;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  @Enumerated(EnumType.STRING)
  public ResultInput.Round round;

  public int revision;

  @Enumerated(EnumType.STRING)
  public Status status;

  /** The input as submitted; scores are recomputed from it and the framework. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String input;

  @Column(name = "overall_score")
  public BigDecimal overallScore;

  @Column(name = "level_code")
  public String levelCode;

  /**
   * Indicator number to the score that stands, for benchmarks. Replaced whole, never changed in
   * place: immutable to Hibernate, which otherwise copies a JSON value by writing and reading it
   * back, for every result it loads or saves.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  @Mutability(Immutability.class)
  @Column(name = "indicator_scores")
  public Map<String, BigDecimal> indicatorScores;

  @Column(name = "correction_reason")
  public String correctionReason;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  @Column(name = "published_by")
  public String publishedBy;

  @Version public long version;

  public boolean isDraft() {
    return status == Status.DRAFT;
  }
}
