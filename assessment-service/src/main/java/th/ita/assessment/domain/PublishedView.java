package th.ita.assessment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import th.ita.assessment.domain.ResultInput.Round;

/**
 * A published revision's JSON as the API shows it, without its ranks, rendered once: when it was
 * published, or, for a revision a bulk import published, by the first read. {@code view} and {@code
 * etag} are empty until then, for a revision published before views were stored, and once the
 * agency has been renamed: the next read renders and stores them.
 */
@Entity
@Table(name = "published_result_view")
public class PublishedView {

  @Id
  @Column(name = "result_id")
  public UUID resultId;

  @Column(name = "agency_code")
  public String agencyCode;

  @Column(name = "fiscal_year")
  public int fiscalYear;

  @Enumerated(EnumType.STRING)
  public Round round;

  public int revision;

  /** The exact bytes a GET sends for the revision, before its ranks are added. */
  public byte[] view;

  /**
   * Where the ranks go into {@code view}: the byte offset of the property that follows them, or of
   * the closing brace when they are the last.
   */
  @Column(name = "ranks_at")
  public Integer ranksAt;

  /** The view's ETag: the revision's row version and a digest of the view. */
  public String etag;

  public boolean isRendered() {
    return view != null;
  }
}
