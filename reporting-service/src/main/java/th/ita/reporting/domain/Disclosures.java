package th.ita.reporting.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Where an agency published its documents of a fiscal year on its own website, and on which day:
 * the measures (OIT o34) and the 6-month and annual reports on them (o35). Null where a document is
 * not published yet. Not a projection: the agency's own record, left alone by a rebuild.
 */
@Entity
@Table(name = "report_disclosure")
public class Disclosures extends PanacheEntityBase {

  /** The agency and the fiscal year the measures run in. */
  @Embeddable
  public static class Key implements Serializable {

    @Column(name = "agency_code")
    public String agencyCode;

    @Column(name = "fiscal_year")
    public int fiscalYear;

    protected Key() {}

    public Key(String agencyCode, int fiscalYear) {
      this.agencyCode = agencyCode;
      this.fiscalYear = fiscalYear;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.fiscalYear == fiscalYear
          && Objects.equals(k.agencyCode, agencyCode);
    }

    @Override
    public int hashCode() {
      return Objects.hash(agencyCode, fiscalYear);
    }
  }

  @EmbeddedId public Key id;

  @Column(name = "measures_url")
  public String measuresUrl;

  @Column(name = "measures_on")
  public LocalDate measuresOn;

  @Column(name = "progress_half_url")
  public String progressHalfUrl;

  @Column(name = "progress_half_on")
  public LocalDate progressHalfOn;

  @Column(name = "progress_annual_url")
  public String progressAnnualUrl;

  @Column(name = "progress_annual_on")
  public LocalDate progressAnnualOn;

  @Version public long version;

  @Column(name = "updated_at")
  public OffsetDateTime updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** The address of one document, or null. */
  public String url(DisclosureKind kind) {
    return switch (kind) {
      case MEASURES -> measuresUrl;
      case PROGRESS_HALF -> progressHalfUrl;
      case PROGRESS_ANNUAL -> progressAnnualUrl;
    };
  }

  /** The day one document was published, or null. */
  public LocalDate publishedOn(DisclosureKind kind) {
    return switch (kind) {
      case MEASURES -> measuresOn;
      case PROGRESS_HALF -> progressHalfOn;
      case PROGRESS_ANNUAL -> progressAnnualOn;
    };
  }

  /** Records one document's address and day; nulls clear it. */
  public void set(DisclosureKind kind, String url, LocalDate on) {
    switch (kind) {
      case MEASURES -> {
        measuresUrl = url;
        measuresOn = on;
      }
      case PROGRESS_HALF -> {
        progressHalfUrl = url;
        progressHalfOn = on;
      }
      case PROGRESS_ANNUAL -> {
        progressAnnualUrl = url;
        progressAnnualOn = on;
      }
    }
  }
}
