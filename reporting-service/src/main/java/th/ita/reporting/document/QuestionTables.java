package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.service.ResultData;

/**
 * Every question's score, one table per tool, as seed 004 lays them out: the tool's row, then each
 * indicator ("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน"), its sub-groups where it has them (OIT's
 * "มาตรการส่งเสริมคุณธรรมและความโปร่งใส" 40.00) and its questions ("E1 หน่วยงานปฏิบัติ…"). A tool
 * scored in two parts (EIT from FY2566) has a column per part headed with its respondents ("คะแนน
 * EIT Public (404 คน)") and one for the score that stands; a question's sub-items follow it
 * ("ข้อย่อยที่ 1"). A yes/no question's scores follow its credited answer ("ไม่มี - 99.08").
 */
final class QuestionTables {

  private static final char NO_BREAK = '\u00a0';

  private QuestionTables() {}

  static List<Block.Table> of(ResultData r, Labels l) {
    List<Block.Table> tables = new ArrayList<>();
    int n = 0;
    for (String tool : tools(r)) {
      n++;
      tables.add(table(r, tool, n, l));
    }
    return tables;
  }

  /** The tools in the result's order, then any that only its questions name. */
  private static List<String> tools(ResultData r) {
    List<String> codes = new ArrayList<>();
    r.tools().forEach(t -> add(codes, t.code()));
    ResultBlocks.sortedIndicators(r).forEach(i -> add(codes, i.tool()));
    r.questions().forEach(q -> add(codes, q.tool()));
    return codes;
  }

  private static void add(List<String> codes, String code) {
    if (code != null && !codes.contains(code)) {
      codes.add(code);
    }
  }

  private static Block.Table table(ResultData r, String code, int n, Labels l) {
    ResultData.Tool tool =
        r.tools().stream().filter(t -> code.equals(t.code())).findFirst().orElse(null);
    List<ResultData.Indicator> indicators =
        ResultBlocks.sortedIndicators(r).stream().filter(i -> code.equals(i.tool())).toList();
    List<ResultData.Question> questions =
        r.questions().stream().filter(q -> code.equals(q.tool())).toList();
    List<String> parts = parts(tool, questions);

    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(l.f("col.questionsOf", code)));
    for (String part : parts) {
      columns.add(Column.number(partHeader(r, tool, code, part, l)));
    }
    columns.add(
        Column.number(
            parts.isEmpty() ? scoreHeader(respondents(r, code, null), l) : l.t("col.partsScore")));

    List<List<Cell>> rows = new ArrayList<>();
    if (tool != null) {
      rows.add(
          row(
              Cell.bold(toolName(tool, l)),
              parts.stream().map(p -> toolPart(tool, p)).toList(),
              tool.score(),
              true));
    }
    Map<Integer, List<ResultData.Question>> byIndicator = new LinkedHashMap<>();
    indicators.forEach(i -> byIndicator.put(i.number(), new ArrayList<>()));
    questions.forEach(
        q -> byIndicator.computeIfAbsent(q.indicator(), k -> new ArrayList<>()).add(q));
    for (Map.Entry<Integer, List<ResultData.Question>> e : byIndicator.entrySet()) {
      ResultData.Indicator indicator =
          indicators.stream().filter(i -> i.number() == e.getKey()).findFirst().orElse(null);
      List<ResultData.Question> ofIndicator = e.getValue();
      if (indicator != null) {
        String name = l.pick(indicator.nameTh(), indicator.nameEn());
        String label =
            indicator.subGroups().isEmpty()
                ? l.f("questions.indicator", indicator.number(), name)
                : l.f("questions.indicatorCount", indicator.number(), name, ofIndicator.size());
        rows.add(
            row(
                Cell.bold(label),
                parts.stream()
                    .map(p -> indicator.parts() == null ? null : indicator.parts().get(p))
                    .toList(),
                indicator.score(),
                true));
      }
      List<ResultData.SubGroup> groups = indicator == null ? List.of() : indicator.subGroups();
      List<ResultData.Question> placed = new ArrayList<>();
      for (ResultData.SubGroup g : groups) {
        List<ResultData.Question> ofGroup =
            ofIndicator.stream().filter(q -> g.code().equals(q.subGroup())).toList();
        rows.add(
            row(
                Cell.bold(l.pick(g.nameTh(), g.nameEn())),
                parts.stream().map(p -> (BigDecimal) null).toList(),
                g.score(),
                true));
        ofGroup.forEach(q -> rows.addAll(questionRows(q, parts, l)));
        placed.addAll(ofGroup);
      }
      ofIndicator.stream()
          .filter(q -> !placed.contains(q))
          .forEach(q -> rows.addAll(questionRows(q, parts, l)));
    }
    return new Block.Table(
        l.f(
            "caption.questionsOf",
            n,
            tool == null ? code : toolName(tool, l),
            l.fiscalYear(r.fiscalYear()),
            indicators.size(),
            questions.size()),
        columns,
        rows);
  }

  /** A question's row ("I1 บุคลากรของกรม…"), then its sub-items' rows. */
  private static List<List<Cell>> questionRows(
      ResultData.Question q, List<String> parts, Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    String text = l.pick(q.textTh(), q.textEn());
    Cell label = Cell.text(text.isBlank() ? q.code() : q.code() + " " + text);
    List<BigDecimal> partScores =
        parts.stream().map(p -> q.parts() == null ? null : q.parts().get(p)).toList();
    String answer = answer(q, l);
    rows.add(
        answer == null
            ? row(label, partScores, q.score(), false)
            : answeredRow(label, answer, partScores, q.score()));
    List<BigDecimal> subItems = q.subItems() == null ? List.of() : q.subItems();
    for (int i = 0; i < subItems.size(); i++) {
      rows.add(
          row(
              Cell.text(l.f("questions.subItem", i + 1)),
              parts.stream().map(p -> (BigDecimal) null).toList(),
              subItems.get(i),
              false));
    }
    return rows;
  }

  /** "ไม่มี" or "มี" ("No", "Yes") for a yes/no question with a credited answer, else null. */
  private static String answer(ResultData.Question q, Labels l) {
    String credited = q.printedAnswer();
    if ("YES".equals(credited)) {
      return l.pick("มี", "Yes");
    }
    if ("NO".equals(credited)) {
      return l.pick("ไม่มี", "No");
    }
    return null;
  }

  /**
   * A yes/no question's row: the credited answer before each score, as seed 004 prints I4 ("ไม่มี -
   * 99.08") and E8 ("มี - 84.16" and "มี - 92.86").
   */
  private static List<Cell> answeredRow(
      Cell label, String answer, List<BigDecimal> partScores, BigDecimal score) {
    List<Cell> row = new ArrayList<>();
    row.add(label);
    for (BigDecimal p : partScores) {
      row.add(p == null ? Cell.empty() : answered(answer, p));
    }
    row.add(score == null ? ResultBlocks.score(null) : answered(answer, score));
    return row;
  }

  private static Cell answered(String answer, BigDecimal score) {
    return Cell.text(answer + " - " + Labels.score(score).toPlainString());
  }

  private static List<Cell> row(
      Cell label, List<BigDecimal> partScores, BigDecimal score, boolean bold) {
    List<Cell> row = new ArrayList<>();
    row.add(label);
    for (BigDecimal p : partScores) {
      row.add(p == null ? Cell.empty() : emphasis(ResultBlocks.score(p), bold));
    }
    row.add(emphasis(ResultBlocks.score(score), bold));
    return row;
  }

  private static Cell emphasis(Cell c, boolean bold) {
    return bold ? c.emphasised() : c;
  }

  /**
   * The parts the tool is scored in, as its questions carry them (PUBLIC and SURVEY): the tool's
   * own order, then any other a question names.
   */
  private static List<String> parts(ResultData.Tool tool, List<ResultData.Question> questions) {
    List<String> codes = new ArrayList<>();
    if (questions.stream().noneMatch(q -> q.parts() != null && !q.parts().isEmpty())) {
      return codes;
    }
    if (tool != null) {
      tool.parts().forEach(p -> add(codes, p.code()));
    }
    questions.stream()
        .filter(q -> q.parts() != null)
        .flatMap(q -> q.parts().keySet().stream())
        .sorted()
        .forEach(c -> add(codes, c));
    return codes;
  }

  private static BigDecimal toolPart(ResultData.Tool tool, String part) {
    return tool.parts().stream()
        .filter(p -> part.equals(p.code()))
        .map(ResultData.ToolPart::score)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal … : IIT)", else the tool's own name. */
  static String toolName(ResultData.Tool tool, Labels l) {
    String key = "tool." + tool.code();
    String own = l.t(key);
    if (!own.equals(key)) {
      return own;
    }
    String name = l.pick(tool.nameTh(), tool.nameEn());
    return name.isBlank() ? tool.code() : name + " (" + tool.code() + ")";
  }

  /** "EIT Public", as the seeds name a part in Thai and English alike. */
  static String partLabel(ResultData.Tool tool, String part, Labels l) {
    String key = "part." + part.toUpperCase(Locale.ROOT);
    String own = l.t(key);
    if (!own.equals(key)) {
      return own;
    }
    ResultData.ToolPart p =
        tool == null
            ? null
            : tool.parts().stream().filter(x -> part.equals(x.code())).findFirst().orElse(null);
    String name = p == null ? "" : l.pick(p.nameEn(), p.nameTh());
    return name.isBlank() ? part : name;
  }

  /** "คะแนน EIT Public (404 คน)"; without a count "คะแนน EIT Public". */
  private static String partHeader(
      ResultData r, ResultData.Tool tool, String code, String part, Labels l) {
    Integer count = respondents(r, code, part);
    // No-break spaces keep "EIT Public" and "(404 คน)" whole when a narrow column wraps its header.
    String label = partLabel(tool, part, l).replace(' ', NO_BREAK);
    return count == null
        ? l.f("col.part", label)
        : l.f("col.partRespondents", label, count).replace(count + " ", count + "" + NO_BREAK);
  }

  /** "คะแนน", or "คะแนน (120 คน)" where the tool's respondents were published. */
  private static String scoreHeader(Integer count, Labels l) {
    return count == null ? l.t("col.score") : l.f("col.scoreRespondents", count);
  }

  /**
   * The respondents of a tool's part (or of the whole tool for {@code part} null) as the result
   * published them.
   */
  static Integer respondents(ResultData r, String tool, String part) {
    return r.respondents().stream()
        .filter(x -> tool.equalsIgnoreCase(String.valueOf(x.tool())))
        .filter(x -> part == null ? x.part() == null : part.equalsIgnoreCase(x.part()))
        .map(ResultData.Respondents::count)
        .findFirst()
        .orElse(null);
  }

  /**
   * A part's row under its tool in table 1: "ส่วนที่ 1 ผู้รับบริการหรือติดต่อราชการเข้าตอบด้วยตนเอง
   * (EIT Public) 404 คน".
   */
  static String partName(ResultData r, ResultData.Tool tool, ResultData.ToolPart p, Labels l) {
    String label = partLabel(tool, p.code(), l);
    String own = l.pick(p.nameTh(), p.nameEn());
    String name = own.isBlank() || own.equals(label) ? label : own + " (" + label + ")";
    Integer count = respondents(r, tool.code(), p.code());
    return count == null ? name : l.f("tools.partRespondents", name, count);
  }
}
