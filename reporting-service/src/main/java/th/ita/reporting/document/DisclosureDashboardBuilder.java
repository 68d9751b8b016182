package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.service.DisclosureDashboardData;

/**
 * The agencies that have not published their measures (OIT o34) or any report on them (o35) on
 * their own website, as a document: the counts, then one row per agency with what it did disclose
 * and when. The list is the first table, so its CSV is the list.
 */
public final class DisclosureDashboardBuilder {

  public ReportDocument build(DisclosureDashboardData d, Labels l) {
    String scope =
        d.ministryCode() == null
            ? l.t("dashboard.national")
            : l.f("dashboard.ministry", d.ministryCode());
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.KeyValues(
            List.of(
                new Block.KeyValues.Entry(l.t("dashboard.scope"), scope),
                new Block.KeyValues.Entry(l.t("fact.measuresYear"), l.fiscalYear(d.fiscalYear())),
                new Block.KeyValues.Entry(l.t("dashboard.agencies"), String.valueOf(d.agencies())),
                new Block.KeyValues.Entry(
                    l.t("disclosures.disclosed"), String.valueOf(d.disclosed())),
                new Block.KeyValues.Entry(
                    l.t("disclosures.notDisclosed"), String.valueOf(d.notDisclosed().size())))));
    blocks.add(
        new Block.Paragraph(
            l.f(
                "disclosures.intro",
                d.measuresItem(),
                DisclosureLines.itemName(DisclosureKind.MEASURES, l),
                d.progressItem(),
                DisclosureLines.itemName(DisclosureKind.PROGRESS_HALF, l))));
    List<List<Cell>> rows = new ArrayList<>();
    int n = 0;
    for (DisclosureDashboardData.Agency a : d.notDisclosed()) {
      n++;
      rows.add(
          List.of(
              Cell.num(BigDecimal.valueOf(n)),
              Cell.text(a.agencyCode()),
              Cell.text(l.pick(a.nameTh(), a.nameEn())),
              Cell.text(a.ministryCode()),
              Cell.text(
                  a.planStatus() == null ? l.t("disclosures.noPlan") : l.status(a.planStatus())),
              Cell.text(
                  a.measuresPublishedOn() == null
                      ? l.t("disclosures.missing")
                      : l.date(a.measuresPublishedOn())),
              Cell.text(
                  a.progressPublishedOn() == null
                      ? l.t("disclosures.missing")
                      : l.date(a.progressPublishedOn()))));
    }
    blocks.add(
        new Block.Table(
            l.t("disclosures.caption"),
            List.of(
                Column.centered(l.t("col.no")),
                Column.text(l.t("col.agencyCode")),
                Column.text(l.t("fact.agency")),
                Column.text(l.t("col.ministry")),
                Column.text(l.t("disclosures.col.plan")),
                Column.text(l.f("disclosures.col.measures", d.measuresItem())),
                Column.text(l.f("disclosures.col.progress", d.progressItem()))),
            rows));
    String title = l.f("disclosures.title", l.fiscalYear(d.fiscalYear()));
    return new ReportDocument(title, scope, l.lang(), blocks);
  }
}
