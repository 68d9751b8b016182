package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

  private final PdfRenderer renderer = new PdfRenderer();

  @Test
  void rendersThaiTextWithSarabunEmbeddedOnA4() throws Exception {
    byte[] pdf = renderer.toBytes(SampleReport.document());
    SampleReport.save("sample.pdf", pdf);

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains(SampleReport.HEADING, "92.63", "ส่วนที่ 2 มาตรการ");
      // Table cells wrap, so a measure title may be split over lines.
      String joined = text.replaceAll("\\s+", "");
      assertThat(joined)
          .contains(
              SampleReport.MEASURE_1.replace(" ", ""),
              SampleReport.MEASURE_2.replace(" ", ""),
              SampleReport.MEASURE_LONG.replace(" ", ""),
              "การใช้ทรัพย์สินของราชการ",
              "ปี2565");

      PDPage first = doc.getPage(0);
      assertThat(first.getMediaBox().getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), Offset.offset(1f));
      List<String> fonts = new ArrayList<>();
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
        }
      }
      assertThat(fonts).isNotEmpty().allMatch(f -> f.contains("Sarabun") && f.endsWith("embedded"));
    }
  }
}
