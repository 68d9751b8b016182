package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

class DocxRendererTest {

  @Test
  void writesA4ThaiDocumentWithTableAndChartPicture() throws Exception {
    byte[] bytes = new DocxRenderer().toBytes(SampleReport.document());
    SampleReport.save("sample.docx", bytes);

    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes));
        XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
      String text = extractor.getText();
      assertThat(text)
          .contains(
              SampleReport.HEADING,
              SampleReport.MEASURE_1,
              SampleReport.MEASURE_3,
              "92.63",
              SampleReport.TONE_MARKS,
              "ส่วนที่ 1 ผลการประเมิน");

      CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
      assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
      assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));

      XWPFTable table = docx.getTables().get(0);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("มาตรการ");
      assertThat(table.getRow(1).getCell(3).getText()).isEqualTo("92.63");

      XWPFRun run = table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0);
      CTRPr rpr = run.getCTR().getRPr();
      assertThat(rpr.getRFontsArray(0).getCs()).isEqualTo("Sarabun");
      assertThat(rpr.getRFontsArray(0).getAscii()).isEqualTo("Sarabun");
      assertThat(rpr.getSzCsArray(0).getVal().toString()).isEqualTo("22");
      assertThat(rpr.getLangArray(0).getVal()).isEqualTo("th-TH");

      assertThat(docx.getAllPictures()).hasSize(2);
      assertThat(docx.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())))
          .hasSize(2);
    }
  }

  @Test
  void aCellsLinesAreBrokenAsWordBreaksLines() throws Exception {
    ReportDocument doc =
        new ReportDocument(
            "มาตรการ",
            null,
            "th",
            List.of(
                new Block.Table(
                    "ขั้นตอน",
                    List.of(Column.text("ขั้นตอนการดำเนินการ")),
                    List.of(List.of(Cell.text("1. จัดทำคู่มือ\n2. เผยแพร่คู่มือ"))))));

    try (XWPFDocument docx =
        new XWPFDocument(new ByteArrayInputStream(new DocxRenderer().toBytes(doc)))) {
      CTR run =
          docx.getTables()
              .get(0)
              .getRow(1)
              .getCell(0)
              .getParagraphs()
              .get(0)
              .getRuns()
              .get(0)
              .getCTR();
      // Word shows a line feed inside a text as a space: the steps ran together on one line.
      assertThat(run.getTList())
          .extracting(t -> t.getStringValue())
          .containsExactly("1. จัดทำคู่มือ", "2. เผยแพร่คู่มือ");
      assertThat(run.getBrList()).hasSize(1);
      assertThat(run.xmlText())
          .containsSubsequence("1. จัดทำคู่มือ", "<w:br/>", "2. เผยแพร่คู่มือ");
    }
  }
}
