package th.ita.measures.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * The question scores of an agency's published result, kept for planning the next fiscal year.
 * Tiers are applied when read, with the thresholds the reader chooses.
 */
@Entity
@Table(name = "gap_list")
@IdClass(GapList.Key.class)
public class GapList extends PanacheEntityBase {

  /** The primary key: agency and plan year. */
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

  /**
   * A question of the result, as the event carried it; without its text ({@code textTh} null) in a
   * list that names its {@link #frameworkVersion}.
   */
  public record Question(
      String code,
      String tool,
      int indicator,
      String textTh,
      @JsonProperty("issues") List<Integer> issues,
      BigDecimal score) {}

  @Id
  @Column(name = "agency_code")
  public String agencyCode;

  /** The fiscal year of the plan: the assessment year plus one. */
  @Id
  @Column(name = "fiscal_year")
  public Integer fiscalYear;

  @Column(name = "assessment_year")
  public int assessmentYear;

  @Column(name = "result_revision")
  public int resultRevision;

  @Column(name = "overall_score")
  public BigDecimal overallScore;

  @Column(name = "level_name_th")
  public String levelNameTh;

  /**
   * Replaced whole when a newer result arrives, never changed in place: immutable to Hibernate,
   * which otherwise copies a JSON value by writing and reading it back for every list it loads.
   */
  @JdbcTypeCode(SqlTypes.JSON)
  @Mutability(Immutability.class)
  public List<Question> questions = new ArrayList<>();

  /**
   * The version of the assessment year's framework that holds the questions' texts, for a list
   * built from a result of version 2; null when the questions carry their texts.
   */
  @Column(name = "framework_version")
  public Long frameworkVersion;

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;
}
