package th.ita.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.reporting.document.AnalysisReportBuilder;
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.MeasuresDocumentBuilder;
import th.ita.reporting.document.MeasuresLayout;
import th.ita.reporting.document.ProgressReportBuilder;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;

/**
 * The Thai conventions of the documents, as the seeds write them, checked on what an officer reads:
 * the rendered PDF, DOCX and XLSX. Times "09.30–11.00 น.", reporting "ทุกปี" and "รายเดือน",
 * quarters "ไตรมาสที่ 1", titles "ประจำปี พ.ศ." where the seed for that document writes it, and
 * Buddhist-era years only. English keeps its own wording.
 */
class ThaiConventionsTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final AgencyInfo ASEAN =
      new AgencyInfo(
          "MFA-ASEAN",
          "กรมอาเซียน",
          "Department of ASEAN Affairs",
          null,
          "DEPARTMENT",
          "ส่วนราชการระดับกรม",
          null,
          "MFA",
          "กระทรวงการต่างประเทศ",
          "Ministry of Foreign Affairs");
  private static final ReportRenderers RENDERERS = new ReportRenderers();
  private static final Labels TH = Labels.of("th");
  private static final Labels EN = Labels.of("en");

  private static ResultData result;
  private static PlanData plan;

  /**
   * Seed 001's result and plan; the first five measures report at the cadences an officer writes
   * (yearly, every 6 months, monthly, quarterly, every 4 months), and measure 1 has seed 003's
   * meeting (20 Nov 2024, 09:30–11:00) and a talk with a start time only (13:00).
   */
  @BeforeAll
  static void fixtures() throws Exception {
    result =
        JSON.treeToValue(read("fixtures/result-published-MFA-ASEAN-2567.json"), ResultData.class);
    ObjectNode p = (ObjectNode) read("fixtures/plan-published-MFA-ASEAN-2568.json");
    int[] every = {12, 6, 1, 3, 4};
    for (int i = 0; i < every.length; i++) {
      ((ObjectNode) p.get("measures").get(i))
          .putObject("reporting")
          .put("to", "ผู้อำนวยการ")
          .put("everyMonths", every[i]);
    }
    ObjectNode first = (ObjectNode) p.get("measures").get(0);
    ArrayNode evidence = first.putArray("evidence");
    evidence
        .addObject()
        .put("occurredOn", "2024-11-20")
        .put("startTime", "09:30:00")
        .put("endTime", "11:00:00")
        .put("titleTh", "ประชุมชี้แจงผลการประเมินและมาตรการแก้ไข")
        .put("place", "ห้องประชุมกรมอาเซียน ชั้น 4")
        .put("recordedAt", "2024-11-20T09:00:00Z");
    evidence
        .addObject()
        .put("occurredOn", "2024-12-03")
        .put("startTime", "13:00:00")
        .put("titleTh", "บรรยายเรื่องการป้องกันผลประโยชน์ทับซ้อน")
        .put("recordedAt", "2024-12-03T09:00:00Z");
    plan = JSON.treeToValue(p, PlanData.class);
  }

  private static JsonNode read(String resource) throws Exception {
    try (InputStream in =
        ThaiConventionsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    }
  }

  private static MeasuresDocumentData measures() {
    return new MeasuresDocumentData(ASEAN, 2568, 2567, true, result, plan);
  }

  /** The same plan without a title of its own, so the documents title it themselves. */
  private static MeasuresDocumentData untitled() {
    PlanData p = plan;
    return new MeasuresDocumentData(
        ASEAN,
        2568,
        2567,
        true,
        result,
        new PlanData(
            p.id(),
            p.fiscalYear(),
            p.assessmentYear(),
            p.status(),
            null,
            null,
            p.limitations(),
            p.monitoring(),
            p.measures(),
            p.version(),
            p.approvedAt(),
            p.publishedAt(),
            p.publishedOn(),
            p.approval()));
  }

  private static ProgressReportData progress() {
    return Progress.report(ASEAN, 2568, LocalDate.of(2025, 3, 31), true, plan, Map.of());
  }

  private static AnalysisReportData analysis() {
    return new AnalysisReportData(ASEAN, 2567, result, null, new BigDecimal("90.19"), List.of());
  }

  // --- Titles ---

  @Test
  void theMeasuresDocumentIsTitledAsSeeds001And004TitleIt() throws Exception {
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(untitled(), TH);
    String title = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568";
    assertThat(doc.title()).isEqualTo(title);
    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "thai-measures-issues.pdf"), pdf);
    assertThat(pdfText(pdf)).containsPattern(firstPage(title));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX))).startsWith(title + "\n");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX))).startsWith(title);
    // The fiscal year still names the year in the body, as seed 004 writes it.
    assertThat(pdfText(pdf)).contains(squash("ปีที่ดำเนินการตามมาตรการ ปีงบประมาณ พ.ศ. 2568"));
  }

  @Test
  void theTiersLayoutKeepsSeed002sTitle() throws Exception {
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(untitled(), TH);
    assertThat(doc.title())
        .isEqualTo("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568");
  }

  @Test
  void theAnalysisIsTitledAsSeed002HeadsItsAnalysis() throws Exception {
    ReportDocument doc = new AnalysisReportBuilder().build(analysis(), TH);
    String title = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี พ.ศ. 2567";
    assertThat(doc.title()).isEqualTo(title);
    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    Files.write(Path.of("target", "thai-analysis.pdf"), pdf);
    assertThat(pdfText(pdf)).containsPattern(firstPage(title));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX))).startsWith(title + "\n");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX))).startsWith(title);
  }

  @Test
  void theProgressReportKeepsTheFiscalYearAsSeed003WritesIt() {
    ReportDocument doc =
        new ProgressReportBuilder().build(progress(), ProgressReportBuilder.Period.HALF, TH);
    assertThat(doc.title())
        .isEqualTo(
            "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                + " ประจำปีงบประมาณ พ.ศ. 2568");
  }

  @Test
  void englishTitlesKeepTheirWording() {
    assertThat(MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(untitled(), EN).title())
        .isEqualTo("Measures to promote integrity and transparency, FY2025");
    assertThat(MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(untitled(), EN).title())
        .isEqualTo("Measures to promote integrity and transparency, FY2025");
    assertThat(new AnalysisReportBuilder().build(analysis(), EN).title())
        .isEqualTo("Analysis of the Integrity and Transparency Assessment (ITA) results, FY2024");
    assertThat(
            new ProgressReportBuilder()
                .build(progress(), ProgressReportBuilder.Period.HALF, EN)
                .title())
        .isEqualTo(
            "Report on carrying out the measures to promote integrity and transparency, FY2025");
  }

  // --- Quarters ---

  @Test
  void theTimelineIsHeadedByThaiQuarters() throws Exception {
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(measures(), TH);
    Block.Table urgent = timeline(doc);
    assertThat(urgent.columns().stream().map(Column::header).toList())
        .containsExactly(
            "มาตรการ",
            "ขั้นตอนหรือวิธีปฏิบัติ",
            "ไตรมาสที่ 1",
            "ไตรมาสที่ 2",
            "ไตรมาสที่ 3",
            "ไตรมาสที่ 4",
            "ผู้รับผิดชอบ",
            "แนวทางการกำกับติดตาม",
            "การรายงานผล");
    String legend =
        "ระยะเวลาดำเนินการ: ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2567), ไตรมาสที่ 2 (ม.ค. – มี.ค. 2568),"
            + " ไตรมาสที่ 3 (เม.ย. – มิ.ย. 2568), ไตรมาสที่ 4 (ก.ค. – ก.ย. 2568)"
            + " ■ ไตรมาสที่มีกิจกรรมตามแผน";
    assertThat(doc.blocks()).contains(new Block.Paragraph(legend));

    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "thai-measures-tiers.pdf"), pdf);
    String text = pdfText(pdf);
    assertThat(text).contains(squash(legend), squash("ไตรมาสที่ 1"), squash("ไตรมาสที่ 4"));
    assertThat(text).doesNotContain("Q1", "Q2", "Q3", "Q4");
    String docx = docxText(RENDERERS.render(doc, Format.DOCX));
    assertThat(docx).contains(legend, "ไตรมาสที่ 1\tไตรมาสที่ 2\tไตรมาสที่ 3\tไตรมาสที่ 4");
    assertThat(docx).doesNotContain("Q1", "Q4");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("ไตรมาสที่ 1", "ไตรมาสที่ 2", "ไตรมาสที่ 3", "ไตรมาสที่ 4")
        .doesNotContain("Q1", "Q2", "Q3", "Q4");
  }

  @Test
  void periodsAndMilestonesNameThaiQuarters() throws Exception {
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(measures(), TH);
    Block.Table table =
        doc.tables().stream()
            .filter(t -> "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ".equals(t.caption()))
            .findFirst()
            .orElseThrow();
    assertThat(table.rows().get(0).get(3).display())
        .isEqualTo("ต.ค. 2567 – มี.ค. 2568\n(ไตรมาสที่ 1–2)");
    assertThat(table.rows().get(3).get(3).display())
        .isEqualTo("ต.ค. 2567 – ก.ย. 2568\n(ไตรมาสที่ 1–4)");
    assertThat(pdfText(RENDERERS.render(doc, Format.PDF)))
        .contains(squash("(ไตรมาสที่ 1–2)"), squash("(ไตรมาสที่ 1–4)"));

    ReportDocument report =
        new ProgressReportBuilder().build(progress(), ProgressReportBuilder.Period.HALF, TH);
    Block.Table milestones = table(report, "กิจกรรมของมาตรการที่ 4");
    assertThat(milestones.rows().stream().map(r -> r.get(0).display()).toList())
        .containsExactly("ไตรมาสที่ 1", "ไตรมาสที่ 2", "ไตรมาสที่ 3", "ไตรมาสที่ 4");
  }

  @Test
  void englishKeepsQ1ToQ4() {
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(measures(), EN);
    assertThat(timeline(doc).columns().stream().map(Column::header).toList())
        .containsSubsequence("Q1", "Q2", "Q3", "Q4");
    assertThat(doc.blocks())
        .contains(
            new Block.Paragraph(
                "Timeline: Q1 = Q1 (Oct – Dec 2024), Q2 = Q2 (Jan – Mar 2025),"
                    + " Q3 = Q3 (Apr – Jun 2025), Q4 = Q4 (Jul – Sep 2025)"
                    + " ■ a quarter with planned milestones"));
    ReportDocument issues = MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(measures(), EN);
    assertThat(issues.tables().get(issues.tables().size() - 1).rows().get(0).get(3).display())
        .isEqualTo("Oct 2024 – Mar 2025\n(Q1–2)");
  }

  // --- Reporting cadence ---

  @Test
  void reportingReadsAsAThaiOfficerWritesIt() throws Exception {
    List<String> expected =
        List.of(
            "รายงานผลต่อผู้อำนวยการ ทุกปี",
            "รายงานผลต่อผู้อำนวยการ ทุก 6 เดือน",
            "รายงานผลต่อผู้อำนวยการ รายเดือน",
            "รายงานผลต่อผู้อำนวยการ ทุกไตรมาส",
            "รายงานผลต่อผู้อำนวยการ ทุก 4 เดือน",
            "–",
            "–");
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(measures(), TH);
    assertThat(reportingByMeasure(doc)).isEqualTo(expected);
    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    assertThat(pdfText(pdf))
        .contains(squash("รายงานผลต่อผู้อำนวยการ ทุกปี"), squash("ผู้อำนวยการ รายเดือน"))
        .doesNotContain(squash("ทุก 12 เดือน"), squash("ทุก 1 เดือน"), squash("ทุก 3 เดือน"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .contains("รายงานผลต่อผู้อำนวยการ ทุกปี", "รายงานผลต่อผู้อำนวยการ ทุกไตรมาส")
        .doesNotContain("ทุก 12 เดือน");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("รายงานผลต่อผู้อำนวยการ ทุกปี", "รายงานผลต่อผู้อำนวยการ รายเดือน");

    ReportDocument report =
        new ProgressReportBuilder().build(progress(), ProgressReportBuilder.Period.HALF, TH);
    assertThat(report.blocks())
        .filteredOn(Block.KeyValues.class::isInstance)
        .flatMap(b -> ((Block.KeyValues) b).entries())
        .filteredOn(e -> e.label().equals("การรายงานผล"))
        .extracting(Block.KeyValues.Entry::value)
        .isEqualTo(expected);
    assertThat(pdfText(RENDERERS.render(report, Format.PDF)))
        .contains(squash("การรายงานผล รายงานผลต่อผู้อำนวยการ ทุกปี"));
  }

  @Test
  void englishReportingKeepsItsMonthsButSaysEveryMonthForOne() {
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(measures(), EN);
    assertThat(reportingByMeasure(doc))
        .isEqualTo(
            List.of(
                "to ผู้อำนวยการ every 12 months",
                "to ผู้อำนวยการ every 6 months",
                "to ผู้อำนวยการ every month",
                "to ผู้อำนวยการ every 3 months",
                "to ผู้อำนวยการ every 4 months",
                "–",
                "–"));
  }

  // --- Times ---

  @Test
  void evidenceTimesAreWrittenTheThaiWay() throws Exception {
    ReportDocument doc =
        new ProgressReportBuilder().build(progress(), ProgressReportBuilder.Period.HALF, TH);
    Block.Table evidence = table(doc, "หลักฐานการดำเนินการของมาตรการที่ 1");
    assertThat(evidence.rows().stream().map(r -> r.get(0).display()).toList())
        .containsExactly("20 พฤศจิกายน 2567\n09.30–11.00 น.", "3 ธันวาคม 2567\n13.00 น.");

    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "thai-progress-half.pdf"), pdf);
    assertThat(pdfText(pdf))
        .contains(squash("20 พฤศจิกายน 2567 09.30–11.00 น."), squash("3 ธันวาคม 2567 13.00 น."))
        .doesNotContain("09:30", "11:00", "13:00");
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .contains("09.30–11.00 น.", "13.00 น.")
        .doesNotContain("09:30");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("20 พฤศจิกายน 2567\n09.30–11.00 น.", "3 ธันวาคม 2567\n13.00 น.");
  }

  @Test
  void englishTimesKeepTheColon() {
    ReportDocument doc =
        new ProgressReportBuilder().build(progress(), ProgressReportBuilder.Period.HALF, EN);
    assertThat(
            table(doc, "Evidence for measure 1").rows().stream()
                .map(r -> r.get(0).display())
                .toList())
        .containsExactly("20 November 2024\n09:30–11:00", "3 December 2024\n13:00");
    assertThat(EN.timeRange(LocalTime.of(9, 30), LocalTime.of(11, 0))).isEqualTo("09:30–11:00");
    assertThat(TH.time(LocalTime.of(9, 30))).isEqualTo("09.30 น.");
    assertThat(TH.timeRange(null, LocalTime.of(11, 0))).isEmpty();
  }

  // --- Years ---

  @Test
  void thaiDocumentsCarryOnlyBuddhistEraYears() throws Exception {
    List<ReportDocument> docs =
        List.of(
            MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(measures(), TH),
            MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(measures(), TH),
            new ProgressReportBuilder().build(progress(), ProgressReportBuilder.Period.HALF, TH),
            new AnalysisReportBuilder().build(analysis(), TH));
    for (ReportDocument doc : docs) {
      String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
      String docx = docxText(RENDERERS.render(doc, Format.DOCX));
      String xlsx = String.join(" ", xlsxCells(RENDERERS.render(doc, Format.XLSX)));
      for (String text : List.of(pdf, docx, xlsx)) {
        assertThat(text)
            .as(doc.title())
            .doesNotContain("2023", "2024", "2025", "FY")
            .contains("พ.ศ.");
      }
    }
  }

  // --- Helpers ---

  private static Block.Table timeline(ReportDocument doc) {
    return doc.tables().stream().filter(t -> t.columns().size() == 9).findFirst().orElseThrow();
  }

  /** The reporting column of the tier layout's tables, by measure ordinal. */
  private static List<String> reportingByMeasure(ReportDocument doc) {
    String[] byOrdinal = new String[plan.measures().size()];
    for (Block.Table t : doc.tables()) {
      if (t.columns().size() != 9) {
        continue;
      }
      for (var row : t.rows()) {
        int ordinal = Integer.parseInt(row.get(0).display().split("\\.")[0]);
        byOrdinal[ordinal - 1] = row.get(8).display();
      }
    }
    return List.of(byOrdinal);
  }

  private static Block.Table table(ReportDocument doc, String caption) {
    return doc.tables().stream().filter(t -> caption.equals(t.caption())).findFirst().orElseThrow();
  }

  /** The first page as the PDF's text starts: the page number "1/5", the title, the agency. */
  private static String firstPage(String title) {
    return "^1/\\d+" + Pattern.quote(squash(title)) + "กรมอาเซียน";
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return squash(new PDFTextStripper().getText(doc));
    }
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  /** Every cell's text, sheet by sheet, row by row. */
  private static List<String> xlsxCells(byte[] xlsx) throws Exception {
    List<String> cells = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            cells.add(cell.toString());
          }
        }
      }
    }
    return cells;
  }
}
