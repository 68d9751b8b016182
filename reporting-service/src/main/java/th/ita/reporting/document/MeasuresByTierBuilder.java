package th.ita.reporting.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.ResultData;

/**
 * The measures document by tier: part 2 the questions per tier (keep, improve, fix urgently), part
 * 3 the measures grouped by the tier they answer, each with a quarter timeline ("ไตรมาสที่ 1" …
 * "ไตรมาสที่ 4" in Thai, Q1–Q4 in English), responsible units, monitoring approach and reporting.
 */
final class MeasuresByTierBuilder extends MeasuresDocumentBuilder {

  private final Tiers tiers;

  MeasuresByTierBuilder(Tiers tiers) {
    this.tiers = tiers;
  }

  @Override
  List<Block> analysisAndMeasures(MeasuresDocumentData d, List<MeasureData> measures, Labels l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, l.t("part2.tiers")));
    if (d.result() != null) {
      blocks.addAll(questionTiers(d.result(), l));
    }
    blocks.add(new Block.Heading(1, l.t("part3")));
    blocks.addAll(measuresByTier(measures, d.fiscalYear(), l));
    return blocks;
  }

  /** Seed 002, whose layout this is, titles its measures "ประจำปีงบประมาณ พ.ศ. 2566". */
  @Override
  String title(int fiscalYear, Labels l) {
    return l.f("measures.title", l.fiscalYear(fiscalYear));
  }

  /** Part 2 (tiers layout): the questions per tier, weakest first. */
  private List<Block> questionTiers(ResultData r, Labels l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            l.f(
                "tiers.intro",
                tiers.keepAbove().toPlainString(),
                tiers.urgentBelow().toPlainString())));
    Map<Tier, List<ResultData.Question>> byTier =
        r.questions().stream()
            .filter(q -> q.score() != null)
            .sorted(Comparator.comparing(ResultData.Question::score))
            .collect(
                Collectors.groupingBy(
                    q -> tiers.of(q.score()),
                    () -> new EnumMap<>(Tier.class),
                    Collectors.toList()));
    for (Tier tier : Tier.values()) {
      List<ResultData.Question> qs = byTier.getOrDefault(tier, List.of());
      blocks.add(new Block.Heading(2, l.tier(tier) + " (" + tiers.range(tier, l) + ")"));
      if (qs.isEmpty()) {
        blocks.add(new Block.Paragraph(l.t("tiers.none")));
        continue;
      }
      blocks.add(
          new Block.Table(
              l.tier(tier),
              List.of(
                  Column.centered(l.t("col.code")),
                  Column.text(l.t("col.question")),
                  Column.number(l.t("col.score"))),
              qs.stream()
                  .map(
                      q ->
                          List.of(
                              Cell.text(q.code()),
                              Cell.text(l.pick(q.textTh(), q.textEn())),
                              ResultBlocks.score(q.score())))
                  .toList()));
    }
    return blocks;
  }

  /** The tier a measure answers: its own, or that of the weakest question it targets. */
  Tier tierOf(MeasureData m) {
    Optional<Tier> own = Tier.named(m.tier());
    if (own.isPresent()) {
      return own.get();
    }
    return m.targetQuestions().stream()
        .map(MeasureData.TargetQuestion::score)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .map(tiers::of)
        .orElse(null);
  }

  /** Part 3 (tiers layout): one table per tier with the quarter timeline, as seed 002 draws it. */
  private List<Block> measuresByTier(List<MeasureData> measures, int fiscalYear, Labels l) {
    List<Block> blocks = new ArrayList<>();
    if (measures.isEmpty()) {
      blocks.add(new Block.Paragraph(l.t("noPlan")));
      return blocks;
    }
    // The timeline columns are headed as seed 002 heads them, "ไตรมาสที่ 1" wrapping onto two
    // lines in a narrow column; the legend says which months each quarter is.
    FiscalYear fy = FiscalYear.of(fiscalYear);
    blocks.add(
        new Block.Paragraph(
            l.t("timeline.legend")
                + " "
                + Arrays.stream(FiscalQuarter.values())
                    .map(q -> l.quarterMonths(fy, q))
                    .collect(Collectors.joining(", "))
                + " "
                + MARK
                + " "
                + l.t("timeline.mark")));
    // Tier by tier, weakest first; the measures that answer no tier last.
    Map<Tier, List<MeasureData>> byTier = new EnumMap<>(Tier.class);
    List<MeasureData> untiered = new ArrayList<>();
    for (MeasureData m : measures) {
      Tier tier = tierOf(m);
      if (tier == null) {
        untiered.add(m);
      } else {
        byTier.computeIfAbsent(tier, t -> new ArrayList<>()).add(m);
      }
    }
    for (Tier tier : Tier.values()) {
      if (byTier.containsKey(tier)) {
        blocks.addAll(
            tierTable(l.tier(tier) + " (" + tiers.range(tier, l) + ")", byTier.get(tier), l));
      }
    }
    if (!untiered.isEmpty()) {
      blocks.addAll(tierTable(l.tier(null), untiered, l));
    }
    return blocks;
  }

  /** One tier's heading and its table of measures with the quarter timeline. */
  private static List<Block> tierTable(String heading, List<MeasureData> measures, Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    for (MeasureData m : measures) {
      TreeSet<String> q = quarters(m);
      List<Cell> row = new ArrayList<>();
      String targets =
          m.targetQuestions().stream()
              .map(t -> t.code().toUpperCase(Locale.ROOT) + " " + Labels.scoreText(t.score()))
              .collect(Collectors.joining(", "));
      row.add(
          Cell.text(
              m.ordinal()
                  + ". "
                  + l.pick(m.titleTh(), m.titleEn())
                  + (targets.isEmpty() ? "" : "\n(" + targets + ")")));
      row.add(Cell.text(steps(m)));
      for (FiscalQuarter quarter : FiscalQuarter.values()) {
        row.add(Cell.text(q.contains(quarter.name()) ? MARK : ""));
      }
      row.add(Cell.text(String.join("\n", m.responsibleUnits())));
      row.add(Cell.text(m.monitoring() == null ? "–" : m.monitoring()));
      row.add(Cell.text(reporting(m.reporting(), l)));
      rows.add(row);
    }
    List<Column> columns =
        new ArrayList<>(List.of(Column.text(l.t("col.measure")), Column.text(l.t("col.steps"))));
    for (FiscalQuarter quarter : FiscalQuarter.values()) {
      columns.add(Column.centered(l.quarter(quarter.name())));
    }
    columns.addAll(
        List.of(
            Column.text(l.t("col.responsible")),
            Column.text(l.t("col.monitoring")),
            Column.text(l.t("col.reporting"))));
    return List.of(new Block.Heading(2, heading), new Block.Table(heading, columns, rows));
  }
}
