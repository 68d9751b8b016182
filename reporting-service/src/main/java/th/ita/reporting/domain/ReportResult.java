package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest published revision of an agency's result for a fiscal year and round. */
@Entity
@Table(name = "report_result")
@IdClass(ReportResult.Key.class)
public class ReportResult extends PanacheEntityBase {

  public static final String FINAL = "FINAL";

  /** Agency, fiscal year and round. */
  public static class Key implements Serializable {
    public String agencyCode;
    public Integer fiscalYear;
    public String round;

    public Key() {}

    public Key(String agencyCode, Integer fiscalYear, String round) {
      this.agencyCode = agencyCode;
      this.fiscalYear = fiscalYear;
      this.round = round;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(agencyCode, k.agencyCode)
          && Objects.equals(fiscalYear, k.fiscalYear)
          && Objects.equals(round, k.round);
    }

    @Override
    public int hashCode() {
      return Objects.hash(agencyCode, fiscalYear, round);
    }
  }

  @Id
  @Column(name = "agency_code")
  public String agencyCode;

  @Id
  @Column(name = "fiscal_year")
  public Integer fiscalYear;

  @Id public String round;

  /** A correction publishes a higher revision; a lower one never replaces it. */
  public int revision;

  @Column(name = "overall_score")
  public BigDecimal overallScore;

  @Column(name = "level_code")
  public String levelCode;

  @Column(name = "published_at")
  public OffsetDateTime publishedAt;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;

  /**
   * The event's data as it arrived (JSON text, stored as jsonb): whole for a result of version 1,
   * codes and figures for one of version 2, which are joined to {@link #frameworkVersion} when
   * read.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  public String payload;

  /** The framework version a version 2 result is joined to; null when the payload is whole. */
  @Column(name = "framework_version")
  public Long frameworkVersion;
}
