package th.ita.measures.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a fiscal year's framework, as far as the gap list needs it: results of version 2
 * carry only question codes and scores, and are joined to the version they name.
 */
@Entity
@Table(name = "result_framework")
@IdClass(ResultFramework.Key.class)
public class ResultFramework extends PanacheEntityBase {

  /** The primary key: fiscal year and framework version. */
  public static class Key implements Serializable {
    public Integer fiscalYear;
    public Long version;

    public Key() {}

    public Key(Integer fiscalYear, Long version) {
      this.fiscalYear = fiscalYear;
      this.version = version;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(fiscalYear, k.fiscalYear)
          && Objects.equals(version, k.version);
    }

    @Override
    public int hashCode() {
      return Objects.hash(fiscalYear, version);
    }
  }

  /** A question where the framework places it, with its Thai text and the issues it bears on. */
  public record Question(
      String code,
      String tool,
      int indicator,
      String textTh,
      @JsonProperty("issues") List<Integer> issues) {}

  @Id
  @Column(name = "fiscal_year")
  public Integer fiscalYear;

  @Id public Long version;

  /** In the framework's order, the order of a result's questions. */
  @JdbcTypeCode(SqlTypes.JSON)
  public List<Question> questions = new ArrayList<>();

  /** Each level's Thai name by its code. */
  @Column(name = "level_names_th")
  @JdbcTypeCode(SqlTypes.JSON)
  public Map<String, String> levelNamesTh = new LinkedHashMap<>();

  @Column(name = "source_event_id")
  public String sourceEventId;

  @Column(name = "received_at")
  public OffsetDateTime receivedAt;

  /**
   * What results are joined to, apart from the entity: questions in the framework's order and each
   * level's Thai name by its code. A version never changes, so it is kept and shared across
   * threads, which only read it.
   */
  public record Texts(List<Question> questions, Map<String, String> levelNamesTh) {
    public Texts {
      questions = List.copyOf(questions);
      levelNamesTh = Collections.unmodifiableMap(new LinkedHashMap<>(levelNamesTh));
    }
  }

  public Texts texts() {
    return new Texts(questions, levelNamesTh);
  }
}
