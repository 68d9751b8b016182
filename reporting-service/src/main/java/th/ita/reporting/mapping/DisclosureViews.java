package th.ita.reporting.mapping;

import java.util.ArrayList;
import java.util.List;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.domain.Disclosures;
import th.ita.reporting.rest.view.DisclosuresView;

/** The API's view of an agency's disclosures; pure. */
public final class DisclosureViews {

  private DisclosureViews() {}

  public static DisclosuresView of(Disclosures d) {
    int year = d.id.fiscalYear;
    List<DisclosuresView.Document> documents = new ArrayList<>();
    for (DisclosureKind kind : DisclosureKind.values()) {
      if (d.url(kind) != null) {
        documents.add(
            new DisclosuresView.Document(
                kind.name(),
                kind.oitItem(year),
                kind.oitItemTh(),
                kind.oitItemEn(),
                d.url(kind),
                d.publishedOn(kind)));
      }
    }
    return new DisclosuresView(
        d.id.agencyCode, year, documents, d.version < 0, d.updatedAt, d.updatedBy);
  }
}
