package th.ita.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.problem.FieldError;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Cell;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;
import th.ita.reporting.repository.DashboardRows.IndicatorAverage;
import th.ita.reporting.repository.DashboardRows.LevelCount;
import th.ita.reporting.repository.DashboardRows.RankingRow;
import th.ita.reporting.repository.DashboardRows.StatusCount;
import th.ita.reporting.service.AgencyInfo;
import th.ita.reporting.service.AnalysisReportData;
import th.ita.reporting.service.DashboardData;
import th.ita.reporting.service.MeasuresDocumentData;
import th.ita.reporting.service.PlanData;
import th.ita.reporting.service.ResultData;

/**
 * The builders on seed 001's fixtures, without the application: fast enough to iterate on the
 * layout.
 */
class DocumentBuildersTest {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  static final AgencyInfo ASEAN =
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

  static <T> T read(String resource, Class<T> type) throws Exception {
    try (InputStream in =
        DocumentBuildersTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readValue(in, type);
    }
  }

  static MeasuresDocumentData seed001() throws Exception {
    return seed001(seed001Plan());
  }

  /** Seed 001's plan as JSON, for a test to change before {@link #seed001(ObjectNode)}. */
  static ObjectNode seed001Plan() throws Exception {
    return (ObjectNode) JSON.readTree(resource("fixtures/plan-published-MFA-ASEAN-2568.json"));
  }

  /** Seed 001's result with this plan. */
  static MeasuresDocumentData seed001(ObjectNode plan) throws Exception {
    return new MeasuresDocumentData(
        ASEAN,
        2568,
        2567,
        true,
        read("fixtures/result-published-MFA-ASEAN-2567.json", ResultData.class),
        JSON.treeToValue(plan, PlanData.class));
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
    }
  }

  /**
   * Lines printed at the foot of one page and again at the head of the next: Flying Saucer painted
   * a page's first line also on the page before when its text reached above its line box. A table's
   * header row, which repeats on each page the table runs over, is printed more than twice.
   */
  static List<String> linesAcrossPageBreaks(byte[] pdf) throws Exception {
    List<String> repeated = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      List<List<String>> pages = new ArrayList<>();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(
            stripper.getText(doc).lines().map(String::strip).filter(l -> l.length() > 3).toList());
      }
      Map<String, Long> printed =
          pages.stream()
              .flatMap(List::stream)
              .collect(Collectors.groupingBy(l -> l, Collectors.counting()));
      for (int i = 0; i + 1 < pages.size(); i++) {
        List<String> foot =
            pages.get(i).subList(Math.max(0, pages.get(i).size() - 3), pages.get(i).size());
        List<String> head = pages.get(i + 1).subList(0, Math.min(3, pages.get(i + 1).size()));
        for (String line : foot) {
          if (head.contains(line) && printed.get(line) == 2) {
            repeated.add("page " + (i + 1) + ": " + line);
          }
        }
      }
    }
    return repeated;
  }

  @Test
  void theSeed001MeasuresDocument() throws Exception {
    MeasuresDocumentData data = seed001();
    ReportDocument doc =
        MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(data, Labels.of("th"));
    // The plan's own title, as seed 001's cover names the agency and its ministry.
    assertThat(doc.title())
        .isEqualTo(
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปี พ.ศ. 2568"
                + " กรมอาเซียน กระทรวงการต่างประเทศ");
    assertThat(doc.subtitle()).isNull();
    assertThat(doc.blocks())
        .filteredOn(Block.Heading.class::isInstance)
        .map(b -> ((Block.Heading) b).text())
        .contains(
            "ส่วนที่ 2 การวิเคราะห์ผลการประเมิน",
            "ประเด็นที่ 7 กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน");
    Block.Table measures =
        doc.tables().stream()
            .filter(t -> "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ".equals(t.caption()))
            .findFirst()
            .orElseThrow();
    assertThat(measures.rows()).hasSize(7);
    assertThat(measures.rows().get(0).get(3).display())
        .isEqualTo("ต.ค. 2567 – มี.ค. 2568\n(ไตรมาสที่ 1–2)");
    assertThat(measures.rows().get(0).get(2).display())
        .startsWith("1. พิจารณาเลือกภารกิจ")
        .contains("\n2. ");
    assertThat(doc.charts().get(0).target().value()).isEqualByComparingTo("85");

    byte[] pdf = new ReportRenderers().render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "measures-MFA-ASEAN-2568.pdf"), pdf);
    assertThat(text(pdf))
        .contains("69.80", "ส่วนที่4ข้อจำกัดในการประเมิน", "การจัดตั้งคณะทำงานขับเคลื่อนจริยธรรม");
    assertThat(linesAcrossPageBreaks(pdf)).isEmpty();

    ReportDocument tiers =
        MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(data, Labels.of("th"));
    byte[] tiersPdf = new ReportRenderers().render(tiers, Format.PDF);
    Files.write(Path.of("target", "measures-MFA-ASEAN-2568-tiers.pdf"), tiersPdf);
    assertThat(linesAcrossPageBreaks(tiersPdf)).isEmpty();
    Block.Table urgent =
        tiers.tables().stream()
            .filter(
                t -> t.caption().contains("ประเด็นที่เป็นข้อบกพร่อง") && t.columns().size() == 9)
            .findFirst()
            .orElseThrow();
    // Measure 4 runs through the year: all four quarters marked.
    assertThat(urgent.rows())
        .anySatisfy(r -> assertThat(r.subList(2, 6)).allMatch(c -> c.display().equals("■")));
  }

  @Test
  void measuresWithAFrameCategoryAreTabledByThePirabFrameAsSeed003Does() throws Exception {
    ObjectNode plan = seed001Plan();
    ArrayNode measures = (ArrayNode) plan.get("measures");
    frame(
        measures,
        1,
        "PARTNERSHIP",
        "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
        "กระบวนการของหน่วยงาน");
    frame(measures, 2, "REGULATE");
    frame(measures, 3, "PARTNERSHIP");
    MeasuresDocumentData data = seed001(plan);

    ReportDocument doc =
        MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(data, Labels.of("th"));

    Block.Table frame = table(doc, "มาตรการตามกรอบแนวทาง PIRAB");
    assertThat(frame.columns())
        .extracting(c -> c.header())
        .containsExactly(
            "PIRAB", "มาตรการ/แนวทาง", "เหตุผลในการกำหนดมาตรการ", "ประเด็นความรู้ที่ให้แก่ C/SH");
    List<String> titles =
        data.plan().measures().stream()
            .sorted(java.util.Comparator.comparingInt(m -> m.ordinal()))
            .map(m -> m.titleTh())
            .toList();
    assertThat(frame.rows())
        .extracting(r -> r.get(0).display(), r -> r.get(1).display(), r -> r.get(3).display())
        .containsExactly(
            tuple(
                "P : Partnership",
                "1. " + titles.get(0),
                "1. แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน\n2. กระบวนการของหน่วยงาน"),
            tuple("", "3. " + titles.get(2), "–"),
            tuple("R : Regulate", "2. " + titles.get(1), "–"));
    byte[] pdf = new ReportRenderers().render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "measures-pirab.pdf"), pdf);
    assertThat(text(pdf)).contains("มาตรการตามกรอบแนวทางPIRAB", "P:Partnership", "R:Regulate");
    // Seed 001's own measures name no frame: its document has no such table.
    assertThat(
            MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES)
                .build(seed001(), Labels.of("th"))
                .tables())
        .noneMatch(t -> "มาตรการตามกรอบแนวทาง PIRAB".equals(t.caption()));
  }

  @Test
  void thePlanWideMonitoringFollowsTheMeasuresInEitherLayout() throws Exception {
    ObjectNode plan = seed001Plan();
    String monitoring = "จะดำเนินการกำกับติดตามโดย ผู้อำนวยการ ฝ่ายบริหาร";
    plan.put("monitoring", monitoring);
    MeasuresDocumentData data = seed001(plan);

    for (MeasuresLayout layout : MeasuresLayout.values()) {
      List<Block> blocks = MeasuresDocumentBuilder.of(layout).build(data, Labels.of("th")).blocks();
      int heading =
          blocks.indexOf(new Block.Heading(2, "การกำกับติดตามแผนการดำเนินงานและการรายงานผล"));
      assertThat(heading).as(layout.name()).isPositive();
      assertThat(blocks.get(heading + 1)).isEqualTo(new Block.Paragraph(monitoring));
      assertThat(blocks.subList(heading, blocks.size()))
          .contains(new Block.Heading(1, "ส่วนที่ 4 ข้อจำกัดในการประเมิน"));
    }
  }

  @Test
  void measuresTiedToNoIssueArePrintedWithEachOfTheirQuestions() throws Exception {
    ObjectNode plan = seed001Plan();
    ObjectNode first = (ObjectNode) plan.get("measures").get(0);
    first.remove("issue");
    ((ArrayNode) first.get("targetQuestions")).addObject().put("code", "o11");
    MeasuresDocumentData data = seed001(plan);

    ReportDocument doc =
        MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(data, Labels.of("th"));

    // The measure's name and analysis on its first question's row; the second row fills the
    // measure's column empty (it had one cell fewer than the table, and the document failed).
    List<List<String>> rows =
        table(doc, "ผลการวิเคราะห์ของมาตรการที่ไม่ได้ระบุประเด็น").rows().stream()
            .map(r -> r.stream().map(Cell::display).toList())
            .toList();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).get(0))
        .isEqualTo("การจัดทำคู่มือหรือแนวทางการปฏิบัติงานสำหรับเจ้าหน้าที่");
    assertThat(rows.get(0).get(1)).startsWith("O10 ");
    assertThat(rows.get(1).get(0)).isEmpty();
    assertThat(rows.get(1).get(1)).startsWith("O11 ");
    assertThat(rows.get(1).get(3)).isEmpty();
    assertThat(new ReportRenderers().render(doc, Format.PDF)).isNotEmpty();
  }

  private static void frame(ArrayNode measures, int ordinal, String category, String... topics) {
    for (var m : measures) {
      if (m.get("ordinal").asInt() == ordinal) {
        ((ObjectNode) m).put("frameCategory", category);
        ArrayNode list = ((ObjectNode) m).putArray("knowledgeTopics");
        for (String t : topics) {
          list.add(t);
        }
      }
    }
  }

  private static Block.Table table(ReportDocument doc, String caption) {
    return doc.tables().stream().filter(t -> caption.equals(t.caption())).findFirst().orElseThrow();
  }

  private static String resource(String name) throws Exception {
    try (InputStream in = DocumentBuildersTest.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void englishUsesCommonEraYearsAndEnglishDates() throws Exception {
    Labels en = Labels.of("en");
    ReportDocument doc = MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(seed001(), en);
    // The plan's English title as the agency wrote it.
    assertThat(doc.title())
        .isEqualTo(
            "Measures to promote integrity and transparency within the agency, FY2568 -"
                + " Department of ASEAN Affairs, Ministry of Foreign Affairs");
    assertThat(doc.lang()).isEqualTo("en");
    assertThat(en.date(LocalDate.of(2025, 3, 31))).isEqualTo("31 March 2025");
    assertThat(Labels.of(null).date(LocalDate.of(2025, 3, 31))).isEqualTo("31 มีนาคม 2568");
    assertThat(Labels.of("th").fiscalYear(2568)).isEqualTo("ปีงบประมาณ พ.ศ. 2568");
    assertThat(Labels.of("th").year(2568)).isEqualTo("พ.ศ. 2568");
    assertThatThrownBy(() -> Labels.of("fr"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .containsExactly(new FieldError("lang", "must be th or en", "fr")));
  }

  @Test
  void theTierLayoutScoresAQuestionThePlanLeftUnscoredFromTheResult() throws Exception {
    ObjectNode plan = seed001Plan();
    ObjectNode first = (ObjectNode) plan.get("measures").get(0);
    ((ArrayNode) first.get("targetQuestions")).addObject().put("code", "i1");
    MeasuresDocumentData data = seed001(plan);

    ReportDocument tiers =
        MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(data, Labels.of("th"));

    // The plan's O10 as it recorded it; I1, which it left unscored, as the result gives it (was
    // "I1 –").
    assertThat(
            tiers.tables().stream()
                .flatMap(t -> t.rows().stream())
                .map(r -> r.get(0).display())
                .filter(c -> c.startsWith("1. การจัดทำคู่มือ")))
        .containsExactly(
            "1. การจัดทำคู่มือหรือแนวทางการปฏิบัติงานสำหรับเจ้าหน้าที่\n(O10 0.00, I1 94.67)");
  }

  @Test
  void everyChartLabelsItsTargetLineWithTheScoreItIsDrawnAt() throws Exception {
    ObjectNode own =
        (ObjectNode) JSON.readTree(resource("fixtures/result-published-MFA-ASEAN-2567.json"));
    own.putObject("target").put("score", new BigDecimal("95.00")).put("source", "AGENCY");
    ResultData result = JSON.treeToValue(own, ResultData.class);
    ObjectNode before = own.deepCopy().put("fiscalYear", 2566);
    ResultData previous = JSON.treeToValue(before, ResultData.class);

    ReportDocument analysis =
        new AnalysisReportBuilder()
            .build(
                new AnalysisReportData(
                    ASEAN, 2567, result, previous, new BigDecimal("90.19"), List.of()),
                Labels.of("th"));

    // The indicators' chart and the year-over-year one (which said 85 beside a line at 95).
    assertThat(analysis.charts())
        .extracting(c -> c.target().value(), c -> c.target().label())
        .containsExactly(
            tuple(new BigDecimal("95.00"), "ค่าเป้าหมาย 95 คะแนน"),
            tuple(new BigDecimal("95.00"), "ค่าเป้าหมาย 95 คะแนน"));
  }

  @Test
  void thePlatformsOwnWordsArePrintedInTheDocumentsLanguage() throws Exception {
    Labels th = Labels.of("th");
    Labels en = Labels.of("en");
    // The notes measures-service writes on a status change (they were printed in English).
    assertThat(th.statusNote("Q1 ended on 2025-12-31 and the milestone is not done"))
        .isEqualTo("สิ้นสุดไตรมาสที่ 1 เมื่อวันที่ 31 ธันวาคม 2568 แต่กิจกรรมยังไม่แล้วเสร็จ");
    assertThat(en.statusNote("Q1 ended on 2025-12-31 and the milestone is not done"))
        .isEqualTo("Q1 ended on 31 December 2025 and the milestone is not done");
    assertThat(th.statusNote("plan approved")).isEqualTo("อนุมัติแผน");
    assertThat(th.statusNote("a milestone is overdue")).isEqualTo("มีกิจกรรมเลยกำหนด");
    assertThat(th.statusNote("created")).isEqualTo("สร้างมาตรการ");
    assertThat(th.statusNote("ส่งรายงานแล้ว")).isEqualTo("ส่งรายงานแล้ว");
    assertThat(th.statusNote(null)).isEmpty();

    // The official figures the recomputation does not reproduce ("indicator 6" before).
    ResultData result = read("fixtures/result-published-MFA-ASEAN-2567.json", ResultData.class);
    assertThat(
            ResultBlocks.discrepancies(result, th).stream()
                .filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast)
                .flatMap(t -> t.rows().stream())
                .map(r -> r.get(0).display()))
        .containsExactly(
            "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน",
            "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร",
            "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน");
    assertThat(ResultBlocks.figureName(result, "overall", en)).isEqualTo("Overall score");
    assertThat(ResultBlocks.figureName(result, "tool EIT part PUBLIC", th))
        .isEqualTo("แบบวัด EIT PUBLIC");
    assertThat(ResultBlocks.figureName(result, "question i1", th)).isEqualTo("ข้อคำถาม I1");
    // A name the platform did not write is printed as it stands (a number too long for an
    // indicator failed the document).
    assertThat(ResultBlocks.figureName(result, "indicator 99999999999", th))
        .isEqualTo("indicator 99999999999");
  }

  @Test
  void theAnalysisAndDashboardDocuments() throws Exception {
    ResultData result = read("fixtures/result-published-MFA-ASEAN-2567.json", ResultData.class);
    var levels =
        List.of(
            new LevelCount("PASS", "ผ่าน", "Pass", 5200),
            new LevelCount("IMPROVEMENT", "ต้องปรับปรุง", "Needs improvement", 2100),
            new LevelCount(
                "URGENT_IMPROVEMENT", "ต้องปรับปรุงโดยด่วน", "Urgent improvement", 1000));
    ReportDocument analysis =
        new AnalysisReportBuilder()
            .build(
                new AnalysisReportData(ASEAN, 2567, result, null, new BigDecimal("90.19"), levels),
                Labels.of("th"));
    byte[] pdf = new ReportRenderers().render(analysis, Format.PDF);
    Files.write(Path.of("target", "analysis-MFA-ASEAN-2567.pdf"), pdf);
    assertThat(text(pdf)).contains("-15.20", "การป้องกันการทุจริต", "ต้องปรับปรุงโดยด่วน");
    assertThat(analysis.charts()).hasSize(2);

    DashboardData dashboard =
        new DashboardData(
            2567,
            "MFA",
            1,
            new BigDecimal("69.80"),
            levels.subList(2, 3),
            List.of(
                new IndicatorAverage(
                    1,
                    "IIT",
                    "การปฏิบัติหน้าที่",
                    "Performance of duty",
                    new BigDecimal("97.11"),
                    1)),
            List.of(
                new RankingRow(
                    1,
                    "MFA-ASEAN",
                    "กรมอาเซียน",
                    null,
                    "DEPARTMENT",
                    "MFA",
                    new BigDecimal("69.80"),
                    "URGENT_IMPROVEMENT",
                    "ต้องปรับปรุงโดยด่วน")),
            List.of(new StatusCount("DELAYED", 2, 2)),
            List.of());
    ReportDocument doc = new DashboardBuilder().build(dashboard, Labels.of("th"));
    assertThat(doc.tables().get(0).rows().get(0).get(1).display()).isEqualTo("MFA-ASEAN");
    assertThat(new String(new ReportRenderers().render(doc, Format.CSV), StandardCharsets.UTF_8))
        .contains("กรมอาเซียน");
    // The ranked agency's level by name in either language (English printed the code).
    assertThat(doc.tables().get(0).rows().get(0).get(5).display()).isEqualTo("ต้องปรับปรุงโดยด่วน");
    assertThat(
            new DashboardBuilder()
                .build(dashboard, Labels.of("en"))
                .tables()
                .get(0)
                .rows()
                .get(0)
                .get(5)
                .display())
        .isEqualTo("Urgent improvement");
    assertThat(Map.of()).isEmpty();
  }
}
