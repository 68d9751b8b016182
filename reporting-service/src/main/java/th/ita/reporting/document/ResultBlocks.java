package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.ita.platform.common.score.DiscrepancyFigures;
import th.ita.platform.common.score.Scores;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.service.AgencyInfo;
import th.ita.reporting.service.ResultData;

/**
 * The result tables and charts the measures document and the analysis report share. The questions
 * are in {@link QuestionTables}.
 */
final class ResultBlocks {

  static final BigDecimal HUNDRED = new BigDecimal("100");

  private ResultBlocks() {}

  static Cell score(BigDecimal value) {
    return value == null ? Cell.text("–") : Cell.num(Labels.score(value));
  }

  static Cell text(String s) {
    return Cell.text(s);
  }

  /** แบบวัด, name, weight, score (and the previous year's, when given). */
  static Block.Table tools(ResultData r, ResultData previous, Labels l) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.centered(l.t("col.tool")),
                Column.text(l.t("col.name")),
                Column.number(l.t("col.weight"))));
    Map<String, ResultData.Tool> before =
        previous == null
            ? Map.of()
            : previous.tools().stream()
                .collect(Collectors.toMap(ResultData.Tool::code, Function.identity(), (a, b) -> a));
    if (previous != null) {
      columns.add(Column.number(l.shortYear(previous.fiscalYear())));
    }
    columns.add(Column.number(previous != null ? l.shortYear(r.fiscalYear()) : l.t("col.score")));
    if (previous != null) {
      columns.add(Column.number(l.t("col.change")));
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (ResultData.Tool t : r.tools()) {
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  Cell.text(t.code()),
                  Cell.text(l.pick(t.nameTh(), t.nameEn())),
                  t.weight() == null
                      ? Cell.text("–")
                      : Cell.num(Scores.wholePercent(t.weight(), BigDecimal.ONE))));
      ResultData.Tool old = before.get(t.code());
      if (previous != null) {
        row.add(score(old == null ? null : old.score()));
      }
      row.add(score(t.score()));
      if (previous != null) {
        row.add(
            Cell.text(
                old == null || old.score() == null || t.score() == null
                    ? "–"
                    : Labels.signed(t.score().subtract(old.score()))));
      }
      rows.add(row);
      rows.addAll(partRows(r, t, old, previous != null, l));
    }
    List<Cell> total =
        new ArrayList<>(List.of(Cell.empty(), Cell.bold(l.t("overall")), Cell.num("100")));
    if (previous != null) {
      total.add(score(previous.overall() == null ? null : previous.overall().score()).emphasised());
    }
    total.add(score(r.overall() == null ? null : r.overall().score()).emphasised());
    if (previous != null) {
      BigDecimal now = r.overall() == null ? null : r.overall().score();
      BigDecimal then = previous.overall() == null ? null : previous.overall().score();
      total.add(Cell.bold(now == null || then == null ? "–" : Labels.signed(now.subtract(then))));
    }
    rows.add(total);
    return new Block.Table(l.f("caption.tools", l.fiscalYear(r.fiscalYear())), columns, rows);
  }

  /**
   * The parts of a tool that has them, under its row, as seed 004 states them: "ส่วนที่ 1
   * ผู้รับบริการหรือติดต่อราชการเข้าตอบด้วยตนเอง (EIT Public) 404 คน" 79.26. Parts without a score
   * (a result published before its parts were scored) add nothing.
   */
  private static List<List<Cell>> partRows(
      ResultData r, ResultData.Tool t, ResultData.Tool old, boolean compared, Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    for (ResultData.ToolPart p : t.parts()) {
      if (p.score() == null) {
        continue;
      }
      ResultData.ToolPart before =
          old == null
              ? null
              : old.parts().stream()
                  .filter(x -> p.code().equals(x.code()))
                  .findFirst()
                  .orElse(null);
      List<Cell> row =
          new ArrayList<>(List.of(Cell.empty(), Cell.text(QuestionTables.partName(r, t, p, l))));
      row.add(Cell.empty());
      if (compared) {
        row.add(score(before == null ? null : before.score()));
      }
      row.add(score(p.score()));
      if (compared) {
        row.add(
            Cell.text(
                before == null || before.score() == null
                    ? "–"
                    : Labels.signed(p.score().subtract(before.score()))));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Indicator number, name, tool, score, gap to the target (and the previous year's, when given).
   */
  static Block.Table indicators(ResultData r, ResultData previous, BigDecimal target, Labels l) {
    Map<Integer, ResultData.Indicator> before =
        previous == null
            ? Map.of()
            : previous.indicators().stream()
                .collect(
                    Collectors.toMap(
                        ResultData.Indicator::number, Function.identity(), (a, b) -> a));
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.centered(l.t("col.indicator")),
                Column.text(l.t("col.name")),
                Column.centered(l.t("col.tool"))));
    if (previous != null) {
      columns.add(Column.number(l.shortYear(previous.fiscalYear())));
    }
    columns.add(Column.number(previous != null ? l.shortYear(r.fiscalYear()) : l.t("col.score")));
    if (previous != null) {
      columns.add(Column.number(l.t("col.change")));
    }
    columns.add(Column.number(l.t("col.gapToTarget")));
    List<List<Cell>> rows = new ArrayList<>();
    for (ResultData.Indicator i : sortedIndicators(r)) {
      List<Cell> row =
          new ArrayList<>(
              List.of(
                  Cell.text(String.valueOf(i.number())),
                  Cell.text(l.pick(i.nameTh(), i.nameEn())),
                  Cell.text(i.tool())));
      ResultData.Indicator old = before.get(i.number());
      if (previous != null) {
        row.add(score(old == null ? null : old.score()));
      }
      row.add(score(i.score()));
      if (previous != null) {
        row.add(
            Cell.text(
                old == null || old.score() == null || i.score() == null
                    ? "–"
                    : Labels.signed(i.score().subtract(old.score()))));
      }
      row.add(Cell.text(i.score() == null ? "–" : Labels.signed(i.score().subtract(target))));
      rows.add(row);
    }
    return new Block.Table(l.f("caption.indicators", l.fiscalYear(r.fiscalYear())), columns, rows);
  }

  static List<ResultData.Indicator> sortedIndicators(ResultData r) {
    return r.indicators().stream()
        .sorted(Comparator.comparingInt(ResultData.Indicator::number))
        .toList();
  }

  /** Indicator scores as bars against the target line. */
  static Block.BarChart indicatorChart(ResultData r, BigDecimal target, Labels l) {
    List<ResultData.Indicator> indicators = sortedIndicators(r);
    return new Block.BarChart(
        l.f("chart.indicators", l.fiscalYear(r.fiscalYear())),
        indicators.stream().map(i -> i.number() + ". " + l.pick(i.nameTh(), i.nameEn())).toList(),
        List.of(
            new Block.BarChart.Series(
                l.t("col.score"), indicators.stream().map(i -> Labels.score(i.score())).toList())),
        targetLine(target, l),
        HUNDRED);
  }

  /** A chart's target line, labelled with the score it is drawn at ("ค่าเป้าหมาย 95 คะแนน"). */
  static Block.BarChart.Target targetLine(BigDecimal target, Labels l) {
    return new Block.BarChart.Target(
        target, l.f("chart.target", target.stripTrailingZeros().toPlainString()));
  }

  /**
   * A discrepancy's figure ({@link DiscrepancyFigures}) in the document's language: the overall
   * score and an indicator (with its name) written out, the others their codes after the column's
   * word; a name the platform did not write as it stands.
   */
  static String figureName(ResultData r, String figure, Labels l) {
    return DiscrepancyFigures.recognise(figure)
        .map(
            f ->
                switch (f.kind()) {
                  case OVERALL -> l.t("fact.overall");
                  case INDICATOR ->
                      l.f("questions.indicator", f.indicator(), indicatorName(r, f.indicator(), l))
                          .trim();
                  case TOOL -> l.t("col.tool") + " " + f.tool();
                  case TOOL_PART -> l.t("col.tool") + " " + f.tool() + " " + f.part();
                  case QUESTION ->
                      l.t("col.question") + " " + f.question().toUpperCase(Locale.ROOT);
                })
        .orElse(figure == null ? "" : figure);
  }

  private static String indicatorName(ResultData r, int number, Labels l) {
    return r.indicators().stream()
        .filter(i -> i.number() == number)
        .map(i -> l.pick(i.nameTh(), i.nameEn()))
        .findFirst()
        .orElse("");
  }

  /**
   * Official figures that the recomputation does not reproduce (seed 001's EIT), stated, not
   * hidden.
   */
  static List<Block> discrepancies(ResultData r, Labels l) {
    if (r.discrepancies().isEmpty()) {
      return List.of();
    }
    List<List<Cell>> rows =
        r.discrepancies().stream()
            .map(
                d ->
                    List.of(
                        Cell.text(figureName(r, d.figure(), l)),
                        score(d.official()),
                        score(d.computed()),
                        Cell.text(Labels.signed(d.difference()))))
            .toList();
    return List.of(
        new Block.Paragraph(l.t("discrepancies.note")),
        new Block.Table(
            l.t("caption.discrepancies"),
            List.of(
                Column.text(l.t("col.figure")),
                Column.number(l.t("col.official")),
                Column.number(l.t("col.computed")),
                Column.number(l.t("col.difference"))),
            rows));
  }

  /** Level text: "ต้องปรับปรุงโดยด่วน" / "Urgent improvement". */
  /**
   * NACC's announced standing in seed 004's words ("ตามที่สำนักงาน ป.ป.ช. ประกาศ คะแนนภาพรวมระดับ
   * ประเทศได้ 90.19 คะแนน …"), beside the platform's own figures; empty when the assessor recorded
   * none. The agency's type and ministry are named from the registry, else generically.
   */
  static Optional<Block.Paragraph> officialStanding(ResultData r, AgencyInfo a, Labels l) {
    ResultData.Standing s = r == null ? null : r.officialStanding();
    if (s == null) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    if (s.nationalAverage() != null) {
      parts.add(l.f("standing.average", Labels.scoreText(s.nationalAverage())));
    }
    if (s.typeRank() != null) {
      String type = a == null ? null : l.pick(a.typeNameTh(), a.typeNameEn());
      parts.add(
          l.f(
              "standing.typeRank",
              s.typeRank(),
              s.typeCount(),
              type == null || type.isBlank() ? l.t("standing.sameType") : type));
    }
    if (s.ministryRank() != null) {
      String ministry = a == null ? null : l.pick(a.ministryNameTh(), a.ministryNameEn());
      parts.add(
          l.f(
              "standing.ministryRank",
              s.ministryRank(),
              s.ministryCount(),
              ministry == null || ministry.isBlank() ? l.t("standing.sameMinistry") : ministry));
    }
    return Optional.of(
        new Block.Paragraph(l.f("standing", String.join(l.t("standing.and"), parts))));
  }

  static String level(ResultData r, Labels l) {
    if (r == null || r.overall() == null || r.overall().level() == null) {
      return "–";
    }
    return l.pick(r.overall().level().nameTh(), r.overall().level().nameEn());
  }

  static BigDecimal overall(ResultData r) {
    return r == null || r.overall() == null ? null : r.overall().score();
  }
}
