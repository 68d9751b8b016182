package th.ita.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
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
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.MeasuresDocumentBuilder;
import th.ita.reporting.document.MeasuresLayout;
import th.ita.reporting.document.ProgressReportBuilder;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;

/**
 * The line under a document's sign-off that says where the agency published it, with the OIT item
 * it answers, on the rendered PDF, DOCX and XLSX; and the addressee of the 6-month and annual
 * reports (the head of the agency, เสนอ).
 */
class DisclosureLinesTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
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

  private static final String MEASURES_URL = "https://www.mfa.go.th/asean/ita/2568/measures.pdf";
  private static final String HALF_URL = "https://www.mfa.go.th/asean/ita/2568/progress-6m.pdf";
  private static final String MEASURES_LINE =
      "เผยแพร่บนเว็บไซต์ของหน่วยงาน: "
          + MEASURES_URL
          + " เมื่อวันที่ 7 ตุลาคม พ.ศ. 2567 (OIT ข้อ o34"
          + " มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)";
  private static final String HALF_LINE =
      "เผยแพร่บนเว็บไซต์ของหน่วยงาน: "
          + HALF_URL
          + " เมื่อวันที่ 30 เมษายน พ.ศ. 2568 (OIT ข้อ o35"
          + " รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)";

  private static final List<DisclosureData> DISCLOSED =
      List.of(
          disclosure(DisclosureKind.MEASURES, MEASURES_URL, LocalDate.of(2024, 10, 7)),
          disclosure(DisclosureKind.PROGRESS_HALF, HALF_URL, LocalDate.of(2025, 4, 30)));

  private static DisclosureData disclosure(DisclosureKind kind, String url, LocalDate on) {
    return new DisclosureData(
        kind, kind.oitItem(2568), kind.oitItemTh(), kind.oitItemEn(), url, on);
  }

  @Test
  void theMeasuresDocumentSaysWhereItWasPublishedUnderItsSignOff() throws Exception {
    ReportDocument doc =
        MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES)
            .build(measures(true).withDisclosures(DISCLOSED), TH);
    List<Block> blocks = doc.blocks();
    Block last = blocks.get(blocks.size() - 1);
    assertThat(last).isEqualTo(new Block.Paragraph(MEASURES_LINE));
    assertThat(blocks.get(blocks.size() - 2)).isInstanceOf(Block.SignOff.class);

    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "measures-disclosure.pdf"), pdf);
    assertThat(pdfText(pdf))
        .contains(squash("ประกาศ ณ วันที่ 6 ตุลาคม พ.ศ. 2567"), squash(MEASURES_LINE))
        .doesNotContain(squash(HALF_URL));
    assertThat(docxText(RENDERERS.render(doc, Format.DOCX))).contains(MEASURES_LINE);
    // A spreadsheet has the facts, not running text: the same as a fact.
    String fact = MEASURES_URL + " (7 ตุลาคม พ.ศ. 2567, OIT ข้อ o34)";
    assertThat(facts(doc))
        .contains(new Block.KeyValues.Entry("เผยแพร่บนเว็บไซต์ของหน่วยงาน", fact));
    assertThat(xlsxCells(RENDERERS.render(doc, Format.XLSX)))
        .containsSubsequence("เผยแพร่บนเว็บไซต์ของหน่วยงาน", fact);

    ReportDocument en =
        MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES)
            .build(measures(true).withDisclosures(DISCLOSED), EN);
    assertThat(en.blocks().get(en.blocks().size() - 1))
        .isEqualTo(
            new Block.Paragraph(
                "Published on the agency's website: "
                    + MEASURES_URL
                    + " on 7 October 2024 (OIT item o34, Internal measures to promote integrity"
                    + " and transparency)"));
  }

  @Test
  void withoutADisclosureThereIsNoLine() throws Exception {
    ReportDocument doc =
        MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(measures(true), TH);
    assertThat(doc.blocks().get(doc.blocks().size() - 1)).isInstanceOf(Block.SignOff.class);
    assertThat(pdfText(RENDERERS.render(doc, Format.PDF)))
        .doesNotContain(squash("เผยแพร่บนเว็บไซต์ของหน่วยงาน"));
  }

  @Test
  void theSixMonthReportSaysWhereItWasPublishedAndTheAsOfReportDoesNot() throws Exception {
    ProgressReportData data = progress(true).withDisclosures(DISCLOSED);
    ReportDocument half =
        new ProgressReportBuilder().build(data, ProgressReportBuilder.Period.HALF, TH);
    assertThat(half.blocks().get(half.blocks().size() - 1))
        .isEqualTo(new Block.Paragraph(HALF_LINE));
    byte[] pdf = RENDERERS.render(half, Format.PDF);
    Files.write(Path.of("target", "progress-half-disclosure.pdf"), pdf);
    assertThat(pdfText(pdf)).contains(squash(HALF_LINE)).doesNotContain(squash(MEASURES_URL));
    assertThat(docxText(RENDERERS.render(half, Format.DOCX))).contains(HALF_LINE);
    assertThat(xlsxCells(RENDERERS.render(half, Format.XLSX)))
        .containsSubsequence(
            "เผยแพร่บนเว็บไซต์ของหน่วยงาน", HALF_URL + " (30 เมษายน พ.ศ. 2568, OIT ข้อ o35)");

    // The annual report was not published: no line; a report as of a day is not published at all.
    for (ProgressReportBuilder.Period p :
        List.of(ProgressReportBuilder.Period.ANNUAL, ProgressReportBuilder.Period.AS_OF)) {
      ReportDocument other = new ProgressReportBuilder().build(data, p, TH);
      assertThat(other.blocks())
          .noneMatch(
              b -> b instanceof Block.Paragraph x && x.text().startsWith("เผยแพร่บนเว็บไซต์"));
      assertThat(facts(other))
          .extracting(Block.KeyValues.Entry::label)
          .doesNotContain("เผยแพร่บนเว็บไซต์ของหน่วยงาน");
    }
  }

  // --- The addressee of the 6-month and annual reports ---

  @Test
  void theSixMonthAndAnnualReportsAreAddressedToTheHeadWhoApprovedTheMeasures() throws Exception {
    ReportDocument half =
        new ProgressReportBuilder().build(progress(true), ProgressReportBuilder.Period.HALF, TH);
    assertThat(facts(half).get(1)).isEqualTo(new Block.KeyValues.Entry("เสนอ", "อธิบดีกรมอาเซียน"));
    assertThat(pdfText(RENDERERS.render(half, Format.PDF)))
        .contains(squash("เสนอ อธิบดีกรมอาเซียน"));
    assertThat(docxText(RENDERERS.render(half, Format.DOCX))).contains("เสนอ\tอธิบดีกรมอาเซียน");
    ReportDocument annual =
        new ProgressReportBuilder().build(progress(true), ProgressReportBuilder.Period.ANNUAL, TH);
    assertThat(facts(annual).get(1))
        .isEqualTo(new Block.KeyValues.Entry("เสนอ", "อธิบดีกรมอาเซียน"));
    // A report as of a day is the agency's own working copy: no addressee.
    ReportDocument asOf =
        new ProgressReportBuilder().build(progress(true), ProgressReportBuilder.Period.AS_OF, TH);
    assertThat(facts(asOf)).extracting(Block.KeyValues.Entry::label).doesNotContain("เสนอ");
  }

  @Test
  void withoutAnApprovalTheReportsGoToWhomTheMeasuresReportTo() throws Exception {
    ReportDocument half =
        new ProgressReportBuilder().build(progress(false), ProgressReportBuilder.Period.HALF, TH);
    assertThat(facts(half).get(1)).isEqualTo(new Block.KeyValues.Entry("เสนอ", "ผู้อำนวยการ"));
    ObjectNode plain = plan(false);
    for (JsonNode m : plain.get("measures")) {
      ((ObjectNode) m).remove("reporting");
    }
    ProgressReportData none =
        Progress.report(
            ASEAN,
            2568,
            LocalDate.of(2025, 3, 31),
            true,
            JSON.treeToValue(plain, PlanData.class),
            Map.of());
    assertThat(
            facts(new ProgressReportBuilder().build(none, ProgressReportBuilder.Period.HALF, TH))
                .get(1))
        .isEqualTo(new Block.KeyValues.Entry("เสนอ", "ผู้บริหารสูงสุดของหน่วยงาน"));
  }

  // --- Helpers ---

  private static ObjectNode plan(boolean approved) throws Exception {
    ObjectNode p = (ObjectNode) read("fixtures/plan-published-MFA-ASEAN-2568.json");
    if (approved) {
      p.putObject("approval")
          .put("approverNameTh", "นายทดสอบ ระบบดี")
          .put("approverPositionTh", "อธิบดีกรมอาเซียน")
          .put("approvedOn", "2024-10-05");
    }
    // Two measures report to the director, one to the deputy: the director is the addressee.
    String[] to = {"ผู้อำนวยการ", "รองอธิบดี", "ผู้อำนวยการ"};
    for (int i = 0; i < to.length; i++) {
      ((ObjectNode) p.get("measures").get(i))
          .putObject("reporting")
          .put("to", to[i])
          .put("everyMonths", 6);
    }
    return p;
  }

  private static MeasuresDocumentData measures(boolean approved) throws Exception {
    ResultData result =
        JSON.treeToValue(read("fixtures/result-published-MFA-ASEAN-2567.json"), ResultData.class);
    return new MeasuresDocumentData(
        ASEAN, 2568, 2567, true, result, JSON.treeToValue(plan(approved), PlanData.class));
  }

  private static ProgressReportData progress(boolean approved) throws Exception {
    return Progress.report(
        ASEAN,
        2568,
        LocalDate.of(2025, 3, 31),
        true,
        JSON.treeToValue(plan(approved), PlanData.class),
        Map.of());
  }

  private static List<Block.KeyValues.Entry> facts(ReportDocument doc) {
    return doc.blocks().stream()
        .filter(Block.KeyValues.class::isInstance)
        .map(b -> ((Block.KeyValues) b).entries())
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode read(String resource) throws Exception {
    try (InputStream in =
        DisclosureLinesTest.class.getClassLoader().getResourceAsStream(resource)) {
      return JSON.readTree(in);
    }
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return squash(new PDFTextStripper().getText(d));
    }
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(d)) {
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
