package th.ita.reporting.document;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
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

  /** The stakeholder groups seed 002 analyses in turn, by the tool that asked them. */
  private static final List<String> GROUPS = List.of("IIT", "EIT", "OIT");

  /** Thresholds given by the caller; null takes the result's (the agency's), else the defaults. */
  private final Tiers fixed;

  private Tiers tiers = Tiers.DEFAULT;

  MeasuresByTierBuilder(Tiers tiers) {
    this.fixed = tiers;
  }

  /** Seed 002 sets its two years side by side. */
  @Override
  ResultData comparedWith(MeasuresDocumentData d) {
    return d.previous();
  }

  @Override
  List<Block> analysisAndMeasures(MeasuresDocumentData d, List<MeasureData> measures, Labels l) {
    tiers = fixed != null ? fixed : Tiers.from(d.result());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Heading(1, l.t("part2.tiers")));
    if (d.result() != null) {
      blocks.addAll(questionTiers(d.result(), l));
    }
    blocks.add(new Block.Heading(1, l.t("part3")));
    blocks.addAll(measuresByTier(measures, d.result(), d.fiscalYear(), l));
    return blocks;
  }

  /** Seed 002, whose layout this is, titles its measures "ประจำปีงบประมาณ พ.ศ. 2566". */
  @Override
  String title(int fiscalYear, Labels l) {
    return l.f("measures.title", l.fiscalYear(fiscalYear));
  }

  /**
   * Part 2 (tiers layout), as seed 002: for each stakeholder group ("1) กลุ่มผู้มีส่วนได้ส่วนเสีย
   * ภายใน (IIT)"), the questions per tier ("1.1) …"), weakest first.
   */
  private List<Block> questionTiers(ResultData r, Labels l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Block.Paragraph(
            l.f(
                "tiers.intro",
                tiers.keepAbove().toPlainString(),
                tiers.urgentBelow().toPlainString())));
    int g = 0;
    for (String group : groups(r)) {
      g++;
      blocks.add(new Block.Heading(2, g + ") " + l.t("group." + group)));
      blocks.add(new Block.Paragraph(l.f("group.intro", l.t("group." + group))));
      Map<Tier, List<ResultData.Question>> byTier =
          r.questions().stream()
              .filter(q -> q.score() != null && group.equals(groupOf(q)))
              .sorted(Comparator.comparing(ResultData.Question::score))
              .collect(
                  Collectors.groupingBy(
                      q -> tiers.of(q.score()),
                      () -> new EnumMap<>(Tier.class),
                      Collectors.toList()));
      int t = 0;
      for (Tier tier : Tier.values()) {
        t++;
        List<ResultData.Question> qs = byTier.getOrDefault(tier, List.of());
        String heading = g + "." + t + ") " + l.tier(tier) + " (" + tiers.range(tier, l) + ")";
        blocks.add(new Block.Heading(3, heading));
        if (qs.isEmpty()) {
          blocks.add(new Block.Paragraph(l.t("tiers.none")));
          continue;
        }
        blocks.add(new Block.Table(heading, tierColumns(r, l), tierRows(r, qs, l)));
      }
    }
    return blocks;
  }

  /** Code, question and score; and the grade where the framework's bands are known. */
  private static List<Column> tierColumns(ResultData r, Labels l) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.centered(l.t("col.code")),
                Column.text(l.t("col.question")),
                Column.number(l.t("col.score"))));
    if (!r.levelBands().isEmpty()) {
      columns.add(Column.centered(l.t("col.grade")));
    }
    return columns;
  }

  /**
   * Each question, then its sub-items, each with its score and grade, as seed 002 lists them ("I1 …
   * ได้รับผลประเมิน 99.45 คะแนน ระดับ AA", "– เป็นไปตามขั้นตอน … 100.00 คะแนน ระดับ AA").
   */
  private static List<List<Cell>> tierRows(
      ResultData r, List<ResultData.Question> questions, Labels l) {
    boolean graded = !r.levelBands().isEmpty();
    List<List<Cell>> rows = new ArrayList<>();
    for (ResultData.Question q : questions) {
      rows.add(
          tierRow(Cell.text(q.code()), l.pick(q.textTh(), q.textEn()), q.score(), graded, r, l));
      List<BigDecimal> subItems = q.subItems() == null ? List.of() : q.subItems();
      for (int i = 0; i < subItems.size(); i++) {
        rows.add(
            tierRow(Cell.text(""), l.f("questions.subItem", i + 1), subItems.get(i), graded, r, l));
      }
    }
    return rows;
  }

  private static List<Cell> tierRow(
      Cell code, String text, BigDecimal score, boolean graded, ResultData r, Labels l) {
    List<Cell> row = new ArrayList<>(List.of(code, Cell.text(text), ResultBlocks.score(score)));
    if (graded) {
      row.add(Cell.text(r.gradeOf(score).map(b -> grade(b, l)).orElse("–")));
    }
    return row;
  }

  /** The band's name in the document's language ("AA", "ผ่าน"), else its code. */
  private static String grade(ResultData.LevelBand band, Labels l) {
    String name = l.pick(band.nameTh(), band.nameEn());
    return name == null || name.isBlank() ? band.code() : name;
  }

  /** The groups the result has questions of, in seed 002's order. */
  private static List<String> groups(ResultData r) {
    return GROUPS.stream()
        .filter(g -> r.questions().stream().anyMatch(q -> g.equals(groupOf(q))))
        .toList();
  }

  /** A question's stakeholder group: the tool that asked it, else its code's letter. */
  static String groupOf(ResultData.Question q) {
    if (q.tool() != null && GROUPS.contains(q.tool().toUpperCase(Locale.ROOT))) {
      return q.tool().toUpperCase(Locale.ROOT);
    }
    return groupOfCode(q.code());
  }

  private static String groupOfCode(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return switch (Character.toLowerCase(code.charAt(0))) {
      case 'i' -> "IIT";
      case 'e' -> "EIT";
      case 'o' -> "OIT";
      default -> null;
    };
  }

  /** {@link MeasuresDocumentBuilder#scoreOf}, the result's question found by its code. */
  private static BigDecimal scoreOf(MeasureData.TargetQuestion t, ResultData r) {
    ResultData.Question question =
        r == null
            ? null
            : r.questions().stream()
                .filter(q -> q.code().equalsIgnoreCase(t.code()))
                .findFirst()
                .orElse(null);
    return MeasuresDocumentBuilder.scoreOf(t, question);
  }

  /** The group of a measure: that of the weakest question it targets. */
  private static String groupOf(MeasureData m, ResultData r) {
    return m.targetQuestions().stream()
        .min(
            Comparator.comparing(
                t -> scoreOf(t, r), Comparator.nullsLast(Comparator.naturalOrder())))
        .map(
            t ->
                r == null
                    ? groupOfCode(t.code())
                    : r.questions().stream()
                        .filter(q -> q.code().equalsIgnoreCase(t.code()))
                        .map(MeasuresByTierBuilder::groupOf)
                        .findFirst()
                        .orElse(groupOfCode(t.code())))
        .orElse(null);
  }

  /** The tier a measure answers: its own, or that of the weakest question it targets. */
  Tier tierOf(MeasureData m, ResultData r) {
    Optional<Tier> own = Tier.named(m.tier());
    if (own.isPresent()) {
      return own.get();
    }
    return m.targetQuestions().stream()
        .map(t -> scoreOf(t, r))
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .map(tiers::of)
        .orElse(null);
  }

  /**
   * Part 3 (tiers layout), as seed 002: by stakeholder group, then tier, one table per tier with
   * the quarter timeline; measures that answer no group or tier last.
   */
  private List<Block> measuresByTier(
      List<MeasureData> measures, ResultData r, int fiscalYear, Labels l) {
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
    Map<String, Map<Tier, List<MeasureData>>> byGroup = new LinkedHashMap<>();
    List<MeasureData> other = new ArrayList<>();
    for (MeasureData m : measures) {
      Tier tier = tierOf(m, r);
      String group = groupOf(m, r);
      if (tier == null || group == null) {
        other.add(m);
      } else {
        byGroup
            .computeIfAbsent(group, k -> new EnumMap<>(Tier.class))
            .computeIfAbsent(tier, t -> new ArrayList<>())
            .add(m);
      }
    }
    int g = 0;
    for (String group : GROUPS) {
      Map<Tier, List<MeasureData>> tiered = byGroup.get(group);
      if (tiered == null) {
        continue;
      }
      g++;
      blocks.add(new Block.Heading(2, g + ") " + l.t("group." + group)));
      int t = 0;
      for (Tier tier : Tier.values()) {
        if (tiered.containsKey(tier)) {
          t++;
          blocks.addAll(
              tierTable(
                  3,
                  g + "." + t + ") " + l.tier(tier) + " (" + tiers.range(tier, l) + ")",
                  tiered.get(tier),
                  r,
                  l));
        }
      }
    }
    if (!other.isEmpty()) {
      blocks.addAll(tierTable(2, l.tier(null), other, r, l));
    }
    return blocks;
  }

  /** One tier's heading and its table of measures with the quarter timeline. */
  private static List<Block> tierTable(
      int level, String heading, List<MeasureData> measures, ResultData r, Labels l) {
    List<List<Cell>> rows = new ArrayList<>();
    for (MeasureData m : measures) {
      TreeSet<String> q = quarters(m);
      List<Cell> row = new ArrayList<>();
      String targets =
          m.targetQuestions().stream()
              .map(t -> t.code().toUpperCase(Locale.ROOT) + " " + Labels.scoreText(scoreOf(t, r)))
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
    return List.of(new Block.Heading(level, heading), new Block.Table(heading, columns, rows));
  }
}
