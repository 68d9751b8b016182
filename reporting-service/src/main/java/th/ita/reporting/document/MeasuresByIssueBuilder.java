package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import th.ita.platform.common.assessment.NaccIssue;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.ResultData;

/**
 * The measures document by issue, as seed 001 lays it out. Part 2 goes through the seven NACC
 * issues: for each, the question(s) the agency chose (the questions its measures target), their
 * score and the agency's analysis ("ผลการวิเคราะห์เพื่อนำไปปรับปรุงการปฏิบัติงาน", the measure's
 * rationale). Part 3 is the table "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ": the issue by number and
 * name, the measure or approach, its steps, period and responsible units, and monitoring and
 * reporting where any measure gives them.
 */
final class MeasuresByIssueBuilder extends MeasuresDocumentBuilder {

  @Override
  List<Block> analysisAndMeasures(MeasuresDocumentData d, List<MeasureData> measures, Labels l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, l.t("part2")));
    blocks.add(
        new Block.Paragraph(
            l.f(
                "part2.intro",
                agencyName(d.agency(), d.result(), l),
                l.fiscalYear(d.assessmentYear()),
                Arrays.stream(NaccIssue.values())
                    .map(i -> "(" + i.number() + ") " + l.issueName(i.number()))
                    .collect(Collectors.joining(" ")))));
    blocks.addAll(issues(d, measures, l));
    blocks.add(new Block.Heading(1, l.t("part3")));
    if (measures.isEmpty()) {
      blocks.add(new Block.Paragraph(l.t("noPlan")));
    } else {
      blocks.add(practiceTable(measures, l));
    }
    return blocks;
  }

  /** Part 2: per issue, what the agency chose and its analysis; then measures tied to none. */
  private List<Block> issues(MeasuresDocumentData d, List<MeasureData> measures, Labels l) {
    ResultData r = d.result();
    Map<String, ResultData.Question> questions = new LinkedHashMap<>();
    if (r != null) {
      r.questions().forEach(q -> questions.putIfAbsent(q.code().toLowerCase(Locale.ROOT), q));
    }
    String agency = agencyName(d.agency(), r, l);
    List<Block> blocks = new ArrayList<>();
    for (NaccIssue issue : NaccIssue.values()) {
      int n = issue.number();
      blocks.add(new Block.Heading(2, l.issue(n)));
      List<MeasureData> answering =
          measures.stream().filter(m -> Objects.equals(m.issue(), n)).toList();
      if (answering.isEmpty()) {
        blocks.add(new Block.Paragraph(none(r, n, l)));
        continue;
      }
      String linked = r == null ? "" : linkedQuestions(r, answering, questions, l);
      if (!linked.isEmpty()) {
        blocks.add(new Block.Paragraph(l.f("issue.linked", agency, linked)));
      }
      blocks.add(
          new Block.Table(
              l.f("caption.analysis", n),
              List.of(
                  Column.text(l.t("col.question")),
                  Column.number(l.t("col.score")),
                  Column.text(l.t("col.analysis"))),
              analysisRows(answering, questions, false, l)));
    }
    List<MeasureData> untied = measures.stream().filter(m -> m.issue() == null).toList();
    if (!untied.isEmpty()) {
      blocks.add(new Block.Heading(2, l.t("issue.other")));
      blocks.add(
          new Block.Table(
              l.t("caption.analysisOther"),
              List.of(
                  Column.text(l.t("col.approach")),
                  Column.text(l.t("col.question")),
                  Column.number(l.t("col.score")),
                  Column.text(l.t("col.analysis"))),
              analysisRows(untied, questions, true, l)));
    }
    return blocks;
  }

  /** An issue no measure answers: how many questions bear on it and the weakest. */
  private static String none(ResultData r, int issue, Labels l) {
    List<ResultData.Question> linked =
        r == null
            ? List.of()
            : r.questions().stream()
                .filter(q -> q.issues().contains(issue) && q.score() != null)
                .toList();
    if (linked.isEmpty()) {
      return l.t("issue.none");
    }
    ResultData.Question lowest =
        linked.stream().min(Comparator.comparing(ResultData.Question::score)).orElseThrow();
    return l.t("issue.none")
        + " "
        + l.f(
            "issue.noneLinked",
            linked.size(),
            lowest.code().toUpperCase(Locale.ROOT) + " " + Labels.scoreText(lowest.score()));
  }

  /**
   * "ในตัวชี้วัดที่ 9 การเปิดเผยข้อมูล ข้อคำถาม O10": the chosen questions by indicator, as seed
   * 001 writes its sentence; empty when the result does not know them.
   */
  private static String linkedQuestions(
      ResultData r,
      List<MeasureData> measures,
      Map<String, ResultData.Question> questions,
      Labels l) {
    Map<Integer, List<ResultData.Question>> byIndicator = new LinkedHashMap<>();
    measures.stream()
        .flatMap(m -> m.targetQuestions().stream())
        .map(t -> questions.get(t.code().toLowerCase(Locale.ROOT)))
        .filter(Objects::nonNull)
        .distinct()
        .forEach(q -> byIndicator.computeIfAbsent(q.indicator(), i -> new ArrayList<>()).add(q));
    return byIndicator.entrySet().stream()
        .map(
            e ->
                l.f(
                    "issue.linkedIndicator",
                    e.getKey(),
                    indicatorName(r, e.getValue().get(0), l),
                    e.getValue().stream()
                        .map(q -> q.code().toUpperCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))))
        .collect(Collectors.joining(l.t("issue.linkedAnd") + " "));
  }

  /** "การเปิดเผยข้อมูล": the name of the question's indicator in the result. */
  private static String indicatorName(ResultData r, ResultData.Question q, Labels l) {
    return r.indicators().stream()
        .filter(i -> i.number() == q.indicator())
        .map(i -> l.pick(i.nameTh(), i.nameEn()))
        .findFirst()
        .orElse("");
  }

  /**
   * One row per chosen question: "O10 คู่มือหรือแนวทาง…", its score (as the measure recorded it,
   * else the result's), and the measure's analysis on its first row. A measure that names no
   * question still gets its row, so no analysis goes unprinted.
   */
  private static List<List<Cell>> analysisRows(
      List<MeasureData> measures,
      Map<String, ResultData.Question> questions,
      boolean withMeasure,
      Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    for (MeasureData m : measures) {
      String analysis = m.rationale() == null || m.rationale().isBlank() ? "–" : m.rationale();
      List<MeasureData.TargetQuestion> targets = m.targetQuestions();
      if (targets.isEmpty()) {
        rows.add(row(withMeasure, true, m, Cell.text("–"), Cell.text("–"), analysis, l));
        continue;
      }
      for (int i = 0; i < targets.size(); i++) {
        MeasureData.TargetQuestion t = targets.get(i);
        ResultData.Question q = questions.get(t.code().toLowerCase(Locale.ROOT));
        String text = q == null ? "" : l.pick(q.textTh(), q.textEn());
        BigDecimal score = MeasuresDocumentBuilder.scoreOf(t, q);
        // A measure's name and analysis are printed on its first row; its other questions' rows
        // leave those cells empty (with the measure's column, the row still fills it).
        rows.add(
            row(
                withMeasure,
                i == 0,
                m,
                Cell.text(t.code().toUpperCase(Locale.ROOT) + (text.isBlank() ? "" : " " + text)),
                ResultBlocks.score(score),
                i == 0 ? analysis : "",
                l));
      }
    }
    return rows;
  }

  private static List<Cell> row(
      boolean withMeasure,
      boolean first,
      MeasureData m,
      Cell question,
      Cell score,
      String analysis,
      Labels l) {
    List<Cell> row = new ArrayList<>();
    if (withMeasure) {
      row.add(Cell.text(first ? l.pick(m.titleTh(), m.titleEn()) : ""));
    }
    row.add(question);
    row.add(score);
    row.add(Cell.text(analysis));
    return row;
  }

  /**
   * Part 3, "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ": issue ("1. กระบวนการปฏิบัติงาน…", printed once
   * for consecutive measures of the same issue), measure/approach, steps, period with quarters,
   * responsible units; monitoring and reporting only when some measure gives them.
   */
  private Block.Table practiceTable(List<MeasureData> measures, Labels l) {
    boolean monitoring =
        measures.stream().anyMatch(m -> m.monitoring() != null && !m.monitoring().isBlank());
    boolean reporting = measures.stream().anyMatch(m -> m.reporting() != null);
    List<List<Cell>> rows = new ArrayList<>();
    Integer previousIssue = null;
    for (MeasureData m : measures) {
      String issue =
          m.issue() == null
              ? "–"
              : Objects.equals(m.issue(), previousIssue) ? "" : m.issue() + ". " + issueName(m, l);
      previousIssue = m.issue();
      List<Cell> row = new ArrayList<>();
      row.add(Cell.text(issue));
      row.add(Cell.text(l.pick(m.titleTh(), m.titleEn())));
      row.add(Cell.text(steps(m)));
      row.add(Cell.text(period(m, l)));
      row.add(Cell.text(String.join("\n", m.responsibleUnits())));
      if (monitoring) {
        row.add(
            Cell.text(m.monitoring() == null || m.monitoring().isBlank() ? "–" : m.monitoring()));
      }
      if (reporting) {
        row.add(Cell.text(reporting(m.reporting(), l)));
      }
      rows.add(row);
    }
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.text(l.t("col.issue")),
                Column.text(l.t("col.approach")),
                Column.text(l.t("col.steps")),
                Column.text(l.t("col.period")),
                Column.text(l.t("col.responsible"))));
    if (monitoring) {
      columns.add(Column.text(l.t("col.monitoring")));
    }
    if (reporting) {
      columns.add(Column.text(l.t("col.reporting")));
    }
    return new Block.Table(l.t("caption.practice"), columns, rows);
  }

  /** The issue's name: the platform's own for 1–7, else the one the measure carries. */
  private static String issueName(MeasureData m, Labels l) {
    try {
      return l.issueName(m.issue());
    } catch (IllegalArgumentException e) {
      return m.issueNameTh() == null ? "" : m.issueNameTh();
    }
  }
}
