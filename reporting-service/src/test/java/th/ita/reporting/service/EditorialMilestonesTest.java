package th.ita.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.MeasuresDocumentBuilder;
import th.ita.reporting.document.MeasuresLayout;
import th.ita.reporting.document.ProgressReportBuilder;
import th.ita.reporting.domain.MeasureChange;
import th.ita.reporting.event.Snapshot;
import th.ita.reporting.mapping.SnapshotJson;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;

/**
 * Milestones the platform's editors wrote for a demo plan (where the agency's document gives none)
 * are never printed or counted as the agency's: not in the measures document's quarter timeline (■)
 * or periods, in either layout, nor in the progress report's lists, counts and percentages; a
 * one-line note under the tables says how many were left out.
 *
 * <p>The fixture plan, as measures-service would send it for a demo: measure 1's two milestones and
 * measure 4's Q3 and Q4 ones are editorial (measure 1's own quarter is Q1 and its officers report
 * 40 %); measure 1's editorial Q1 is done, as is measure 2's own Q1.
 */
class EditorialMilestonesTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new JavaTimeModule());
  private static final SnapshotJson JSON = new SnapshotJson(MAPPER);
  private static final AgencyInfo ASEAN =
      new AgencyInfo(
          "MFA-ASEAN",
          "กรมอาเซียน",
          "Department of ASEAN Affairs",
          null,
          null,
          null,
          null,
          null,
          null,
          null);
  private static final ReportRenderers RENDERERS = new ReportRenderers();
  private static final Labels TH = Labels.of("th");
  private static final Labels EN = Labels.of("en");
  private static final String EDITORS_Q1 = "ตัวอย่างของผู้จัดทำระบบ มาตรการที่ 1 ไตรมาสที่ 1";
  private static final String NOTE_TH =
      "หมายเหตุ: เอกสารนี้ไม่แสดงและไม่นับรวมกิจกรรมที่ผู้จัดทำระบบเขียนเพิ่มไว้เป็นตัวอย่าง"
          + "ในส่วนที่เอกสารของหน่วยงานไม่ได้ระบุ จำนวน 4 กิจกรรม";
  private static final String NOTE_EN =
      "Note: this document leaves out the milestones that the platform's editors wrote for the"
          + " demo where the agency's own document gives none (4).";

  @Test
  void theFieldIsReadTolerantly() throws Exception {
    ObjectNode plan = fixturePlan();
    ObjectNode absent = milestone(plan, 0, 0);
    milestone(plan, 0, 1).putNull("editorial");
    milestone(plan, 1, 0).put("editorial", false);
    milestone(plan, 1, 1).put("editorial", true);
    assertThat(absent.has("editorial")).isFalse();

    PlanData read = JSON.convert(plan, PlanData.class);

    assertThat(read.measures().get(0).milestones())
        .extracting(MeasureData.Milestone::editorial)
        .containsExactly(false, false);
    assertThat(read.measures().get(1).milestones())
        .extracting(MeasureData.Milestone::editorial)
        .containsExactly(false, true);
    assertThat(read.measures().get(1).agencyMilestones()).hasSize(1);
    assertThat(read.measures().get(1).editorialMilestoneCount()).isEqualTo(1);
    // The data record keeps the milestone, marked as the editors' own.
    JsonNode written = MAPPER.valueToTree(read.measures().get(1));
    assertThat(written.at("/milestones/0/editorial").booleanValue()).isFalse();
    assertThat(written.at("/milestones/1/editorial").booleanValue()).isTrue();
  }

  @Test
  void theIssueLayoutsPeriodsCountOnlyTheAgencysQuarters() throws Exception {
    ReportDocument doc = measures(MeasuresLayout.ISSUES, TH);

    Block.Table practice = table(doc, "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ");
    int period = columnOf(practice, "ระยะเวลา");
    // Measure 1 reads like one without milestones: its own quarter; measure 4 its own Q1-Q2.
    assertThat(practice.rows().get(0).get(period).display())
        .isEqualTo("ต.ค. 2567 – มี.ค. 2568\n(ไตรมาสที่ 1)");
    assertThat(practice.rows().get(3).get(period).display())
        .isEqualTo("ต.ค. 2567 – ก.ย. 2568\n(ไตรมาสที่ 1–2)");
    assertThat(practice.rows().get(4).get(period).display())
        .isEqualTo("ต.ค. 2567 – ก.ย. 2568\n(ไตรมาสที่ 1–4)");
    assertThat(noteAfter(doc, practice)).isEqualTo(new Block.Paragraph(NOTE_TH));

    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf).contains(squash(NOTE_TH)).doesNotContain(squash(EDITORS_Q1));
  }

  @Test
  void theTierLayoutsTimelineMarksOnlyTheAgencysQuarters() throws Exception {
    ReportDocument doc = measures(MeasuresLayout.TIERS, TH);

    assertThat(timeline(doc, 1)).containsExactly("■", "", "", "");
    assertThat(timeline(doc, 4)).containsExactly("■", "■", "", "");
    assertThat(timeline(doc, 5)).containsExactly("■", "■", "■", "■");
    assertThat(doc.blocks()).containsOnlyOnce(new Block.Paragraph(NOTE_TH));

    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf).contains(squash(NOTE_TH)).doesNotContain(squash(EDITORS_Q1));
    assertThat(measures(MeasuresLayout.TIERS, EN).blocks())
        .containsOnlyOnce(new Block.Paragraph(NOTE_EN));
  }

  @Test
  void aPlanWithoutEditorialMilestonesHasNoNote() throws Exception {
    PlanData plan = JSON.convert(fixturePlan(), PlanData.class);
    MeasuresDocumentData d = new MeasuresDocumentData(ASEAN, 2568, 2567, true, null, plan);
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(d, TH);
    assertThat(timeline(doc, 1)).containsExactly("■", "■", "", "");
    assertThat(doc.blocks())
        .noneMatch(
            b -> b instanceof Block.Paragraph p && p.text().startsWith("หมายเหตุ: เอกสารนี้"));
    ProgressReportData progress =
        Progress.report(ASEAN, 2568, LocalDate.of(2025, 4, 1), true, plan, Map.of());
    assertThat(progress.totals().milestones()).isEqualTo(22);
    assertThat(progress.totals().editorialMilestonesLeftOut()).isZero();
  }

  @Test
  void theProgressReportCountsOnlyTheAgencysMilestones() throws Exception {
    PlanData plan = demoPlan();
    UUID measure1 = plan.measures().get(0).id();
    UUID editorsQ1 = plan.measures().get(0).milestones().get(0).id();
    Map<UUID, List<MeasureChange>> history =
        Map.of(
            measure1,
            List.of(
                change(measure1, null, "PLANNED", "IN_PROGRESS", "2024-11-01T09:00:00+07:00"),
                change(measure1, editorsQ1, "PLANNED", "DONE", "2024-12-20T10:00:00+07:00")));

    ProgressReportData report =
        Progress.report(ASEAN, 2568, LocalDate.of(2025, 4, 1), true, plan, history);

    ProgressReportData.Totals totals = report.totals();
    assertThat(
            List.of(
                totals.milestones(),
                totals.milestonesDone(),
                totals.milestonesDue(),
                totals.milestonesOverdue(),
                totals.percentComplete(),
                totals.editorialMilestonesLeftOut()))
        .containsExactly(18, 1, 6, 11, 6, 4); // 1 of 18 done, half-up
    ProgressReportData.MeasureProgress first = report.measures().get(0);
    assertThat(first.milestones()).isEmpty();
    assertThat(List.of(first.milestonesDone(), first.milestonesDue(), first.milestonesOverdue()))
        .containsExactly(0, 0, 0);
    assertThat(first.percentComplete()).isEqualTo(40); // the officers' own figure
    assertThat(first.history())
        .extracting(ProgressReportData.StatusChange::to)
        .containsExactly("IN_PROGRESS");
    ProgressReportData.MeasureProgress fourth = report.measures().get(3);
    assertThat(fourth.milestones())
        .extracting(ProgressReportData.MilestoneProgress::quarter)
        .containsExactly("Q1", "Q2");
    assertThat(fourth.percentComplete()).isZero();
    assertThat(report.measures().get(1).percentComplete()).isEqualTo(50);

    ReportDocument doc =
        new ProgressReportBuilder().build(report, ProgressReportBuilder.Period.AS_OF, TH);
    assertThat(fact(doc, "กิจกรรมตามแผน"))
        .isEqualTo("ทั้งหมด 18 กิจกรรม ดำเนินการแล้ว 1 ยังไม่ถึงกำหนด 6 เลยกำหนด 11");
    assertThat(fact(doc, "ความคืบหน้าโดยรวม")).isEqualTo("6%");
    Block.Table progress = table(doc, "ผลการดำเนินการรายมาตรการ");
    assertThat(progress.rows().get(0).subList(3, 7).stream().map(Cell::display).toList())
        .containsExactly("40", "0", "0", "0");
    assertThat(progress.rows().get(3).subList(3, 7).stream().map(Cell::display).toList())
        .containsExactly("0", "0", "0", "2");
    assertThat(noteAfter(doc, progress)).isEqualTo(new Block.Paragraph(NOTE_TH));
    assertThat(doc.tables()).noneMatch(t -> "กิจกรรมของมาตรการที่ 1".equals(t.caption()));
    assertThat(table(doc, "กิจกรรมของมาตรการที่ 4").rows()).hasSize(2);
    assertThat(table(doc, "การเปลี่ยนสถานะของมาตรการที่ 1").rows()).hasSize(1);

    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf)
        .contains(
            squash("ทั้งหมด 18 กิจกรรม ดำเนินการแล้ว 1 ยังไม่ถึงกำหนด 6 เลยกำหนด 11"),
            squash(NOTE_TH))
        .doesNotContain(squash(EDITORS_Q1), squash("กิจกรรมของมาตรการที่ 1"));
    assertThat(
            new ProgressReportBuilder()
                .build(report, ProgressReportBuilder.Period.AS_OF, EN)
                .blocks())
        .contains(new Block.Paragraph(NOTE_EN));
  }

  @Test
  void anOverdueEditorialMilestoneDoesNotMakeTheAgencysMeasureOverdue() throws Exception {
    ObjectNode plan = fixturePlan();
    milestone(plan, 3, 2).put("editorial", true).put("status", "OVERDUE");
    MeasureData fourth = JSON.convert(plan, PlanData.class).measures().get(3);
    assertThat(new Snapshot.Measure(fourth, "MFA-ASEAN", 2568, "{}").overdue()).isFalse();

    milestone(plan, 3, 0).put("status", "OVERDUE");
    MeasureData late = JSON.convert(plan, PlanData.class).measures().get(3);
    assertThat(new Snapshot.Measure(late, "MFA-ASEAN", 2568, "{}").overdue()).isTrue();
  }

  // --- Helpers ---

  private static ReportDocument measures(MeasuresLayout layout, Labels l) throws Exception {
    MeasuresDocumentData d = new MeasuresDocumentData(ASEAN, 2568, 2567, true, null, demoPlan());
    return MeasuresDocumentBuilder.of(layout).build(d, l);
  }

  private static PlanData demoPlan() throws Exception {
    ObjectNode plan = fixturePlan();
    ObjectNode first = (ObjectNode) plan.get("measures").get(0);
    first.putArray("quarters").add("Q1");
    first.put("percentComplete", 40);
    milestone(plan, 0, 0)
        .put("editorial", true)
        .put("activity", EDITORS_Q1)
        .put("status", "DONE")
        .put("completedOn", "2024-12-20");
    milestone(plan, 0, 1).put("editorial", true);
    milestone(plan, 1, 0).put("status", "DONE").put("completedOn", "2024-12-20");
    milestone(plan, 3, 2).put("editorial", true);
    milestone(plan, 3, 3).put("editorial", true);
    return JSON.convert(plan, PlanData.class);
  }

  private static ObjectNode milestone(ObjectNode plan, int measure, int milestone) {
    return (ObjectNode) plan.get("measures").get(measure).get("milestones").get(milestone);
  }

  private static ObjectNode fixturePlan() throws Exception {
    try (InputStream in =
        EditorialMilestonesTest.class
            .getClassLoader()
            .getResourceAsStream("fixtures/plan-published-MFA-ASEAN-2568.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  private static MeasureChange change(
      UUID measure, UUID milestone, String from, String to, String at) {
    MeasureChange c = new MeasureChange();
    c.eventId = UUID.randomUUID().toString();
    c.measureId = measure;
    c.milestoneId = milestone;
    c.fromStatus = from;
    c.toStatus = to;
    c.changedBy = "officer-mfa-asean";
    c.changedAt = OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC);
    return c;
  }

  /** The ■ cells of a measure's row in the tier layout's quarter timeline, Q1 to Q4. */
  private static List<String> timeline(ReportDocument doc, int ordinal) {
    for (Block.Table t : doc.tables()) {
      List<String> headers = t.columns().stream().map(Column::header).toList();
      int q1 = headers.indexOf("ไตรมาสที่ 1");
      if (q1 < 0) {
        continue;
      }
      for (List<Cell> row : t.rows()) {
        if (row.get(0).display().startsWith(ordinal + ". ")) {
          return row.subList(q1, q1 + 4).stream().map(Cell::display).toList();
        }
      }
    }
    throw new AssertionError("no timeline row for measure " + ordinal);
  }

  private static Block noteAfter(ReportDocument doc, Block.Table table) {
    return doc.blocks().get(doc.blocks().indexOf(table) + 1);
  }

  private static int columnOf(Block.Table t, String header) {
    return t.columns().stream().map(Column::header).toList().indexOf(header);
  }

  private static Block.Table table(ReportDocument doc, String caption) {
    return doc.tables().stream()
        .filter(t -> caption.equals(t.caption()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + caption));
  }

  private static String fact(ReportDocument doc, String label) {
    return doc.blocks().stream()
        .filter(Block.KeyValues.class::isInstance)
        .flatMap(b -> ((Block.KeyValues) b).entries().stream())
        .filter(e -> e.label().equals(label))
        .map(Block.KeyValues.Entry::value)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact " + label));
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return squash(new PDFTextStripper().getText(doc));
    }
  }
}
