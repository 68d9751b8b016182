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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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
 * The measures document and the progress report as an agency files them, checked on the rendered
 * PDF, DOCX and XLSX: seed 001's part 2 (the question the agency chose, its score, its analysis)
 * and part 3 ("การนำผลการวิเคราะห์ไปสู่การปฏิบัติ"); the target and tier thresholds the result was
 * published with (seed 002's 95.00); the head of the agency's sign-off and the announcement date;
 * the front matter; seed 002's two-year table and stakeholder groups.
 */
class AgencyDocumentsTest {

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

  private static final String O10_ANALYSIS =
      "จากผลการประเมินในปี พ.ศ. 2567 กรมอาเซียนไม่ผ่านการประเมินในข้อนี้"
          + " จึงอาจจะทำให้ผู้ปฏิบัติไม่ทราบแนวทางในการปฏิบัติงาน";

  // --- Seed 001's part 2 and part 3 ---

  @Test
  void part2ShowsPerIssueTheQuestionTheAgencyChoseItsScoreAndItsAnalysis() throws Exception {
    ReportDocument doc = issues(document(result(), plan()));
    Block.Table issue1 = table(doc, "ผลการวิเคราะห์ประเด็นที่ 1");
    assertThat(issue1.columns().stream().map(Column::header).toList())
        .containsExactly("ข้อคำถาม", "คะแนน", "ผลการวิเคราะห์เพื่อนำไปปรับปรุงการปฏิบัติงาน");
    assertThat(issue1.rows()).hasSize(1);
    assertThat(issue1.rows().get(0).get(0).display())
        .isEqualTo("O10 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่");
    assertThat(issue1.rows().get(0).get(1).display()).isEqualTo("0.00");
    assertThat(issue1.rows().get(0).get(2).display()).startsWith(O10_ANALYSIS);
    assertThat(table(doc, "ผลการวิเคราะห์ประเด็นที่ 3").rows().get(0).get(1).display())
        .isEqualTo("76.67");
    String linked =
        "กรมอาเซียน พิจารณาแล้วว่ามีความเชื่อมโยงกับผลการประเมินข้อคำถามในตัวชี้วัดที่ 9"
            + " การเปิดเผยข้อมูล ข้อคำถาม O10 โดยได้วิเคราะห์ผลไว้ ดังนี้";
    assertThat(doc.blocks()).contains(new Block.Paragraph(linked));
    String intro =
        "กรมอาเซียน ใช้วิธีวิเคราะห์ผลการประเมินเพื่อกำหนดมาตรการปรับปรุงการทำงานจากผลการประเมิน"
            + " ITA ประจำปีงบประมาณ พ.ศ. 2567 ซึ่งเป็นการนำผลคะแนนที่เกี่ยวข้องกับประเด็นทั้ง 7"
            + " ประเด็นตามที่สำนักงาน ป.ป.ช. กำหนด ได้แก่ (1) กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"
            + " (2) การให้บริการและระบบ E-Service";
    assertThat(doc.blocks())
        .anyMatch(
            b ->
                b instanceof Block.Paragraph p
                    && p.text().startsWith(intro)
                    && p.text()
                        .endsWith(
                            "(7) กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน มาวิเคราะห์"
                                + " จึงเล็งเห็นประเด็นที่สมควรนำมาปรับปรุงและกำหนดวิธีการปฏิบัติงาน ดังนี้"));
    // Not every linked question plus an average, as before.
    assertThat(doc.tables()).noneMatch(t -> t.caption().startsWith("ข้อคำถามที่เกี่ยวข้อง"));

    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf)
        .contains(
            squash(linked),
            squash("ผลการวิเคราะห์เพื่อนำไปปรับปรุงการปฏิบัติงาน"),
            squash("O10 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่"),
            squash(O10_ANALYSIS))
        .doesNotContain(squash("คะแนนเฉลี่ย"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .contains(
            linked,
            "ข้อคำถาม\tคะแนน\tผลการวิเคราะห์เพื่อนำไปปรับปรุงการปฏิบัติงาน",
            "O10 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่\t0.00\t" + O10_ANALYSIS);
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("O10 คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่", "0.0")
        .anyMatch(c -> c.startsWith(O10_ANALYSIS));
  }

  @Test
  void anIssueNoMeasureAnswersSaysSoWithItsWeakestQuestion() {
    ObjectNode p = plan();
    ((ArrayNode) p.get("measures")).remove(1);
    ReportDocument doc = issues(document(result(), p));
    assertThat(doc.tables()).noneMatch(t -> "ผลการวิเคราะห์ประเด็นที่ 2".equals(t.caption()));
    assertThat(doc.blocks())
        .contains(
            new Block.Paragraph(
                "หน่วยงานไม่ได้กำหนดมาตรการในประเด็นนี้ ข้อคำถามที่เชื่อมโยงกับประเด็นนี้ 9 ข้อ"
                    + " ข้อที่ได้คะแนนต่ำสุด O11 0.00"));
  }

  @Test
  void part3IsSeed001sTableWithIssueNamesAndMonitoringWhereGiven() throws Exception {
    ReportDocument doc = issues(document(result(), plan()));
    Block.Table practice = table(doc, "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ");
    assertThat(practice.columns().stream().map(Column::header).toList())
        .containsExactly(
            "ประเด็น", "มาตรการ/แนวทาง", "ขั้นตอนหรือวิธีปฏิบัติ", "ระยะเวลา", "ผู้รับผิดชอบ");
    assertThat(practice.rows().get(0).get(0).display())
        .isEqualTo("1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ");
    assertThat(practice.rows().get(0).get(1).display())
        .isEqualTo("การจัดทำคู่มือหรือแนวทางการปฏิบัติงานสำหรับเจ้าหน้าที่");
    assertThat(practice.rows().get(6).get(0).display())
        .isEqualTo("7. กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน");
    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf)
        .contains(
            squash("การนำผลการวิเคราะห์ไปสู่การปฏิบัติ"),
            squash("มาตรการ/แนวทาง"),
            squash("1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ"))
        .doesNotContain(squash("แนวทางการกำกับติดตาม"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .contains(
            "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ\n",
            "ประเด็น\tมาตรการ/แนวทาง\tขั้นตอนหรือวิธีปฏิบัติ\tระยะเวลา\tผู้รับผิดชอบ\n");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "มาตรการ/แนวทาง");

    ObjectNode p = plan();
    ((ObjectNode) p.get("measures").get(0)).put("monitoring", "ติดตามผลทุกไตรมาส");
    ((ObjectNode) p.get("measures").get(0))
        .putObject("reporting")
        .put("to", "อธิบดี")
        .put("everyMonths", 6);
    Block.Table withMonitoring =
        table(issues(document(result(), p)), "การนำผลการวิเคราะห์ไปสู่การปฏิบัติ");
    assertThat(withMonitoring.columns().stream().map(Column::header).toList())
        .endsWith("แนวทางการกำกับติดตาม", "การรายงานผล");
    assertThat(withMonitoring.rows().get(0).subList(5, 7).stream().map(c -> c.display()))
        .containsExactly("ติดตามผลทุกไตรมาส", "รายงานผลต่ออธิบดี ทุก 6 เดือน");
    assertThat(withMonitoring.rows().get(1).subList(5, 7).stream().map(c -> c.display()))
        .containsExactly("–", "–");
  }

  // --- The agency's numbers ---

  @Test
  void theTargetIsTheOneTheResultWasPublishedWith() throws Exception {
    ObjectNode r = result();
    r.putObject("target").put("score", new BigDecimal("95.00")).put("source", "AGENCY");
    ReportDocument doc = issues(document(r, plan()));
    assertThat(fact(doc, "ค่าเป้าหมาย")).isEqualTo("95.00");
    assertThat(doc.charts().get(0).target().value()).isEqualByComparingTo("95.00");
    assertThat(
            table(doc, "ตารางที่ 2 ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2567").rows().get(0).get(4))
        .extracting(c -> c.display())
        .isEqualTo("+2.11");
    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf).contains(squash("(ค่าเป้าหมาย 95.00 คะแนน)"), squash("ค่าเป้าหมาย 95 คะแนน"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX))).contains("ค่าเป้าหมาย\t95.00");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX))).contains("ค่าเป้าหมาย", "95.00");

    // A bare number is taken too; anything else is no target, and the national 85 stands.
    r.put("target", 90);
    assertThat(fact(issues(document(r, plan())), "ค่าเป้าหมาย")).isEqualTo("90.00");
    r.put("target", "ninety");
    assertThat(fact(issues(document(r, plan())), "ค่าเป้าหมาย")).isEqualTo("85.00");
    r.remove("target");
    assertThat(fact(issues(document(r, plan())), "ค่าเป้าหมาย")).isEqualTo("85.00");
  }

  @Test
  void theTierLayoutUsesTheAgencysThresholdsAndTarget() throws Exception {
    ObjectNode r = result();
    r.putObject("target").put("score", new BigDecimal("95.00"));
    r.putObject("thresholds")
        .put("keepAbove", new BigDecimal("99.00"))
        .put("urgentBelow", new BigDecimal("90.00"));
    ReportDocument doc = tiers(document(r, plan()));
    assertThat(fact(doc, "ค่าเป้าหมาย")).isEqualTo("95.00");
    assertThat(doc.blocks())
        .contains(
            new Block.Paragraph(
                "จัดกลุ่มข้อคำถามตามระดับคะแนน: คะแนนสูงกว่า 99.00 คงไว้ คะแนนต่ำกว่า 90.00"
                    + " ต้องแก้ไขโดยเร่งด่วน ระหว่างนั้นต้องพัฒนาให้ดีขึ้น"),
            new Block.Heading(3, "1.2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น (คะแนน 90.00 – 99.00)"));
    // i12 (90.67) improves by the agency's thresholds, where the defaults would fix it urgently.
    assertThat(
            table(doc, "1.2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น (คะแนน 90.00 – 99.00)").rows().stream()
                .map(row -> row.get(0).display()))
        .contains("i12");
    String pdf = pdfText(RENDERERS.render(doc, Format.PDF));
    assertThat(pdf)
        .contains(squash("คะแนน 90.00 – 99.00"), squash("ค่าเป้าหมาย 95.00"))
        .doesNotContain(squash("97.50"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .contains("1.2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น (คะแนน 90.00 – 99.00)");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("1.2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น (คะแนน 90.00 – 99.00)");

    // Thresholds that cannot be (keep below urgent) are no thresholds: the defaults stand.
    r.putObject("thresholds").put("keepAbove", 80).put("urgentBelow", 90);
    assertThat(tiers(document(r, plan())).blocks())
        .contains(
            new Block.Heading(3, "1.2) ประเด็นที่จะต้องพัฒนาให้ดีขึ้น (คะแนน 95.00 – 97.50)"));
  }

  @Test
  void theTierLayoutGradesEachQuestionAndSubItemByTheFrameworksBands() throws Exception {
    ObjectNode r = result();
    var bands = r.putArray("levelBands");
    String[] codes = {"AA", "A", "B", "C", "D", "E", "F"};
    int[] minimums = {95, 85, 75, 65, 55, 50, 0};
    for (int i = 0; i < codes.length; i++) {
      bands.addObject().put("code", codes[i]).put("minScore", minimums[i]);
    }
    for (JsonNode q : r.get("questions")) {
      if ("i12".equals(q.get("code").asText())) {
        ((ObjectNode) q)
            .putArray("subItems")
            .add(new BigDecimal("96.00"))
            .add(new BigDecimal("85.34"));
      }
    }

    ReportDocument doc = tiers(document(r, plan()));

    Block.Table urgent =
        doc.tables().stream()
            .filter(t -> t.rows().stream().anyMatch(row -> row.get(0).display().equals("i12")))
            .findFirst()
            .orElseThrow();
    assertThat(urgent.columns()).extracting(Column::header).endsWith("คะแนน", "ระดับ");
    int at = 0;
    while (!urgent.rows().get(at).get(0).display().equals("i12")) {
      at++;
    }
    assertThat(
            urgent.rows().subList(at, at + 3).stream()
                .map(
                    row ->
                        row.get(1).display().startsWith("–")
                            ? row.subList(1, 4)
                            : row.subList(2, 4))
                .map(cells -> cells.stream().map(c -> c.display()).toList()))
        .containsExactly(
            List.of("90.67", "A"),
            List.of("– ข้อย่อยที่ 1", "96.00", "AA"),
            List.of("– ข้อย่อยที่ 2", "85.34", "A"));
    assertThat(pdfText(RENDERERS.render(doc, Format.PDF))).contains(squash("ระดับ"));
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX))).contains("ระดับ", "AA");

    // A result read without its framework's bands (version 1 from history) has no grade column.
    assertThat(tiers(document(result(), plan())).tables())
        .allSatisfy(
            t -> assertThat(t.columns()).extracting(Column::header).doesNotContain("ระดับ"));
  }

  // --- Sign-off and announcement ---

  @Test
  void aPublishedApprovedPlanIsAnnouncedAndSignedByTheHeadOfTheAgency() throws Exception {
    ReportDocument doc = issues(document(result(), approved(plan())));
    List<String> signOff =
        List.of(
            "ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567",
            "",
            "ลงชื่อ ..................................................",
            "(นายทดสอบ ระบบดี)",
            "อธิบดีกรมอาเซียน",
            "วันที่ 5 ตุลาคม พ.ศ. 2567");
    assertThat(doc.blocks()).endsWith(new Block.SignOff(signOff));
    assertThat(fact(doc, "ผู้อนุมัติ")).isEqualTo("นายทดสอบ ระบบดี อธิบดีกรมอาเซียน");
    assertThat(fact(doc, "วันที่อนุมัติ")).isEqualTo("5 ตุลาคม พ.ศ. 2567");
    assertThat(fact(doc, "ประกาศ ณ วันที่")).isEqualTo("6 ตุลาคม พ.ศ. 2567");

    byte[] pdfBytes = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "agency-measures-issues.pdf"), pdfBytes);
    String pdf = pdfText(pdfBytes);
    assertThat(pdf)
        .endsWith(
            squash(
                "ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567 ลงชื่อ .................................................."
                    + " (นายทดสอบ ระบบดี) อธิบดีกรมอาเซียน วันที่ 5 ตุลาคม พ.ศ. 2567"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .endsWith(
            "ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567\n\nลงชื่อ ..................................................\n"
                + "(นายทดสอบ ระบบดี)\nอธิบดีกรมอาเซียน\nวันที่ 5 ตุลาคม พ.ศ. 2567\n");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .containsSubsequence(
            "ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567",
            "ลงชื่อ ..................................................",
            "(นายทดสอบ ระบบดี)",
            "อธิบดีกรมอาเซียน",
            "วันที่ 5 ตุลาคม พ.ศ. 2567");
  }

  @Test
  void theAnnouncementIsTheDayMeasuresServiceGivesElseThatOfPublication() {
    ObjectNode p = approved(plan());
    p.put("publishedOn", "2024-10-07");
    ReportDocument doc = issues(document(result(), p));
    assertThat(fact(doc, "ประกาศ ณ วันที่")).isEqualTo("7 ตุลาคม พ.ศ. 2567");
    assertThat(((Block.SignOff) doc.blocks().get(doc.blocks().size() - 1)).lines().get(0))
        .isEqualTo("ประกาศ ณ วันที่ 7 ตุลาคม พ.ศ. 2567");
    // 17:30 UTC on 6 October is already 7 October in Bangkok.
    p.remove("publishedOn");
    p.put("publishedAt", "2024-10-06T17:30:00Z");
    assertThat(fact(issues(document(result(), p)), "ประกาศ ณ วันที่"))
        .isEqualTo("7 ตุลาคม พ.ศ. 2567");
  }

  @Test
  void withoutAnApprovalThereIsNoSignOffAndADraftIsNotAnnounced() throws Exception {
    ReportDocument unsigned = issues(document(result(), plan()));
    assertThat(unsigned.blocks())
        .endsWith(new Block.SignOff(List.of("ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567")));
    assertThat(pdfText(RENDERERS.render(unsigned, Format.PDF))).doesNotContain("ลงชื่อ");

    MeasuresDocumentData draft =
        new MeasuresDocumentData(ASEAN, 2568, 2567, false, readResult(result()), readPlan(plan()));
    ReportDocument doc = issues(draft);
    assertThat(doc.blocks()).noneMatch(Block.SignOff.class::isInstance);
    assertThat(pdfText(RENDERERS.render(doc, Format.PDF))).doesNotContain("ประกาศณวันที่");

    // An approval without a name is none: a name is never invented.
    ObjectNode p = plan();
    p.putObject("approval").put("approverPositionTh", "อธิบดี").put("approvedOn", "2024-10-05");
    assertThat(readPlan(p).approval()).isNull();
  }

  @Test
  void theProgressReportIsSignedButNotAnnounced() throws Exception {
    PlanData plan = readPlan(approved(plan()));
    ProgressReportData data =
        Progress.report(ASEAN, 2568, LocalDate.of(2025, 3, 31), true, plan, Map.of());
    ReportDocument doc =
        new ProgressReportBuilder().build(data, ProgressReportBuilder.Period.HALF, TH);
    assertThat(doc.blocks())
        .endsWith(
            new Block.SignOff(
                List.of(
                    "ลงชื่อ ..................................................",
                    "(นายทดสอบ ระบบดี)",
                    "อธิบดีกรมอาเซียน",
                    // Signed as of the day it reports on; it said the plan's approval day.
                    "วันที่ 31 มีนาคม พ.ศ. 2568")));
    assertThat(fact(doc, "ผู้อนุมัติมาตรการ"))
        .isEqualTo("นายทดสอบ ระบบดี อธิบดีกรมอาเซียน (5 ตุลาคม พ.ศ. 2567)");
    assertThat(fact(doc, "ประกาศมาตรการ ณ วันที่")).isEqualTo("6 ตุลาคม พ.ศ. 2567");
    byte[] pdfBytes = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "agency-progress-half.pdf"), pdfBytes);
    assertThat(pdfText(pdfBytes))
        .endsWith(squash("(นายทดสอบ ระบบดี) อธิบดีกรมอาเซียน วันที่ 31 มีนาคม พ.ศ. 2568"))
        .doesNotContain(squash("ประกาศ ณ วันที่"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .endsWith("(นายทดสอบ ระบบดี)\nอธิบดีกรมอาเซียน\nวันที่ 31 มีนาคม พ.ศ. 2568\n");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .contains("(นายทดสอบ ระบบดี)", "วันที่ 31 มีนาคม พ.ศ. 2568");
  }

  // --- Front matter ---

  @Test
  void theFrontMatterIsTheStandardTextOrTheAgencysOwn() throws Exception {
    ReportDocument standard = issues(document(result(), plan()));
    assertThat(headings(standard))
        .containsSubsequence(
            "ความเป็นมาและหลักการเหตุผล",
            "วัตถุประสงค์",
            "เครื่องมือที่ใช้ในการประเมิน",
            "กลุ่มตัวอย่างในการเก็บรวบรวมข้อมูล",
            "ส่วนที่ 1 ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)"
                + " ประจำปีงบประมาณ พ.ศ. 2567");
    String pdf = pdfText(RENDERERS.render(standard, Format.PDF));
    assertThat(pdf)
        .contains(
            squash("ตามมติคณะรัฐมนตรีในการประชุมเมื่อวันที่ 4 มกราคม 2565"),
            squash("แผนแม่บทภายใต้ยุทธศาสตร์ชาติ ประเด็นที่ 21"),
            squash("ในปีงบประมาณ พ.ศ. 2567 กรมอาเซียนเข้าร่วมการประเมินคุณธรรมและความโปร่งใส"),
            squash("(Internal Integrity and Transparency Assessment: IIT)"),
            squash("นับตั้งแต่ปีงบประมาณ พ.ศ. 2567 เป็นต้นมา"));

    FrontMatter own =
        new FrontMatter(
            "{agency} ดำเนินการตามมติคณะรัฐมนตรี\n\nย่อหน้าที่สองสำหรับปี {fiscalYear}",
            null,
            "แบบวัด IIT EIT OIT ตามที่สำนักงาน ป.ป.ช. กำหนด ({assessmentYear}) {unknown}",
            "");
    MeasuresDocumentData data =
        new MeasuresDocumentData(
            ASEAN, 2568, 2567, true, readResult(result()), readPlan(plan()), null, own);
    ReportDocument doc = issues(data);
    assertThat(doc.blocks())
        .contains(
            new Block.Paragraph("กรมอาเซียน ดำเนินการตามมติคณะรัฐมนตรี"),
            new Block.Paragraph("ย่อหน้าที่สองสำหรับปี 2568"),
            new Block.Paragraph("แบบวัด IIT EIT OIT ตามที่สำนักงาน ป.ป.ช. กำหนด (2567) {unknown}"));
    String docx = docxText(RENDERERS.render(doc, Format.DOCX));
    assertThat(docx)
        .contains("กรมอาเซียน ดำเนินการตามมติคณะรัฐมนตรี\nย่อหน้าที่สองสำหรับปี 2568\n")
        .doesNotContain("4 มกราคม 2565")
        // Unset and blank sections keep the standard text.
        .contains(
            "นับตั้งแต่ปีงบประมาณ พ.ศ. 2567 เป็นต้นมา", "เพื่อลดโอกาสที่อาจก่อให้เกิดการทุจริต");
  }

  // --- Seed 002's tier layout ---

  @Test
  void theTierLayoutComparesTwoYearsAndGroupsByStakeholders() throws Exception {
    ObjectNode before = result();
    before.put("fiscalYear", 2566);
    ((ObjectNode) before.get("indicators").get(0)).put("score", new BigDecimal("94.57"));
    // Seed 002's agency measures itself against its own 95.00.
    ObjectNode now = result();
    now.putObject("target").put("score", new BigDecimal("95.00")).put("source", "AGENCY");
    MeasuresDocumentData data =
        new MeasuresDocumentData(
            ASEAN,
            2568,
            2567,
            true,
            readResult(now),
            readPlan(approved(plan())),
            readResult(before),
            null);
    ReportDocument doc = tiers(data);
    Block.Table years = table(doc, "ตารางที่ 2 ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2567");
    assertThat(years.columns().stream().map(Column::header).toList())
        .containsExactly(
            "ตัวชี้วัด", "ชื่อ", "แบบวัด", "2566", "2567", "เปลี่ยนแปลง", "ผลต่างจากเป้าหมาย");
    assertThat(years.rows().get(0).stream().map(c -> c.display()).toList())
        .containsExactly("1", "การปฏิบัติหน้าที่", "IIT", "94.57", "97.11", "+2.54", "+2.11");
    assertThat(headings(doc))
        .containsSubsequence(
            "1.2 ผลคะแนนรายตัวชี้วัดเทียบกับปีก่อน",
            "1) กลุ่มผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
            "1.1) ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน (คะแนนต่ำกว่า 95.00)",
            "2) กลุ่มผู้มีส่วนได้ส่วนเสียภายนอก (EIT)",
            "3) การเปิดเผยข้อมูลสาธารณะ (OIT)",
            "ส่วนที่ 3 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "1) กลุ่มผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
    byte[] pdfBytes = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "agency-measures-tiers.pdf"), pdfBytes);
    String pdf = pdfText(pdfBytes);
    assertThat(pdf)
        .contains(
            squash("การปฏิบัติหน้าที่ IIT 94.57 97.11 +2.54"),
            squash("1) กลุ่มผู้มีส่วนได้ส่วนเสียภายใน (IIT)"),
            squash("ค่าเป้าหมาย 95.00"),
            squash("ไตรมาสที่ 1"));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX)))
        .contains(
            "1\tการปฏิบัติหน้าที่\tIIT\t94.57\t97.11\t+2.54\t+2.11",
            "2) กลุ่มผู้มีส่วนได้ส่วนเสียภายนอก (EIT)");
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX))).contains("2566", "94.57", "+2.54");

    // The default layout shows one year, as seed 001.
    assertThat(table(issues(data), "ตารางที่ 2 ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2567").columns())
        .hasSize(5);
  }

  @Test
  void theAnalysisReportUsesTheTargetTheResultWasPublishedWith() {
    ObjectNode r = result();
    r.putObject("target").put("score", new BigDecimal("95.00"));
    ReportDocument doc =
        new AnalysisReportBuilder()
            .build(new AnalysisReportData(ASEAN, 2567, readResult(r), null, null, List.of()), TH);
    assertThat(fact(doc, "ค่าเป้าหมาย")).isEqualTo("95.00");
    assertThat(fact(doc, "ผลต่างจากค่าเป้าหมาย")).isEqualTo("-25.20");
  }

  // --- Helpers ---

  private static ObjectNode result() {
    return (ObjectNode) fixture("fixtures/result-published-MFA-ASEAN-2567.json");
  }

  private static ObjectNode plan() {
    return (ObjectNode) fixture("fixtures/plan-published-MFA-ASEAN-2568.json");
  }

  /** The plan as measures-service will send it once approval is recorded by the agency head. */
  static ObjectNode approved(ObjectNode plan) {
    plan.putObject("approval")
        .put("approverNameTh", "นายทดสอบ ระบบดี")
        .put("approverPositionTh", "อธิบดีกรมอาเซียน")
        .put("approvedOn", "2024-10-05")
        .put("recordedBy", "head-mfa-asean");
    return plan;
  }

  private static MeasuresDocumentData document(ObjectNode result, ObjectNode plan) {
    return new MeasuresDocumentData(ASEAN, 2568, 2567, true, readResult(result), readPlan(plan));
  }

  private static ResultData readResult(ObjectNode result) {
    return convert(result, ResultData.class);
  }

  private static PlanData readPlan(ObjectNode plan) {
    return convert(plan, PlanData.class);
  }

  private static <T> T convert(JsonNode node, Class<T> type) {
    try {
      // Decimals as the producers wrote them, as the service reads them (SnapshotJson).
      return JSON.copy()
          .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true)
          .treeToValue(node, type);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ReportDocument issues(MeasuresDocumentData d) {
    return MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(d, TH);
  }

  private static ReportDocument tiers(MeasuresDocumentData d) {
    return MeasuresDocumentBuilder.of(MeasuresLayout.TIERS).build(d, TH);
  }

  private static JsonNode fixture(String resource) {
    try (InputStream in =
        AgencyDocumentsTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
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

  private static List<String> headings(ReportDocument doc) {
    return doc.blocks().stream()
        .filter(Block.Heading.class::isInstance)
        .map(b -> ((Block.Heading) b).text())
        .toList();
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
