package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.service.AnalysisReportData;
import th.ita.reporting.service.ResultData;

/**
 * The analysis of an assessment result: scores against the target and the year before, highest and
 * lowest indicator per tool, the questions in seed 002's tiers (defaults 97.50 / 95.00, as
 * measures-service's gap list: the snapshot carries no thresholds), and charts of the indicators
 * against the target, year over year, and the national level distribution.
 */
public final class AnalysisReportBuilder {

  private final Tiers tiers;

  /** Tiers by the thresholds the result was published with, else the defaults. */
  public AnalysisReportBuilder() {
    this(null);
  }

  public AnalysisReportBuilder(Tiers tiers) {
    this.tiers = tiers;
  }

  public ReportDocument build(AnalysisReportData d, Labels l) {
    ResultData r = d.result();
    ResultData p = d.previous();
    BigDecimal target = MeasuresDocumentBuilder.target(r);
    Tiers tiers = this.tiers != null ? this.tiers : Tiers.from(r);
    String agency = MeasuresDocumentBuilder.agencyName(d.agency(), r, l);
    BigDecimal score = ResultBlocks.overall(r);
    BigDecimal before = ResultBlocks.overall(p);
    List<Block> blocks = new ArrayList<>();
    List<Block.KeyValues.Entry> facts =
        new ArrayList<>(
            List.of(
                new Block.KeyValues.Entry(l.t("fact.agency"), agency),
                new Block.KeyValues.Entry(l.t("fact.assessmentYear"), l.fiscalYear(r.fiscalYear())),
                new Block.KeyValues.Entry(l.t("fact.overall"), Labels.scoreText(score)),
                new Block.KeyValues.Entry(l.t("fact.level"), ResultBlocks.level(r, l)),
                new Block.KeyValues.Entry(l.t("fact.target"), target.toPlainString()),
                new Block.KeyValues.Entry(
                    l.t("fact.gapToTarget"),
                    score == null ? "–" : Labels.signed(score.subtract(target)))));
    if (p != null) {
      facts.add(
          new Block.KeyValues.Entry(
              l.f("fact.previous", l.fiscalYear(p.fiscalYear())),
              Labels.scoreText(before) + " (" + ResultBlocks.level(p, l) + ")"));
      facts.add(
          new Block.KeyValues.Entry(
              l.t("fact.change"),
              score == null || before == null ? "–" : Labels.signed(score.subtract(before))));
    }
    if (d.nationalAverage() != null) {
      facts.add(
          new Block.KeyValues.Entry(
              l.t("fact.nationalAverage"), Labels.scoreText(d.nationalAverage())));
    }
    blocks.add(new Block.KeyValues(facts));
    ResultBlocks.officialStanding(r, d.agency(), l).ifPresent(blocks::add);

    blocks.add(new Block.Heading(1, l.t("analysis.part1")));
    blocks.add(ResultBlocks.tools(r, p, l));
    blocks.add(ResultBlocks.indicators(r, p, target, l));
    blocks.add(ResultBlocks.indicatorChart(r, target, l));
    if (p != null) {
      Map<Integer, ResultData.Indicator> old =
          p.indicators().stream()
              .collect(
                  Collectors.toMap(ResultData.Indicator::number, Function.identity(), (a, b) -> a));
      List<ResultData.Indicator> now = ResultBlocks.sortedIndicators(r);
      blocks.add(
          new Block.BarChart(
              l.f("chart.yoy", l.shortYear(p.fiscalYear()), l.shortYear(r.fiscalYear())),
              now.stream().map(i -> i.number() + ". " + l.pick(i.nameTh(), i.nameEn())).toList(),
              List.of(
                  new Block.BarChart.Series(
                      l.shortYear(p.fiscalYear()),
                      now.stream()
                          .map(
                              i ->
                                  old.containsKey(i.number())
                                      ? Labels.score(old.get(i.number()).score())
                                      : null)
                          .toList()),
                  new Block.BarChart.Series(
                      l.shortYear(r.fiscalYear()),
                      now.stream().map(i -> Labels.score(i.score())).toList())),
              ResultBlocks.targetLine(target, l),
              ResultBlocks.HUNDRED));
    } else {
      blocks.add(new Block.Paragraph(l.t("analysis.noPrevious")));
    }
    blocks.addAll(ResultBlocks.discrepancies(r, l));

    blocks.add(new Block.Heading(1, l.t("analysis.part2")));
    List<List<Cell>> extremes = new ArrayList<>();
    for (String tool :
        r.indicators().stream().map(ResultData.Indicator::tool).distinct().toList()) {
      List<ResultData.Indicator> of =
          r.indicators().stream()
              .filter(i -> tool.equals(i.tool()) && i.score() != null)
              .sorted(Comparator.comparing(ResultData.Indicator::score))
              .toList();
      if (of.isEmpty()) {
        continue;
      }
      ResultData.Indicator low = of.get(0);
      ResultData.Indicator high = of.get(of.size() - 1);
      extremes.add(
          List.of(
              Cell.text(tool),
              Cell.text(high.number() + ". " + l.pick(high.nameTh(), high.nameEn())),
              ResultBlocks.score(high.score()),
              Cell.text(low.number() + ". " + l.pick(low.nameTh(), low.nameEn())),
              ResultBlocks.score(low.score())));
    }
    blocks.add(
        new Block.Table(
            l.t("caption.extremes"),
            List.of(
                Column.centered(l.t("col.tool")),
                Column.text(l.t("col.highest")),
                Column.number(l.t("col.score")),
                Column.text(l.t("col.lowest")),
                Column.number(l.t("col.score"))),
            extremes));

    blocks.add(new Block.Heading(1, l.t("analysis.part3")));
    blocks.add(
        new Block.Paragraph(
            l.f(
                "tiers.intro",
                tiers.keepAbove().toPlainString(),
                tiers.urgentBelow().toPlainString())));
    List<List<Cell>> counts = new ArrayList<>();
    for (Tier tier : Tier.values()) {
      List<ResultData.Question> qs =
          r.questions().stream()
              .filter(q -> tier == tiers.of(q.score()))
              .sorted(Comparator.comparing(ResultData.Question::score))
              .toList();
      counts.add(
          List.of(
              Cell.text(l.tier(tier)),
              Cell.text(tiers.range(tier, l)),
              Cell.num(BigDecimal.valueOf(qs.size()))));
      if (!qs.isEmpty() && tier != Tier.KEEP) {
        blocks.add(new Block.Heading(2, l.tier(tier) + " (" + tiers.range(tier, l) + ")"));
        blocks.add(
            new Block.Table(
                l.tier(tier),
                List.of(
                    Column.centered(l.t("col.code")),
                    Column.text(l.t("col.question")),
                    Column.number(l.t("col.score")),
                    Column.number(l.t("col.gapToTarget"))),
                qs.stream()
                    .map(
                        q ->
                            List.<Cell>of(
                                Cell.text(q.code()),
                                Cell.text(l.pick(q.textTh(), q.textEn())),
                                ResultBlocks.score(q.score()),
                                Cell.text(Labels.signed(q.score().subtract(target)))))
                    .toList()));
      }
    }
    blocks.add(
        new Block.Table(
            l.t("caption.tierCounts"),
            List.of(
                Column.text(l.t("col.tier")),
                Column.text(l.t("col.range")),
                Column.number(l.t("col.questions"))),
            counts));

    if (!d.nationalLevels().isEmpty()) {
      blocks.add(new Block.Heading(1, l.t("analysis.part4")));
      blocks.add(
          DashboardBuilder.levelChart(
              d.nationalLevels(), l.f("chart.levels", l.fiscalYear(r.fiscalYear())), l));
    }
    return new ReportDocument(
        l.f("analysis.title", l.titleYear(r.fiscalYear())), agency, l.lang(), blocks);
  }
}
