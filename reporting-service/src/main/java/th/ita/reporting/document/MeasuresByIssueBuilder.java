package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.platform.common.score.Scores;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.ResultData;

/**
 * The measures document by issue: part 2 analyses the result by the seven NACC issues, each with
 * the questions linked to it and the measures answering it; part 3 is one table of the measures.
 */
final class MeasuresByIssueBuilder extends MeasuresDocumentBuilder {

  @Override
  List<Block> analysisAndMeasures(MeasuresDocumentData d, List<MeasureData> measures, Labels l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, l.t("part2")));
    blocks.add(new Block.Paragraph(l.t("part2.intro")));
    blocks.addAll(issues(d.result(), measures, l));
    blocks.add(new Block.Heading(1, l.t("part3")));
    if (measures.isEmpty()) {
      blocks.add(new Block.Paragraph(l.t("noPlan")));
    } else {
      blocks.add(measuresTable(measures, l));
    }
    return blocks;
  }

  /**
   * Part 2: per issue, the questions linked to it (the snapshot's {@code issues}) and the measures
   * answering it.
   */
  private List<Block> issues(ResultData r, List<MeasureData> measures, Labels l) {
    List<Block> blocks = new ArrayList<>();
    for (NaccIssue issue : NaccIssue.values()) {
      int n = issue.number();
      blocks.add(new Block.Heading(2, l.issue(n)));
      List<ResultData.Question> linked =
          r == null
              ? List.of()
              : r.questions().stream().filter(q -> q.issues().contains(n)).toList();
      List<MeasureData> answering =
          measures.stream().filter(m -> Objects.equals(m.issue(), n)).toList();
      if (linked.isEmpty()) {
        blocks.add(new Block.Paragraph(l.t("issue.noQuestions")));
      } else {
        ResultData.Question lowest =
            linked.stream()
                .filter(q -> q.score() != null)
                .min(Comparator.comparing(ResultData.Question::score))
                .orElse(null);
        // Rounded for display only (Labels.scoreText), as every published score.
        BigDecimal mean =
            Scores.mean(
                linked.stream().map(ResultData.Question::score).filter(Objects::nonNull).toList());
        blocks.add(
            new Block.Paragraph(
                l.f(
                    "issue.summary",
                    linked.size(),
                    Labels.scoreText(mean),
                    lowest == null
                        ? "–"
                        : lowest.code().toUpperCase(Locale.ROOT)
                            + " "
                            + Labels.scoreText(lowest.score()))));
        blocks.add(
            new Block.Table(
                l.f("caption.issue", n),
                List.of(
                    Column.centered(l.t("col.code")),
                    Column.text(l.t("col.question")),
                    Column.number(l.t("col.score"))),
                linked.stream()
                    .map(
                        q ->
                            List.of(
                                Cell.text(q.code()),
                                Cell.text(l.pick(q.textTh(), q.textEn())),
                                ResultBlocks.score(q.score())))
                    .toList()));
      }
      for (MeasureData m : answering) {
        String targets =
            m.targetQuestions().stream()
                .map(
                    t ->
                        t.code().toUpperCase(Locale.ROOT)
                            + " ("
                            + Labels.scoreText(t.score())
                            + ")")
                .collect(Collectors.joining(", "));
        StringBuilder text =
            new StringBuilder(l.f("issue.measure", l.pick(m.titleTh(), m.titleEn())));
        if (!targets.isEmpty()) {
          text.append(' ').append(l.f("issue.targets", targets));
        }
        if (m.rationale() != null && !m.rationale().isBlank()) {
          text.append('\n').append(m.rationale());
        }
        blocks.add(new Block.Paragraph(text.toString()));
      }
    }
    return blocks;
  }

  /** Part 3 (issues layout): issue, measure, steps, period with quarters, responsible units. */
  private Block.Table measuresTable(List<MeasureData> measures, Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    for (MeasureData m : measures) {
      // The issue by number: its name heads its section in part 2, and the steps need the width.
      rows.add(
          List.of(
              Cell.text(m.issue() == null ? "–" : String.valueOf(m.issue())),
              Cell.text(m.ordinal() + ". " + l.pick(m.titleTh(), m.titleEn())),
              Cell.text(steps(m)),
              Cell.text(period(m, l)),
              Cell.text(String.join("\n", m.responsibleUnits()))));
    }
    return new Block.Table(
        l.t("caption.measures"),
        List.of(
            Column.centered(l.t("col.issue")),
            Column.text(l.t("col.measure")),
            Column.text(l.t("col.steps")),
            Column.text(l.t("col.period")),
            Column.text(l.t("col.responsible"))),
        rows);
  }
}
