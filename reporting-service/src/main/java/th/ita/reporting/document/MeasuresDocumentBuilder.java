package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.service.AgencyInfo;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ResultData;

/**
 * The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน) as seeds 001 and 004
 * lay it out: header facts; part 1 the results (tools, indicators with a chart against the target,
 * every question); part 2 the analysis by the seven NACC issues; part 3 the measures table; part 4
 * the limitations. {@link Layout#TIERS} follows seed 002 instead: the measures grouped by tier, each
 * with a Q1–Q4 timeline, responsible units, monitoring approach and reporting.
 */
public final class MeasuresDocumentBuilder {

  public enum Layout {
    ISSUES, TIERS;

    /** {@code issues} (default) or {@code tiers}; anything else is a 400. */
    public static Layout of(String value) {
      if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("issues")) {
        return ISSUES;
      }
      if (value.trim().equalsIgnoreCase("tiers")) {
        return TIERS;
      }
      throw th.ita.platform.common.problem.ProblemException.validation(List.of(
          new th.ita.platform.common.problem.FieldError("layout", "must be issues or tiers", value)));
    }
  }

  /** Seed 002's quarter mark; Sarabun has ■ (U+25A0) but no ✓. */
  static final String MARK = "■";

  private final Tiers tiers;

  public MeasuresDocumentBuilder() {
    this(Tiers.DEFAULT);
  }

  public MeasuresDocumentBuilder(Tiers tiers) {
    this.tiers = tiers;
  }

  public ReportDocument build(MeasuresDocumentData d, Labels l, Layout layout) {
    ResultData r = d.result();
    PlanData plan = d.plan();
    List<Block> blocks = new ArrayList<>();
    blocks.add(header(d, l));
    blocks.add(new Block.Paragraph(l.f("measures.intro", agencyName(d.agency(), r, l), l.fiscalYear(d.assessmentYear()),
        l.fiscalYear(d.fiscalYear()))));

    blocks.add(new Block.Heading(1, l.f("part1", l.fiscalYear(d.assessmentYear()))));
    if (r == null) {
      blocks.add(new Block.Paragraph(l.f("noResult", l.fiscalYear(d.assessmentYear()))));
    } else {
      blocks.add(new Block.Paragraph(l.f("result.summary", agencyName(d.agency(), r, l), l.fiscalYear(r.fiscalYear()),
          Labels.scoreText(ResultBlocks.overall(r)), ResultBlocks.level(r, l), ResultBlocks.TARGET.toPlainString())));
      blocks.add(new Block.Heading(2, l.t("part1.tools")));
      blocks.add(ResultBlocks.tools(r, null, l));
      blocks.add(new Block.Heading(2, l.t("part1.indicators")));
      blocks.add(ResultBlocks.indicators(r, null, ResultBlocks.TARGET, l));
      blocks.add(ResultBlocks.indicatorChart(r, ResultBlocks.TARGET, l));
      blocks.addAll(ResultBlocks.discrepancies(r, l));
      blocks.add(new Block.Heading(2, l.t("part1.questions")));
      blocks.add(ResultBlocks.questions(r, l));
    }

    List<MeasureData> measures = plan == null ? List.of()
        : plan.measures().stream().sorted(Comparator.comparingInt(MeasureData::ordinal)).toList();
    if (layout == Layout.TIERS) {
      blocks.add(new Block.Heading(1, l.t("part2.tiers")));
      if (r != null) {
        blocks.addAll(questionTiers(r, l));
      }
      blocks.add(new Block.Heading(1, l.t("part3")));
      blocks.addAll(measuresByTier(measures, d.fiscalYear(), l));
    } else {
      blocks.add(new Block.Heading(1, l.t("part2")));
      blocks.add(new Block.Paragraph(l.t("part2.intro")));
      blocks.addAll(issues(r, measures, l));
      blocks.add(new Block.Heading(1, l.t("part3")));
      if (measures.isEmpty()) {
        blocks.add(new Block.Paragraph(l.t("noPlan")));
      } else {
        blocks.add(measuresTable(measures, l));
      }
    }
    blocks.add(new Block.Heading(1, l.t("part4")));
    String limitations = plan == null ? null : plan.limitations();
    if (limitations == null || limitations.isBlank()) {
      blocks.add(new Block.Paragraph(l.t("noLimitations")));
    } else {
      for (String p : limitations.split("\\n\\s*\\n|\\n(?=\\d+\\.\\d+ )")) {
        if (!p.isBlank()) {
          blocks.add(new Block.Paragraph(p.strip()));
        }
      }
    }
    String title = l.f("measures.title", l.fiscalYear(d.fiscalYear()));
    return new ReportDocument(title, agencyName(d.agency(), r, l), l.lang(), blocks);
  }

  private Block.KeyValues header(MeasuresDocumentData d, Labels l) {
    ResultData r = d.result();
    List<Block.KeyValues.Entry> facts = new ArrayList<>();
    facts.add(new Block.KeyValues.Entry(l.t("fact.agency"), agencyName(d.agency(), r, l)));
    String ministry = d.agency() == null ? null : l.pick(d.agency().ministryNameTh(), d.agency().ministryNameEn());
    if (ministry != null && !ministry.isBlank()) {
      facts.add(new Block.KeyValues.Entry(l.t("fact.ministry"), ministry));
    }
    facts.add(new Block.KeyValues.Entry(l.t("fact.measuresYear"), l.fiscalYear(d.fiscalYear())));
    facts.add(new Block.KeyValues.Entry(l.t("fact.assessmentYear"), l.fiscalYear(d.assessmentYear())));
    if (r != null) {
      facts.add(new Block.KeyValues.Entry(l.t("fact.overall"), Labels.scoreText(ResultBlocks.overall(r))));
      facts.add(new Block.KeyValues.Entry(l.t("fact.level"), ResultBlocks.level(r, l)));
    }
    facts.add(new Block.KeyValues.Entry(l.t("fact.target"), ResultBlocks.TARGET.toPlainString()));
    facts.add(new Block.KeyValues.Entry(l.t("fact.document"), d.published() ? l.t("doc.published") : l.t("doc.draft")));
    return new Block.KeyValues(facts);
  }

  /** Part 2: per issue, the questions linked to it (the snapshot's {@code issues}) and the measures answering it. */
  private List<Block> issues(ResultData r, List<MeasureData> measures, Labels l) {
    List<Block> blocks = new ArrayList<>();
    for (int issue = 1; issue <= 7; issue++) {
      int n = issue;
      blocks.add(new Block.Heading(2, l.issue(n)));
      List<ResultData.Question> linked = r == null ? List.of()
          : r.questions().stream().filter(q -> q.issues().contains(n)).toList();
      List<MeasureData> answering = measures.stream().filter(m -> Objects.equals(m.issue(), n)).toList();
      if (linked.isEmpty()) {
        blocks.add(new Block.Paragraph(l.t("issue.noQuestions")));
      } else {
        ResultData.Question lowest = linked.stream().filter(q -> q.score() != null)
            .min(Comparator.comparing(ResultData.Question::score)).orElse(null);
        BigDecimal mean = mean(linked.stream().map(ResultData.Question::score).toList());
        blocks.add(new Block.Paragraph(l.f("issue.summary", linked.size(), Labels.scoreText(mean),
            lowest == null ? "–" : lowest.code().toUpperCase(java.util.Locale.ROOT) + " " + Labels.scoreText(lowest.score()))));
        blocks.add(new Block.Table(l.f("caption.issue", n), List.of(Column.centered(l.t("col.code")),
            Column.text(l.t("col.question")), Column.number(l.t("col.score"))),
            linked.stream().map(q -> List.of(Cell.text(q.code()), Cell.text(l.pick(q.textTh(), q.textEn())),
                ResultBlocks.score(q.score()))).toList()));
      }
      for (MeasureData m : answering) {
        String targets = m.targetQuestions().stream()
            .map(t -> t.code().toUpperCase(java.util.Locale.ROOT) + " (" + Labels.scoreText(t.score()) + ")")
            .collect(Collectors.joining(", "));
        StringBuilder text = new StringBuilder(l.f("issue.measure", l.pick(m.titleTh(), m.titleEn())));
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
      rows.add(List.of(Cell.text(m.issue() == null ? "–" : String.valueOf(m.issue())),
          Cell.text(m.ordinal() + ". " + l.pick(m.titleTh(), m.titleEn())),
          Cell.text(steps(m)),
          Cell.text(period(m, l)),
          Cell.text(String.join("\n", m.responsibleUnits()))));
    }
    return new Block.Table(l.t("caption.measures"), List.of(Column.centered(l.t("col.issue")), Column.text(l.t("col.measure")),
        Column.text(l.t("col.steps")), Column.text(l.t("col.period")), Column.text(l.t("col.responsible"))), rows);
  }

  static String steps(MeasureData m) {
    return IntStream.range(0, m.steps().size()).mapToObj(i -> (i + 1) + ". " + m.steps().get(i))
        .collect(Collectors.joining("\n"));
  }

  /** "ต.ค. 2567 – มี.ค. 2568 (ไตรมาส 1–2)": the period and the quarters its milestones fall in. */
  static String period(MeasureData m, Labels l) {
    String period = l.thai() ? m.periodTh() : (m.periodEn() != null ? m.periodEn() : l.period(m.periodStart(), m.periodEnd()));
    if (period == null || period.isBlank()) {
      period = l.period(m.periodStart(), m.periodEnd());
    }
    TreeSet<String> q = quarters(m);
    if (q.isEmpty()) {
      return period;
    }
    String range = q.size() == 1 ? l.quarter(q.first())
        : l.quarter(q.first()) + "–" + q.last().substring(1);
    return period + "\n(" + range + ")";
  }

  /** The quarters with milestones; the measure's own quarters when it has none. */
  static TreeSet<String> quarters(MeasureData m) {
    TreeSet<String> q = m.milestones().stream().map(MeasureData.Milestone::quarter).filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    if (q.isEmpty()) {
      q.addAll(m.quarters());
    }
    return q;
  }

  /** Part 2 (tiers layout): the questions per tier, weakest first. */
  private List<Block> questionTiers(ResultData r, Labels l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.f("tiers.intro", tiers.keepAbove().toPlainString(), tiers.urgentBelow().toPlainString())));
    Map<String, List<ResultData.Question>> byTier = r.questions().stream().filter(q -> q.score() != null)
        .sorted(Comparator.comparing(ResultData.Question::score))
        .collect(Collectors.groupingBy(q -> tiers.of(q.score()), LinkedHashMap::new, Collectors.toList()));
    for (String tier : Tiers.ORDER) {
      List<ResultData.Question> qs = byTier.getOrDefault(tier, List.of());
      blocks.add(new Block.Heading(2, l.tier(tier) + " (" + tiers.range(tier, l) + ")"));
      if (qs.isEmpty()) {
        blocks.add(new Block.Paragraph(l.t("tiers.none")));
        continue;
      }
      blocks.add(new Block.Table(l.tier(tier), List.of(Column.centered(l.t("col.code")), Column.text(l.t("col.question")),
          Column.number(l.t("col.score"))), qs.stream().map(q -> List.of(Cell.text(q.code()),
          Cell.text(l.pick(q.textTh(), q.textEn())), ResultBlocks.score(q.score()))).toList()));
    }
    return blocks;
  }

  /** The tier a measure answers: its own, or that of the weakest question it targets. */
  String tierOf(MeasureData m) {
    if (m.tier() != null) {
      return m.tier();
    }
    return m.targetQuestions().stream().map(MeasureData.TargetQuestion::score).filter(Objects::nonNull)
        .min(Comparator.naturalOrder()).map(tiers::of).orElse(null);
  }

  /** Part 3 (tiers layout): one table per tier with the Q1–Q4 timeline, as seed 002 draws it. */
  private List<Block> measuresByTier(List<MeasureData> measures, int fiscalYear, Labels l) {
    List<Block> blocks = new ArrayList<>();
    if (measures.isEmpty()) {
      blocks.add(new Block.Paragraph(l.t("noPlan")));
      return blocks;
    }
    // The timeline columns are headed Q1-Q4 (a Thai "ไตรมาส 1" does not fit a column that narrow); the legend says which months.
    var fy = th.ita.platform.common.calendar.FiscalYear.of(fiscalYear);
    blocks.add(new Block.Paragraph(l.t("timeline.legend") + " " + java.util.Arrays.stream(
        th.ita.platform.common.calendar.FiscalQuarter.values())
        .map(q -> q.name() + " = " + th.ita.platform.common.calendar.ThaiDates.quarter(fy, q, l.locale()))
        .collect(Collectors.joining(", ")) + " " + MARK + " " + l.t("timeline.mark")));
    Map<String, List<MeasureData>> byTier = new LinkedHashMap<>();
    for (String t : Tiers.ORDER) {
      byTier.put(t, new ArrayList<>());
    }
    byTier.put("NONE", new ArrayList<>());
    measures.forEach(m -> byTier.computeIfAbsent(tierOf(m) == null ? "NONE" : tierOf(m), k -> new ArrayList<>()).add(m));
    for (Map.Entry<String, List<MeasureData>> e : byTier.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      String heading = "NONE".equals(e.getKey()) ? l.tier(null) : l.tier(e.getKey()) + " (" + tiers.range(e.getKey(), l) + ")";
      blocks.add(new Block.Heading(2, heading));
      List<List<Cell>> rows = new ArrayList<>();
      for (MeasureData m : e.getValue()) {
        TreeSet<String> q = quarters(m);
        List<Cell> row = new ArrayList<>();
        String targets = m.targetQuestions().stream()
            .map(t -> t.code().toUpperCase(java.util.Locale.ROOT) + " " + Labels.scoreText(t.score()))
            .collect(Collectors.joining(", "));
        row.add(Cell.text(m.ordinal() + ". " + l.pick(m.titleTh(), m.titleEn()) + (targets.isEmpty() ? "" : "\n(" + targets + ")")));
        row.add(Cell.text(steps(m)));
        for (String quarter : List.of("Q1", "Q2", "Q3", "Q4")) {
          row.add(Cell.text(q.contains(quarter) ? MARK : ""));
        }
        row.add(Cell.text(String.join("\n", m.responsibleUnits())));
        row.add(Cell.text(m.monitoring() == null ? "–" : m.monitoring()));
        row.add(Cell.text(reporting(m.reporting(), l)));
        rows.add(row);
      }
      blocks.add(new Block.Table(heading, List.of(Column.text(l.t("col.measure")), Column.text(l.t("col.steps")),
          Column.centered("Q1"), Column.centered("Q2"), Column.centered("Q3"), Column.centered("Q4"), Column.text(l.t("col.responsible")), Column.text(l.t("col.monitoring")),
          Column.text(l.t("col.reporting"))), rows));
    }
    return blocks;
  }

  /** "รายงานต่อผู้อำนวยการ ทุก 6 เดือน". */
  static String reporting(MeasureData.Reporting r, Labels l) {
    if (r == null) {
      return "–";
    }
    List<String> parts = new ArrayList<>();
    if (r.to() != null && !r.to().isBlank()) {
      parts.add(l.f("reporting.to", r.to()));
    }
    if (r.everyMonths() != null) {
      parts.add(l.f("reporting.every", r.everyMonths()));
    }
    if (r.note() != null && !r.note().isBlank()) {
      parts.add(r.note());
    }
    return parts.isEmpty() ? "–" : String.join(" ", parts);
  }

  static String agencyName(AgencyInfo a, ResultData r, Labels l) {
    String name = a == null ? null : l.pick(a.nameTh(), a.nameEn());
    if ((name == null || name.isBlank()) && r != null) {
      name = l.pick(r.agencyNameTh(), r.agencyNameEn());
    }
    return name == null || name.isBlank() ? (a == null ? "" : a.code()) : name;
  }

  static BigDecimal mean(List<BigDecimal> values) {
    List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
    if (present.isEmpty()) {
      return null;
    }
    return present.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(present.size()), 2, java.math.RoundingMode.HALF_UP);
  }
}
