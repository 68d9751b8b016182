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
import java.util.ArrayList;
import java.util.List;
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
import th.ita.reporting.document.Labels;
import th.ita.reporting.document.MeasuresDocumentBuilder;
import th.ita.reporting.document.MeasuresLayout;
import th.ita.reporting.render.Block;
import th.ita.reporting.render.Column;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.ReportDocument;
import th.ita.reporting.render.ReportRenderers;

/**
 * Seed 004's result tables (DITP, FY2566), checked on the rendered PDF, DOCX and XLSX: one table
 * per tool; the EIT Public and Survey scores of each question and indicator under headers with the
 * respondents (404 and 42); the OIT sub-groups with their scores
 * (มาตรการส่งเสริมคุณธรรมและความโปร่งใส 40.00); and the parts of EIT in table 1. The fixture is the
 * ResultPublished event of the demo result that reproduces the seed, with assessment-service's
 * rounding.
 */
class Seed004ResultTablesTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
          .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, true);
  private static final AgencyInfo DITP =
      new AgencyInfo(
          "DITP",
          "กรมส่งเสริมการค้าระหว่างประเทศ",
          "Department of International Trade Promotion",
          null,
          "DEPARTMENT",
          "ส่วนราชการระดับกรม",
          null,
          "MOC",
          "กระทรวงพาณิชย์",
          "Ministry of Commerce");
  private static final ReportRenderers RENDERERS = new ReportRenderers();
  private static final Labels TH = Labels.of("th");
  private static final Labels EN = Labels.of("en");

  private static final String EIT_CAPTION =
      "ตารางที่ 3.2 ผลการประเมินของแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (External Integrity"
          + " and Transparency Assessment: EIT) ปีงบประมาณ พ.ศ. 2566 3 ตัวชี้วัด 15 ข้อคำถาม";
  private static final String OIT_CAPTION =
      "ตารางที่ 3.3 ผลการประเมินของแบบตรวจการเปิดเผยข้อมูลสาธารณะ (Open Data Integrity and"
          + " Transparency Assessment: OIT) ปีงบประมาณ พ.ศ. 2566 2 ตัวชี้วัด 43 ข้อคำถาม";

  private static JsonNode event;
  private static ReportDocument doc;

  @BeforeAll
  static void document() throws Exception {
    try (InputStream in =
        Seed004ResultTablesTest.class
            .getClassLoader()
            .getResourceAsStream("fixtures/result-published-DITP-2566.json")) {
      event = JSON.readTree(in);
    }
    withAnswerTypes((ObjectNode) event);
    doc = build(event, TH);
  }

  /**
   * The fixture is version 1 of the event, which carried no answer types; the read model joins them
   * from the FY2566 framework version the result names, as here.
   */
  private static void withAnswerTypes(ObjectNode result) throws Exception {
    JsonNode framework;
    try (InputStream in =
        Seed004ResultTablesTest.class
            .getClassLoader()
            .getResourceAsStream("events/fy2566.framework.json")) {
      framework = JSON.readTree(in);
    }
    for (JsonNode q : result.get("questions")) {
      for (JsonNode f : framework.get("questions")) {
        if (f.get("code").equals(q.get("code"))) {
          for (String field : List.of("answerType", "creditedAnswer")) {
            if (f.has(field)) {
              ((ObjectNode) q).set(field, f.get(field));
            }
          }
        }
      }
    }
  }

  private static ReportDocument build(JsonNode result, Labels l) throws Exception {
    MeasuresDocumentData d =
        new MeasuresDocumentData(
            DITP, 2567, 2566, true, JSON.treeToValue(result, ResultData.class), null);
    return MeasuresDocumentBuilder.of(MeasuresLayout.ISSUES).build(d, l);
  }

  @Test
  void eachToolHasItsOwnTableAsSeed004PrintsThem() {
    assertThat(
            doc.tables().stream()
                .map(Block.Table::caption)
                .filter(c -> c.startsWith("ตารางที่ 3"))
                .toList())
        .containsExactly(
            "ตารางที่ 3.1 ผลการประเมินของแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal"
                + " Integrity and Transparency Assessment: IIT) ปีงบประมาณ พ.ศ. 2566 5 ตัวชี้วัด 30"
                + " ข้อคำถาม",
            EIT_CAPTION,
            OIT_CAPTION);
    Block.Table iit = table(doc, "ตารางที่ 3.1");
    assertThat(headers(iit)).containsExactly("ข้อคำถามการประเมิน IIT", "คะแนน");
    assertThat(row(iit, "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน"))
        .containsExactly(
            "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (Internal Integrity and Transparency"
                + " Assessment: IIT)",
            "80.10");
    assertThat(row(iit, "ตัวชี้วัดที่ 1 "))
        .containsExactly("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", "91.00");
    assertThat(row(iit, "I1 "))
        .containsExactly(
            "I1 บุคลากรของกรมปฏิบัติหรือให้บริการแก่บุคคลภายนอก เป็นไปตามขั้นตอนและระยะเวลา",
            "81.18");
    assertThat(row(iit, "I30 ").get(1)).isEqualTo("76.56");
    assertThat(row(iit, "I4 ").get(1)).isEqualTo("ไม่มี - 99.08");
    assertThat(row(iit, "I5 ").get(1)).isEqualTo("ไม่มี - 98.17");
    assertThat(row(iit, "I6 ").get(1)).isEqualTo("ไม่มี - 98.17");
    assertThat(row(iit, "I7 ").get(1)).isEqualTo("64.61");
    // 1 tool row, 5 indicators, 30 questions.
    assertThat(iit.rows()).hasSize(36);
  }

  @Test
  void eitShowsPublicAndSurveyPerQuestionAndIndicatorWithTheRespondents() {
    Block.Table eit = table(doc, EIT_CAPTION);
    assertThat(headers(eit))
        .containsExactly(
            "ข้อคำถามการประเมิน EIT",
            "คะแนน EIT\u00a0Public (404\u00a0คน)",
            "คะแนน EIT\u00a0Survey (42\u00a0คน)",
            "คะแนนรวม");
    assertThat(row(eit, "แบบวัด").subList(1, 4)).containsExactly("79.26", "80.94", "80.10");
    assertThat(row(eit, "ตัวชี้วัดที่ 6 "))
        .containsExactly("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "82.72", "87.86", "85.29");
    assertThat(row(eit, "ตัวชี้วัดที่ 7 ").subList(1, 4))
        .containsExactly("76.73", "77.70", "77.22");
    assertThat(row(eit, "ตัวชี้วัดที่ 8 ").subList(1, 4))
        .containsExactly("78.33", "77.27", "77.80");
    assertThat(row(eit, "E1 "))
        .containsExactly(
            "E1 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา",
            "77.62",
            "81.10",
            "79.36");
    // A yes/no question's scores follow its credited answer, as seed 004 prints them.
    assertThat(row(eit, "E4 ").subList(1, 4))
        .containsExactly("ไม่มี - 95.30", "ไม่มี - 97.62", "ไม่มี - 96.46");
    assertThat(row(eit, "E8 ").subList(1, 3)).containsExactly("มี - 84.16", "มี - 92.86");
    assertThat(row(eit, "E10 ").subList(1, 3)).containsExactly("มี - 76.49", "มี - 80.95");
    assertThat(row(eit, "E13 ").subList(1, 3)).containsExactly("มี - 95.30", "มี - 97.62");
    assertThat(row(eit, "E5 ").subList(1, 3)).containsExactly("78.60", "85.79");
    assertThat(row(eit, "E14 ").subList(1, 3)).containsExactly("68.00", "63.60");
    assertThat(row(eit, "E15 ").subList(1, 3)).containsExactly("75.97", "73.24");
    assertThat(eit.rows()).hasSize(1 + 3 + 15);
  }

  @Test
  void inEnglishTheCreditedAnswersAreNoAndYes() throws Exception {
    ReportDocument english = build(event, EN);
    Block.Table iit =
        english.tables().stream()
            .filter(t -> t.caption().contains("IIT"))
            .findFirst()
            .orElseThrow();
    Block.Table eit =
        english.tables().stream()
            .filter(t -> t.caption().contains("EIT"))
            .findFirst()
            .orElseThrow();
    assertThat(row(iit, "I4 ").get(1)).isEqualTo("No - 99.08");
    assertThat(row(eit, "E13 ").subList(1, 3)).containsExactly("Yes - 95.30", "Yes - 97.62");
  }

  @Test
  void oitShowsItsSubGroupsAsSeed004Does() {
    Block.Table oit = table(doc, OIT_CAPTION);
    assertThat(headers(oit)).containsExactly("ข้อคำถามการประเมิน OIT", "คะแนน");
    assertThat(row(oit, "แบบตรวจ").get(1)).isEqualTo("85.00");
    assertThat(row(oit, "ตัวชี้วัดที่ 9 "))
        .containsExactly("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (30 ข้อคำถาม)", "100.00");
    assertThat(row(oit, "ตัวชี้วัดที่ 10 "))
        .containsExactly("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (13 ข้อคำถาม)", "70.00");
    List<String> labels = oit.rows().stream().map(r -> r.get(0).display()).toList();
    // The sub-group's row, then its questions, as the seed lists them.
    int group = labels.indexOf("มาตรการส่งเสริมคุณธรรมและความโปร่งใส");
    assertThat(labels.subList(group, group + 6))
        .containsExactly(
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส",
            "O39 ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ",
            "O40 การขับเคลื่อนจริยธรรม",
            "O41 การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ",
            "O42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
            "O43 การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน");
    assertThat(oit.rows().get(group).get(1).display()).isEqualTo("40.00");
    assertThat(oit.rows().get(group + 4).get(1).display()).isEqualTo("0.00");
    assertThat(row(oit, "ข้อมูลพื้นฐาน").get(1)).isEqualTo("100.00");
    // 1 tool row, 2 indicators, 7 sub-groups, 43 questions.
    assertThat(oit.rows()).hasSize(1 + 2 + 7 + 43);
  }

  @Test
  void naccsAnnouncedStandingFollowsTheSummaryInSeed004sWords() throws Exception {
    String standing =
        "ตามที่สำนักงาน ป.ป.ช. ประกาศ คะแนนภาพรวมระดับประเทศได้ 90.19 คะแนน"
            + " และหน่วยงานได้อันดับที่ 145 ของจำนวน 159 หน่วยงานประเภทส่วนราชการระดับกรม"
            + " และอันดับที่ 11 ของจำนวน 12 หน่วยงานภายใต้สังกัดกระทรวงพาณิชย์";
    assertThat(doc.blocks()).contains(new Block.Paragraph(standing));
    assertThat(pdfText(RENDERERS.render(doc, Format.PDF))).contains(squash(standing));
    assertThat(build(event, EN).blocks())
        .contains(
            new Block.Paragraph(
                "As NACC announced: the national average was 90.19; the agency ranked 145 of 159"
                    + " agencies of type ส่วนราชการระดับกรม; 11 of 12 agencies of Ministry of"
                    + " Commerce."));
  }

  @Test
  void table1StatesEitsTwoPartsWithTheirRespondents() {
    Block.Table tools = table(doc, "ตารางที่ 1 ผลคะแนนรายแบบวัด ปีงบประมาณ พ.ศ. 2566");
    List<String> names = tools.rows().stream().map(r -> r.get(1).display()).toList();
    assertThat(names)
        .containsExactly(
            "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน",
            "การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก",
            "ส่วนที่ 1 ผู้รับบริการหรือติดต่อราชการเข้าตอบด้วยตนเอง (EIT Public) ผู้ตอบ 404 คน",
            "ส่วนที่ 2 ผู้ประเมินจัดเก็บข้อมูล (EIT Survey) ผู้ตอบ 42 คน",
            "การเปิดเผยข้อมูลสาธารณะ",
            "คะแนนรวม ITA");
    assertThat(tools.rows().stream().map(r -> r.get(3).display()).toList())
        .containsExactly("80.10", "80.10", "79.26", "80.94", "85.00", "82.06");
  }

  @Test
  void theRenderedPdfDocxAndXlsxCarryTheSeedsFigures() throws Exception {
    byte[] pdf = RENDERERS.render(doc, Format.PDF);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "seed004-results.pdf"), pdf);
    assertThat(pdfText(pdf))
        .contains(
            squash("คะแนน EIT\u00a0Public (404\u00a0คน)"),
            squash("คะแนน EIT\u00a0Survey (42\u00a0คน)"),
            squash("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน 82.72 87.86 85.29"),
            squash("77.62 81.10 79.36"),
            squash("มาตรการส่งเสริมคุณธรรมและความโปร่งใส 40.00"),
            squash("(EIT Public) ผู้ตอบ 404 คน"));

    String docx = docxText(RENDERERS.render(doc, Format.DOCX));
    assertThat(docx)
        .contains(
            "ข้อคำถามการประเมิน EIT\tคะแนน EIT\u00a0Public (404\u00a0คน)\tคะแนน EIT\u00a0Survey (42\u00a0คน)\tคะแนนรวม",
            "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน\t82.72\t87.86\t85.29",
            "E1 หน่วยงานปฏิบัติหรือให้บริการแก่ท่าน เป็นไปตามขั้นตอนและระยะเวลา\t77.62\t81.10\t79.36",
            "มาตรการส่งเสริมคุณธรรมและความโปร่งใส\t40.00");

    List<List<String>> rows = xlsxRows(RENDERERS.render(doc, Format.XLSX));
    assertThat(rows)
        .contains(
            List.of(
                "ข้อคำถามการประเมิน EIT",
                "คะแนน EIT\u00a0Public (404\u00a0คน)",
                "คะแนน EIT\u00a0Survey (42\u00a0คน)",
                "คะแนนรวม"),
            List.of("ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน", "82.72", "87.86", "85.29"),
            List.of("มาตรการส่งเสริมคุณธรรมและความโปร่งใส", "40.0"));
  }

  @Test
  void subItemsFollowTheirQuestion() throws Exception {
    ObjectNode withSubItems = event.deepCopy();
    for (JsonNode q : withSubItems.get("questions")) {
      if ("I1".equals(q.get("code").asText())) {
        ((ObjectNode) q).putArray("subItems").add(80.00).add(82.36);
      }
    }
    Block.Table iit = table(build(withSubItems, TH), "ตารางที่ 3.1");
    List<String> labels = iit.rows().stream().map(r -> r.get(0).display()).toList();
    int i1 = labels.indexOf(row(iit, "I1 ").get(0));
    assertThat(iit.rows().subList(i1, i1 + 3).stream().map(Seed004ResultTablesTest::cells))
        .containsExactly(
            List.of(
                "I1 บุคลากรของกรมปฏิบัติหรือให้บริการแก่บุคคลภายนอก เป็นไปตามขั้นตอนและระยะเวลา",
                "81.18"),
            List.of("– ข้อย่อยที่ 1", "80.00"),
            List.of("– ข้อย่อยที่ 2", "82.36"));
  }

  @Test
  void englishNamesThePartsAndRespondentsInItsOwnWords() throws Exception {
    ReportDocument en = build(event, EN);
    Block.Table eit = table(en, "Table 3.2");
    assertThat(headers(eit))
        .containsExactly(
            "EIT question",
            "EIT\u00a0Public score (404\u00a0respondents)",
            "EIT\u00a0Survey score (42\u00a0respondents)",
            "Score");
    assertThat(row(eit, "Indicator 6 ").subList(1, 4)).containsExactly("82.72", "87.86", "85.29");
  }

  // --- Helpers ---

  private static Block.Table table(ReportDocument d, String captionStart) {
    return d.tables().stream()
        .filter(t -> t.caption() != null && t.caption().startsWith(captionStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + captionStart));
  }

  private static List<String> headers(Block.Table t) {
    return t.columns().stream().map(Column::header).toList();
  }

  private static List<String> row(Block.Table t, String labelStart) {
    return t.rows().stream()
        .filter(r -> r.get(0).display().startsWith(labelStart))
        .findFirst()
        .map(Seed004ResultTablesTest::cells)
        .orElseThrow(() -> new AssertionError("no row " + labelStart));
  }

  private static List<String> cells(List<th.ita.reporting.render.Cell> row) {
    return row.stream().map(th.ita.reporting.render.Cell::display).toList();
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\\u00a0]+", "");
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

  /** Each row's cells, sheet by sheet. */
  private static List<List<String>> xlsxRows(byte[] xlsx) throws Exception {
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row r : sheet) {
          List<String> cells = new ArrayList<>();
          for (Cell c : r) {
            cells.add(c.toString());
          }
          rows.add(cells);
        }
      }
    }
    return rows;
  }
}
