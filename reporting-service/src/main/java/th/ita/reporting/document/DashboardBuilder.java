package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.repository.DashboardRows.LevelCount;
import th.ita.reporting.repository.DashboardRows.RankingRow;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.ResultData;

/**
 * A ministry's or the nation's dashboard as a document: the level distribution, each indicator's
 * average (chart and table), the ranking, and the measures across agencies by status, overdue
 * first. The ranking is the first table, so the CSV of a dashboard is the ranking.
 */
public final class DashboardBuilder {

  public ReportDocument build(DashboardData d, Labels l) {
    List<Block> blocks = new ArrayList<>();
    String scope =
        d.ministryCode() == null
            ? l.t("dashboard.national")
            : l.f("dashboard.ministry", d.ministryCode());
    blocks.add(
        new Block.KeyValues(
            List.of(
                new Block.KeyValues.Entry(l.t("dashboard.scope"), scope),
                new Block.KeyValues.Entry(l.t("fact.assessmentYear"), l.fiscalYear(d.fiscalYear())),
                new Block.KeyValues.Entry(l.t("dashboard.agencies"), String.valueOf(d.agencies())),
                new Block.KeyValues.Entry(
                    l.t("dashboard.average"), Labels.scoreText(d.averageScore())))));

    blocks.add(new Block.Heading(1, l.t("dashboard.ranking")));
    blocks.add(
        new Block.Table(
            l.t("dashboard.ranking"),
            List.of(
                Column.centered(l.t("col.rank")),
                Column.text(l.t("col.agencyCode")),
                Column.text(l.t("fact.agency")),
                Column.text(l.t("col.ministry")),
                Column.number(l.t("col.score")),
                Column.text(l.t("fact.level"))),
            d.ranking().stream()
                .map(
                    r ->
                        List.<Cell>of(
                            Cell.num(BigDecimal.valueOf(r.rank())),
                            Cell.text(r.agencyCode()),
                            Cell.text(l.pick(r.nameTh(), r.nameEn())),
                            Cell.text(r.ministryCode()),
                            ResultBlocks.score(r.score()),
                            Cell.text(rankedLevel(r, d.levels(), l))))
                .toList()));

    blocks.add(new Block.Heading(1, l.t("dashboard.levels")));
    if (!d.levels().isEmpty()) {
      blocks.add(levelChart(d.levels(), l.t("dashboard.levels"), l));
    }
    blocks.add(
        new Block.Table(
            l.t("dashboard.levels"),
            List.of(Column.text(l.t("fact.level")), Column.number(l.t("dashboard.agencies"))),
            d.levels().stream()
                .map(
                    x ->
                        List.<Cell>of(
                            Cell.text(levelName(x, l)), Cell.num(BigDecimal.valueOf(x.agencies()))))
                .toList()));

    blocks.add(new Block.Heading(1, l.t("dashboard.indicators")));
    if (!d.indicatorAverages().isEmpty()) {
      blocks.add(
          new Block.BarChart(
              l.t("dashboard.indicators"),
              d.indicatorAverages().stream()
                  .map(i -> i.number() + ". " + l.pick(i.nameTh(), i.nameEn()))
                  .toList(),
              List.of(
                  new Block.BarChart.Series(
                      l.t("dashboard.average"),
                      d.indicatorAverages().stream().map(i -> Labels.score(i.average())).toList())),
              ResultBlocks.targetLine(ResultData.Target.NATIONAL, l),
              ResultBlocks.HUNDRED));
    }
    blocks.add(
        new Block.Table(
            l.t("dashboard.indicators"),
            List.of(
                Column.centered(l.t("col.indicator")),
                Column.text(l.t("col.name")),
                Column.centered(l.t("col.tool")),
                Column.number(l.t("dashboard.average")),
                Column.number(l.t("dashboard.agencies"))),
            d.indicatorAverages().stream()
                .map(
                    i ->
                        List.<Cell>of(
                            Cell.text(String.valueOf(i.number())),
                            Cell.text(l.pick(i.nameTh(), i.nameEn())),
                            Cell.text(i.tool()),
                            ResultBlocks.score(i.average()),
                            Cell.num(BigDecimal.valueOf(i.agencies()))))
                .toList()));

    blocks.add(new Block.Heading(1, l.t("dashboard.measures")));
    blocks.add(
        new Block.Table(
            l.t("caption.byStatus"),
            List.of(
                Column.text(l.t("col.status")),
                Column.number(l.t("col.measures")),
                Column.number(l.t("col.overdue"))),
            d.measuresByStatus().stream()
                .map(
                    s ->
                        List.<Cell>of(
                            Cell.text(l.status(s.status())),
                            Cell.num(BigDecimal.valueOf(s.measures())),
                            Cell.num(BigDecimal.valueOf(s.overdue()))))
                .toList()));
    blocks.add(
        new Block.Table(
            l.t("dashboard.measureList"),
            List.of(
                Column.text(l.t("fact.agency")),
                Column.text(l.t("col.measure")),
                Column.text(l.t("col.status")),
                Column.centered(l.t("col.overdue")),
                Column.text(l.t("col.period"))),
            d.measures().stream()
                .map(
                    m ->
                        List.<Cell>of(
                            Cell.text(m.agencyNameTh() == null ? m.agencyCode() : m.agencyNameTh()),
                            Cell.text(
                                m.ordinal() + ". " + (m.titleTh() == null ? "" : m.titleTh())),
                            Cell.text(l.status(m.status())),
                            Cell.text(m.overdue() ? MeasuresDocumentBuilder.MARK : ""),
                            Cell.text(m.periodTh())))
                .toList()));

    return new ReportDocument(
        l.f("dashboard.title", l.fiscalYear(d.fiscalYear())), scope, l.lang(), blocks);
  }

  static Block.BarChart levelChart(List<LevelCount> levels, String title, Labels l) {
    return new Block.BarChart(
        title,
        levels.stream().map(x -> levelName(x, l)).toList(),
        List.of(
            new Block.BarChart.Series(
                l.t("dashboard.agencies"),
                levels.stream().map(x -> BigDecimal.valueOf(x.agencies())).toList())),
        null,
        null);
  }

  /**
   * A ranked agency's level: its Thai name, or in English the name the year's level distribution
   * gives its code (the ranking rows carry only the Thai name; English printed the code, "PASS").
   */
  static String rankedLevel(RankingRow r, List<LevelCount> levels, Labels l) {
    if (l.thai() && r.levelNameTh() != null) {
      return r.levelNameTh();
    }
    return levels.stream()
        .filter(x -> x.code() != null && x.code().equals(r.levelCode()))
        .map(x -> levelName(x, l))
        .findFirst()
        .orElse(r.levelCode() == null ? "–" : r.levelCode());
  }

  static String levelName(LevelCount x, Labels l) {
    String name = l.pick(x.nameTh(), x.nameEn());
    return name.isBlank() ? (x.code() == null ? "–" : x.code()) : name;
  }
}
