package th.ita.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.service.AgencyInfo;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ResultData;

/**
 * The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน): header facts; part 1
 * the results (tools, indicators with a chart against the target, every question); parts 2 and 3
 * the analysis and the measures, as the layout lays them out ({@link MeasuresByIssueBuilder},
 * {@link MeasuresByTierBuilder}); part 4 the limitations.
 */
public abstract class MeasuresDocumentBuilder {

  /**
   * The mark of a quarter with milestones (and of an overdue measure); Sarabun has ■ (U+25A0) but
   * no ✓.
   */
  static final String MARK = "■";

  /**
   * The builder of a layout, with the tier thresholds the result was published with (else the
   * defaults).
   */
  public static MeasuresDocumentBuilder of(MeasuresLayout layout) {
    return of(layout, null);
  }

  /** With fixed tier thresholds; null takes the result's. */
  public static MeasuresDocumentBuilder of(MeasuresLayout layout, Tiers tiers) {
    return switch (layout) {
      case ISSUES -> new MeasuresByIssueBuilder();
      case TIERS -> new MeasuresByTierBuilder(tiers);
    };
  }

  /** Parts 2 and 3: the analysis and the measures (ordered by ordinal; empty without a plan). */
  abstract List<Block> analysisAndMeasures(
      MeasuresDocumentData d, List<MeasureData> measures, Labels l);

  /**
   * The result of the year before, to compare with in part 1; null where the layout compares
   * nothing (seed 001 shows one year).
   */
  ResultData comparedWith(MeasuresDocumentData d) {
    return null;
  }

  public ReportDocument build(MeasuresDocumentData d, Labels l) {
    ResultData r = d.result();
    PlanData plan = d.plan();
    BigDecimal target = target(r);
    List<Block> blocks = new ArrayList<>();
    blocks.add(header(d, l));
    blocks.add(
        new Block.Paragraph(
            l.f(
                "measures.intro",
                agencyName(d.agency(), r, l),
                l.fiscalYear(d.assessmentYear()),
                l.fiscalYear(d.fiscalYear()))));
    blocks.addAll(FrontMatterBlocks.of(d, agencyName(d.agency(), r, l), l));

    blocks.add(new Block.Heading(1, l.f("part1", l.fiscalYear(d.assessmentYear()))));
    if (r == null) {
      blocks.add(new Block.Paragraph(l.f("noResult", l.fiscalYear(d.assessmentYear()))));
    } else {
      blocks.add(
          new Block.Paragraph(
              l.f(
                  "result.summary",
                  agencyName(d.agency(), r, l),
                  l.fiscalYear(r.fiscalYear()),
                  Labels.scoreText(ResultBlocks.overall(r)),
                  ResultBlocks.level(r, l),
                  target.toPlainString())));
      ResultBlocks.officialStanding(r, d.agency(), l).ifPresent(blocks::add);
      ResultData previous = comparedWith(d);
      blocks.add(new Block.Heading(2, l.t("part1.tools")));
      blocks.add(ResultBlocks.tools(r, previous, l));
      blocks.add(
          new Block.Heading(2, l.t(previous == null ? "part1.indicators" : "part1.comparison")));
      blocks.add(ResultBlocks.indicators(r, previous, target, l));
      blocks.add(ResultBlocks.indicatorChart(r, target, l));
      blocks.addAll(ResultBlocks.discrepancies(r, l));
      blocks.add(new Block.Heading(2, l.t("part1.questions")));
      blocks.addAll(QuestionTables.of(r, l));
    }

    List<MeasureData> measures =
        plan == null
            ? List.of()
            : plan.measures().stream()
                .sorted(Comparator.comparingInt(MeasureData::ordinal))
                .toList();
    blocks.addAll(analysisAndMeasures(d, measures, l));
    blocks.addAll(FrameTable.of(measures, l));
    String monitoring = plan == null ? null : plan.monitoring();
    if (monitoring != null && !monitoring.isBlank()) {
      // Seed 002's paragraph on who monitors the plan as a whole, after the measures' tables.
      blocks.add(new Block.Heading(2, l.t("plan.monitoring")));
      blocks.add(new Block.Paragraph(monitoring.strip()));
    }
    int editorial = measures.stream().mapToInt(MeasureData::editorialMilestoneCount).sum();
    if (editorial > 0) {
      blocks.add(new Block.Paragraph(l.f("editorial.leftOut", editorial)));
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
    blocks.addAll(announcementAndSignOff(plan, d.published(), l));
    blocks.addAll(DisclosureLines.of(d.disclosures(), DisclosureKind.MEASURES, l));
    // The plan's own title, as the agency gave it (seed 001's names the agency and ministry); an
    // English document falls back to its own title rather than the Thai one.
    String own = plan == null ? null : l.thai() ? plan.titleTh() : plan.titleEn();
    String title = own == null || own.isBlank() ? title(d.fiscalYear(), l) : own.strip();
    String agency = agencyName(d.agency(), r, l);
    return new ReportDocument(title, title.contains(agency) ? null : agency, l.lang(), blocks);
  }

  /** The target the result is measured against: the one it was published with, else 85. */
  /**
   * A targeted question's score as the measure recorded it when planned, else the result's (the
   * plan may leave it out); null when neither has one.
   */
  static BigDecimal scoreOf(MeasureData.TargetQuestion t, ResultData.Question result) {
    return t.score() != null ? t.score() : result == null ? null : result.score();
  }

  static BigDecimal target(ResultData r) {
    return Labels.score(r == null ? ResultData.Target.NATIONAL : r.targetOrNational());
  }

  /**
   * The end of a published plan's document: "ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567" and the head of
   * the agency's sign-off block (ลงชื่อ, name, position, date of approval). Without an approval
   * there is no block, since a name is never invented; a draft is not announced.
   */
  static List<Block> announcementAndSignOff(PlanData plan, boolean published, Labels l) {
    if (plan == null) {
      return List.of();
    }
    PlanData.Approval a = plan.approval();
    return signOff(published ? plan.announcedOn() : null, a, a == null ? null : a.approvedOn(), l);
  }

  /**
   * "ประกาศ ณ วันที่ …" when {@code announcedOn} is given, then the approver's block, dated {@code
   * signedOn}, when there is an approval; nothing when neither.
   */
  static List<Block> signOff(
      LocalDate announcedOn, PlanData.Approval a, LocalDate signedOn, Labels l) {
    List<String> lines = new ArrayList<>();
    if (announcedOn != null) {
      lines.add(l.f("announced", l.formalDate(announcedOn)));
    }
    if (a != null) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.add(l.t("signoff.sign"));
      lines.add(l.f("signoff.name", a.approverNameTh()));
      if (a.approverPositionTh() != null) {
        lines.add(a.approverPositionTh());
      }
      if (signedOn != null) {
        lines.add(l.f("signoff.date", l.formalDate(signedOn)));
      }
    }
    return lines.isEmpty() ? List.of() : List.of(new Block.SignOff(lines));
  }

  /** Header facts of the approval and announcement, where the plan has them. */
  static List<Block.KeyValues.Entry> approvalFacts(PlanData plan, boolean published, Labels l) {
    List<Block.KeyValues.Entry> facts = new ArrayList<>();
    if (plan == null) {
      return facts;
    }
    PlanData.Approval a = plan.approval();
    if (a != null) {
      facts.add(
          new Block.KeyValues.Entry(
              l.t("fact.approvedBy"),
              a.approverNameTh()
                  + (a.approverPositionTh() == null ? "" : " " + a.approverPositionTh())));
      if (a.approvedOn() != null) {
        facts.add(new Block.KeyValues.Entry(l.t("fact.approvedOn"), l.formalDate(a.approvedOn())));
      }
    }
    if (published && plan.announcedOn() != null) {
      facts.add(
          new Block.KeyValues.Entry(l.t("fact.announcedOn"), l.formalDate(plan.announcedOn())));
    }
    return facts;
  }

  /**
   * "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568", as seeds 001 and 004,
   * for a plan without a title of its own.
   */
  String title(int fiscalYear, Labels l) {
    return l.f("measures.title", l.titleYear(fiscalYear));
  }

  private Block.KeyValues header(MeasuresDocumentData d, Labels l) {
    ResultData r = d.result();
    List<Block.KeyValues.Entry> facts = new ArrayList<>();
    facts.add(new Block.KeyValues.Entry(l.t("fact.agency"), agencyName(d.agency(), r, l)));
    String ministry =
        d.agency() == null
            ? null
            : l.pick(d.agency().ministryNameTh(), d.agency().ministryNameEn());
    if (ministry != null && !ministry.isBlank()) {
      facts.add(new Block.KeyValues.Entry(l.t("fact.ministry"), ministry));
    }
    facts.add(new Block.KeyValues.Entry(l.t("fact.measuresYear"), l.fiscalYear(d.fiscalYear())));
    facts.add(
        new Block.KeyValues.Entry(l.t("fact.assessmentYear"), l.fiscalYear(d.assessmentYear())));
    if (r != null) {
      facts.add(
          new Block.KeyValues.Entry(
              l.t("fact.overall"), Labels.scoreText(ResultBlocks.overall(r))));
      facts.add(new Block.KeyValues.Entry(l.t("fact.level"), ResultBlocks.level(r, l)));
    }
    facts.add(new Block.KeyValues.Entry(l.t("fact.target"), target(r).toPlainString()));
    facts.add(
        new Block.KeyValues.Entry(
            l.t("fact.document"), d.published() ? l.t("doc.published") : l.t("doc.draft")));
    facts.addAll(approvalFacts(d.plan(), d.published(), l));
    facts.addAll(DisclosureLines.fact(d.disclosures(), DisclosureKind.MEASURES, l));
    return new Block.KeyValues(facts);
  }

  static String steps(MeasureData m) {
    return IntStream.range(0, m.steps().size())
        .mapToObj(i -> (i + 1) + ". " + m.steps().get(i))
        .collect(Collectors.joining("\n"));
  }

  /**
   * "ต.ค. 2567 – มี.ค. 2568 (ไตรมาสที่ 1–2)": the period and the quarters its milestones fall in.
   */
  static String period(MeasureData m, Labels l) {
    String period =
        l.thai()
            ? m.periodTh()
            : (m.periodEn() != null ? m.periodEn() : l.period(m.periodStart(), m.periodEnd()));
    if (period == null || period.isBlank()) {
      period = l.period(m.periodStart(), m.periodEnd());
    }
    TreeSet<String> q = quarters(m);
    if (q.isEmpty()) {
      return period;
    }
    String range =
        q.size() == 1 ? l.quarter(q.first()) : l.quarter(q.first()) + "–" + q.last().substring(1);
    return period + "\n(" + range + ")";
  }

  /**
   * The quarters with the agency's own milestones; the measure's own quarters when it has none
   * (milestones the platform's editors wrote for a demo plan never mark a quarter).
   */
  static TreeSet<String> quarters(MeasureData m) {
    TreeSet<String> q =
        m.agencyMilestones().stream()
            .map(MeasureData.Milestone::quarter)
            .filter(Objects::nonNull)
            .collect(Collectors.toCollection(TreeSet::new));
    if (q.isEmpty()) {
      q.addAll(m.quarters());
    }
    return q;
  }

  /** "รายงานผลต่อผู้อำนวยการ ทุก 6 เดือน", "รายงานผลต่อผู้อำนวยการ ทุกปี". */
  static String reporting(MeasureData.Reporting r, Labels l) {
    if (r == null) {
      return "–";
    }
    List<String> parts = new ArrayList<>();
    if (r.to() != null && !r.to().isBlank()) {
      parts.add(l.f("reporting.to", r.to()));
    }
    if (r.everyMonths() != null) {
      parts.add(l.every(r.everyMonths()));
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
}
