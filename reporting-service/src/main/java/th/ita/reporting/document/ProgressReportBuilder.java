package th.ita.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.service.EvidencePhotos;
import th.ita.reporting.service.MeasureData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ProgressReportData;
import th.ita.reporting.service.ProgressReportData.MeasureProgress;

/**
 * The report on carrying out the measures (รายงานผลการดำเนินการตามมาตรการ…): the 6-month report as
 * of the end of Q2 (31 March) or the annual one as of 30 September, or any day. Each measure's
 * status, milestones done, due and overdue, percent complete, the dated status changes and the
 * evidence of its activities (seed 003: a meeting, its date, time, place and attendees).
 */
public final class ProgressReportBuilder {

  /**
   * Which report: the 6-month one (to 31 March), the annual one (to 30 September), or a given day.
   */
  public enum Period {
    HALF,
    ANNUAL,
    AS_OF;

    /** {@code half}, {@code annual} or absent; anything else is a 400. */
    public static Period of(String value) {
      if (value == null || value.isBlank()) {
        return AS_OF;
      }
      return switch (value.trim().toLowerCase(Locale.ROOT)) {
        case "half", "6m", "half-year" -> HALF;
        case "annual", "year", "12m" -> ANNUAL;
        default ->
            throw new InvalidInputException(
                List.of(new FieldError("period", "must be half or annual", value)));
      };
    }

    /**
     * The day the report is made for: end of Q2 or of the fiscal year, or {@code otherwise}, which
     * must then be a common-era date in a fiscal year the platform knows: a Buddhist-era one
     * (2567-03-31) was printed as the year 3110.
     */
    public LocalDate asOf(int fiscalYear, LocalDate otherwise) {
      if (this == AS_OF) {
        try {
          FiscalYear.containing(otherwise);
        } catch (IllegalArgumentException e) {
          throw new InvalidInputException(
              List.of(
                  new FieldError(
                      "asOf",
                      "must be a common-era date from 1956-10-01 to 2157-09-30 (fiscal years 2500"
                          + " to 2700), such as 2025-03-31; a Buddhist-era date is read as one far"
                          + " ahead",
                      otherwise.toString())));
        }
        return otherwise;
      }
      FiscalYear fy;
      try {
        fy = FiscalYear.of(fiscalYear);
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            List.of(new FieldError("fiscalYear", e.getMessage(), fiscalYear)));
      }
      return switch (this) {
        case HALF -> fy.end(FiscalQuarter.Q2);
        case ANNUAL -> fy.end();
        case AS_OF -> otherwise;
      };
    }
  }

  /** Without thumbnails: every evidence file is named. */
  public ReportDocument build(ProgressReportData d, Period period, Labels l) {
    return build(d, period, l, EvidencePhotos.NONE);
  }

  /**
   * @param photos the thumbnails the read model holds: each evidence entry's photos that have one
   *     are shown under the evidence table, captioned with their file names; the other files are
   *     named in the entry's details
   */
  public ReportDocument build(
      ProgressReportData d, Period period, Labels l, EvidencePhotos photos) {
    List<Block> blocks = new ArrayList<>();
    String agency = MeasuresDocumentBuilder.agencyName(d.agency(), null, l);
    FiscalYear fy = FiscalYear.of(d.fiscalYear());
    String round =
        switch (period) {
          case HALF -> l.f("progress.round.half", l.date(fy.start()), l.date(d.asOf()));
          case ANNUAL -> l.f("progress.round.annual", l.date(fy.start()), l.date(d.asOf()));
          case AS_OF -> l.f("progress.round.asOf", l.date(d.asOf()));
        };
    var totals = d.totals();
    List<Block.KeyValues.Entry> facts =
        new ArrayList<>(
            List.of(
                new Block.KeyValues.Entry(l.t("fact.agency"), agency),
                new Block.KeyValues.Entry(l.t("fact.measuresYear"), l.fiscalYear(d.fiscalYear())),
                new Block.KeyValues.Entry(l.t("fact.round"), round),
                new Block.KeyValues.Entry(l.t("fact.asOf"), l.date(d.asOf())),
                new Block.KeyValues.Entry(l.t("fact.measures"), String.valueOf(totals.measures())),
                new Block.KeyValues.Entry(
                    l.t("fact.milestones"),
                    l.f(
                        "progress.milestones",
                        totals.milestones(),
                        totals.milestonesDone(),
                        totals.milestonesDue(),
                        totals.milestonesOverdue())),
                new Block.KeyValues.Entry(l.t("fact.percent"), totals.percentComplete() + "%"),
                new Block.KeyValues.Entry(
                    l.t("fact.document"),
                    d.published() ? l.t("doc.published") : l.t("doc.draft"))));
    if (period != Period.AS_OF) {
      // The 6-month and annual reports go to the head of the agency (seed 002: "รายงานผลต่อ
      // ผู้อำนวยการ ทุก 6 เดือน"), so they say to whom, as a Thai memo's เสนอ does.
      facts.add(1, new Block.KeyValues.Entry(l.t("fact.addressee"), addressee(d, l)));
    }
    facts.addAll(planFacts(d.plan(), l));
    facts.addAll(DisclosureLines.fact(d.disclosures(), disclosed(period), l));
    blocks.add(new Block.KeyValues(facts));

    blocks.add(new Block.Heading(1, l.t("progress.part1")));
    List<List<Cell>> statusRows = new ArrayList<>();
    for (Map.Entry<String, Integer> e : totals.measuresByStatus().entrySet()) {
      statusRows.add(
          List.of(Cell.text(l.status(e.getKey())), Cell.num(BigDecimal.valueOf(e.getValue()))));
    }
    blocks.add(
        new Block.Table(
            l.t("caption.byStatus"),
            List.of(Column.text(l.t("col.status")), Column.number(l.t("col.measures"))),
            statusRows));
    List<List<Cell>> rows = new ArrayList<>();
    for (MeasureProgress m : d.measures()) {
      rows.add(
          List.of(
              Cell.text(String.valueOf(m.ordinal())),
              Cell.text(l.pick(m.titleTh(), m.titleEn())),
              Cell.text(l.status(m.status())),
              Cell.num(BigDecimal.valueOf(m.percentComplete())),
              Cell.num(BigDecimal.valueOf(m.milestonesDone())),
              Cell.num(BigDecimal.valueOf(m.milestonesDue())),
              Cell.num(BigDecimal.valueOf(m.milestonesOverdue()))));
    }
    blocks.add(
        new Block.Table(
            l.t("caption.progress"),
            List.of(
                Column.centered(l.t("col.no")),
                Column.text(l.t("col.measure")),
                Column.text(l.t("col.status")),
                Column.number(l.t("col.percent")),
                Column.number(l.t("col.done")),
                Column.number(l.t("col.due")),
                Column.number(l.t("col.overdue"))),
            rows));
    if (totals.editorialMilestonesLeftOut() > 0) {
      blocks.add(
          new Block.Paragraph(l.f("editorial.leftOut", totals.editorialMilestonesLeftOut())));
    }
    if (!d.measures().isEmpty()) {
      blocks.add(
          new Block.BarChart(
              l.t("chart.progress"),
              d.measures().stream()
                  .map(m -> m.ordinal() + ". " + l.pick(m.titleTh(), m.titleEn()))
                  .toList(),
              List.of(
                  new Block.BarChart.Series(
                      l.t("col.percent"),
                      d.measures().stream()
                          .map(m -> BigDecimal.valueOf(m.percentComplete()))
                          .toList())),
              null,
              ResultBlocks.HUNDRED));
    }

    blocks.add(new Block.Heading(1, l.t("progress.part2")));
    for (MeasureProgress m : d.measures()) {
      blocks.add(
          new Block.Heading(
              2, l.f("progress.measure", m.ordinal(), l.pick(m.titleTh(), m.titleEn()))));
      blocks.add(
          new Block.KeyValues(
              List.of(
                  new Block.KeyValues.Entry(l.t("col.status"), l.status(m.status())),
                  new Block.KeyValues.Entry(
                      l.t("col.period"), l.thai() ? nz(m.periodTh()) : nz(m.periodEn())),
                  new Block.KeyValues.Entry(
                      l.t("col.responsible"), String.join(", ", m.responsibleUnits())),
                  new Block.KeyValues.Entry(l.t("col.percent"), m.percentComplete() + "%"),
                  new Block.KeyValues.Entry(
                      l.t("col.reporting"), MeasuresDocumentBuilder.reporting(m.reporting(), l)))));
      if (!m.milestones().isEmpty()) {
        blocks.add(
            new Block.Table(
                l.f("caption.milestones", m.ordinal()),
                List.of(
                    Column.centered(l.t("col.quarter")),
                    Column.text(l.t("col.activity")),
                    Column.text(l.t("col.dueDate")),
                    Column.text(l.t("col.completedOn")),
                    Column.text(l.t("col.stateAsOf"))),
                m.milestones().stream()
                    .map(
                        ms ->
                            List.<Cell>of(
                                Cell.text(l.quarter(ms.quarter())),
                                Cell.text(nz(ms.activity())),
                                Cell.text(l.date(ms.dueDate())),
                                Cell.text(
                                    ms.completedOn() == null || ms.completedOn().isAfter(d.asOf())
                                        ? "–"
                                        : l.date(ms.completedOn())),
                                Cell.text(
                                    l.status(
                                        ms.stateAsOf() == null
                                            ? null
                                            : "STATE_" + ms.stateAsOf().name()))))
                    .toList()));
      }
      if (!m.history().isEmpty()) {
        blocks.add(
            new Block.Table(
                l.f("caption.history", m.ordinal()),
                List.of(
                    Column.text(l.t("col.date")),
                    Column.text(l.t("col.what")),
                    Column.text(l.t("col.from")),
                    Column.text(l.t("col.to")),
                    Column.text(l.t("col.note"))),
                m.history().stream()
                    .map(
                        c ->
                            List.<Cell>of(
                                Cell.text(l.date(c.changedAt())),
                                Cell.text(
                                    c.milestoneId() == null
                                        ? l.t("change.measure")
                                        : l.t("change.milestone")),
                                Cell.text(c.from() == null ? "–" : l.status(c.from())),
                                Cell.text(l.status(c.to())),
                                Cell.text(l.statusNote(c.note()))))
                    .toList()));
      }
      // The read model already keeps only evidence of activities on or before asOf.
      if (!m.evidence().isEmpty()) {
        blocks.add(
            new Block.Table(
                l.f("caption.evidence", m.ordinal()),
                List.of(
                    Column.text(l.t("col.date")),
                    Column.text(l.t("col.evidence")),
                    Column.text(l.t("col.detail"))),
                m.evidence().stream()
                    .map(
                        e ->
                            List.<Cell>of(
                                Cell.text(when(e, l)),
                                Cell.text(nz(e.titleTh())),
                                Cell.text(detail(e, l, photos))))
                    .toList()));
        for (MeasureData.Evidence e : m.evidence()) {
          List<Block.Figures.Figure> figures = figures(e, photos);
          if (!figures.isEmpty()) {
            blocks.add(
                new Block.Figures(
                    l.f(
                        "caption.photos",
                        nz(e.titleTh()) + " (" + when(e, l).replace('\n', ' ') + ")"),
                    figures));
          }
        }
      }
    }
    // The head of the agency who approved the measures signs the report on them; the report
    // itself is not the plan's announcement, so it carries no "ประกาศ ณ วันที่".
    ProgressReportData.PlanSummary plan = d.plan();
    if (plan != null) {
      // Signed as of the day it reports on (it was the day the plan was approved), but never
      // before that day.
      PlanData.Approval approval = plan.approval();
      LocalDate approvedOn = approval == null ? null : approval.approvedOn();
      LocalDate signedOn =
          approvedOn != null && approvedOn.isAfter(d.asOf()) ? approvedOn : d.asOf();
      blocks.addAll(MeasuresDocumentBuilder.signOff(null, approval, signedOn, l));
    }
    // The 6-month and annual reports are the ones an agency publishes (OIT o35); a report as of
    // another day is for the agency's own use.
    blocks.addAll(DisclosureLines.of(d.disclosures(), disclosed(period), l));
    String title = l.f("progress.title", l.fiscalYear(d.fiscalYear()));
    return new ReportDocument(title, agency + " — " + round, l.lang(), blocks);
  }

  /**
   * What the agency publishes of this report (OIT o35): the 6-month and annual reports; a report as
   * of another day is for its own use (null).
   */
  private static DisclosureKind disclosed(Period period) {
    return switch (period) {
      case HALF -> DisclosureKind.PROGRESS_HALF;
      case ANNUAL -> DisclosureKind.PROGRESS_ANNUAL;
      case AS_OF -> null;
    };
  }

  /**
   * Whom the 6-month and annual reports go to: the head of the agency who approved the measures (by
   * position, "อธิบดีกรมอาเซียน"), else the one the measures report to most often ("ผู้อำนวยการ"),
   * else the head of the agency in general words.
   */
  static String addressee(ProgressReportData d, Labels l) {
    PlanData.Approval a = d.plan() == null ? null : d.plan().approval();
    if (a != null && a.approverPositionTh() != null && l.thai()) {
      return a.approverPositionTh();
    }
    return d.measures().stream()
        .map(MeasureProgress::reporting)
        .filter(r -> r != null && r.to() != null && !r.to().isBlank())
        .collect(
            Collectors.groupingBy(r -> r.to().strip(), LinkedHashMap::new, Collectors.counting()))
        .entrySet()
        .stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(l.t("addressee.head"));
  }

  /** Who approved the measures reported on, and when they were announced, where known. */
  private static List<Block.KeyValues.Entry> planFacts(
      ProgressReportData.PlanSummary plan, Labels l) {
    List<Block.KeyValues.Entry> facts = new ArrayList<>();
    if (plan == null) {
      return facts;
    }
    PlanData.Approval a = plan.approval();
    if (a != null) {
      facts.add(
          new Block.KeyValues.Entry(
              l.t("fact.planApprovedBy"),
              a.approverNameTh()
                  + (a.approverPositionTh() == null ? "" : " " + a.approverPositionTh())
                  + (a.approvedOn() == null ? "" : " (" + l.formalDate(a.approvedOn()) + ")")));
    }
    if (plan.publishedOn() != null && "PUBLISHED".equals(plan.status())) {
      facts.add(
          new Block.KeyValues.Entry(l.t("fact.planAnnouncedOn"), l.formalDate(plan.publishedOn())));
    }
    return facts;
  }

  /** "20 พฤศจิกายน 2568\n09.30–11.00 น." / "20 November 2025\n09:30–11:00". */
  static String when(MeasureData.Evidence e, Labels l) {
    String day = e.occurredOn() != null ? l.date(e.occurredOn()) : nz(e.occurredOnTh());
    if (e.startTime() == null) {
      return day;
    }
    return day + "\n" + l.timeRange(e.startTime(), e.endTime());
  }

  /** The entry's photos whose thumbnails the read model holds, captioned with their names. */
  static List<Block.Figures.Figure> figures(MeasureData.Evidence e, EvidencePhotos photos) {
    List<Block.Figures.Figure> figures = new ArrayList<>();
    for (MeasureData.EvidenceFile f : e.files()) {
      photos
          .of(f)
          .ifPresent(
              p ->
                  figures.add(
                      new Block.Figures.Figure(nz(f.fileName()), p.mediaType(), p.bytes())));
    }
    return figures;
  }

  /**
   * Description, place, attendees, links, attachments and files by name, but for the photos shown
   * as pictures under the table.
   */
  static String detail(MeasureData.Evidence e, Labels l) {
    return detail(e, l, EvidencePhotos.NONE);
  }

  static String detail(MeasureData.Evidence e, Labels l, EvidencePhotos photos) {
    List<String> lines = new ArrayList<>();
    if (e.description() != null && !e.description().isBlank()) {
      lines.add(e.description());
    }
    if (e.place() != null && !e.place().isBlank()) {
      lines.add(l.t("evidence.place") + " " + e.place());
    }
    if (!e.attendees().isEmpty()) {
      lines.add(l.t("evidence.attendees") + " " + String.join(", ", e.attendees()));
    }
    e.links().forEach(k -> lines.add((k.title() == null ? "" : k.title() + " ") + nz(k.url())));
    e.attachments().forEach(a -> lines.add(l.t("evidence.attachment") + " " + nz(a.fileName())));
    e.files().stream()
        .filter(f -> photos.of(f).isEmpty())
        .forEach(f -> lines.add(l.t("evidence.attachment") + " " + nz(f.fileName())));
    return String.join("\n", lines);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
