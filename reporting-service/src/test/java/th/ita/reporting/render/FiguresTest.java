package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.MemorySize;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** A row of pictures in every format, and in the cache key. */
class FiguresTest {

  private static final byte[] ONE = jpeg(320, 240);
  private static final byte[] OTHER = jpeg(240, 320);

  private static ReportDocument document(byte[]... pictures) {
    List<Block.Figures.Figure> figures =
        java.util.Arrays.stream(pictures)
            .map(b -> new Block.Figures.Figure("ภาพ.jpg", "image/jpeg", b))
            .toList();
    return ReportDocument.thai(
        "รายงาน",
        null,
        List.of(
            new Block.Table(
                "หลักฐาน",
                List.of(Column.text("ไฟล์")),
                List.of(List.<Cell>of(Cell.text("ไฟล์แนบ: รายงาน.pdf")))),
            new Block.Figures("ภาพถ่ายประกอบ: ประชุม", figures)));
  }

  @Test
  void everyPictureIsAnImageOfThePdfAndAPictureOfTheDocx() throws IOException {
    ReportDocument doc = document(ONE, OTHER, ONE, OTHER, ONE);
    ReportRenderers renderers = new ReportRenderers();

    int images = 0;
    try (PDDocument pdf = Loader.loadPDF(renderers.render(doc, Format.PDF))) {
      for (var page : pdf.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getXObjectNames()) {
          if (resources.getXObject(name) instanceof PDImageXObject) {
            images++;
          }
        }
      }
    }
    // Two distinct pictures, each drawn where it is shown; PDF keeps an image once per page.
    assertThat(images).isEqualTo(2);

    try (XWPFDocument docx =
        new XWPFDocument(new ByteArrayInputStream(renderers.render(doc, Format.DOCX)))) {
      // Identical bytes are kept once, as in the PDF, and shown five times.
      assertThat(docx.getAllPictures()).hasSize(2);
      int shown = 0;
      for (var row : docx.getTables().get(1).getRows()) {
        for (var cell : row.getTableCells()) {
          for (var paragraph : cell.getParagraphs()) {
            for (var run : paragraph.getRuns()) {
              shown += run.getEmbeddedPictures().size();
            }
          }
        }
      }
      assertThat(shown).isEqualTo(5);
      assertThat(docx.getTables()).hasSize(2);
      // Four to a row: the five pictures take two rows.
      assertThat(docx.getTables().get(1).getRows()).hasSize(2);
    }
  }

  @Test
  void theWebPageCarriesThePictureInsideAndTheWorkbookItsName() throws IOException {
    String html =
        new String(
            new ReportRenderers().render(document(ONE), Format.HTML), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<img src=\"data:image/jpeg;base64," + Base64.getEncoder().encodeToString(ONE))
        .contains("<p>ภาพ.jpg</p>")
        .contains("ภาพถ่ายประกอบ: ประชุม");

    try (XSSFWorkbook xlsx =
        new XSSFWorkbook(
            new ByteArrayInputStream(new ReportRenderers().render(document(ONE), Format.XLSX)))) {
      var sheet = xlsx.getSheet("ภาพประกอบ");
      assertThat(sheet).isNotNull();
      List<String> cells = new java.util.ArrayList<>();
      sheet.forEach(r -> r.forEach(c -> cells.add(c.getStringCellValue())));
      assertThat(cells).containsSubsequence("ภาพถ่ายประกอบ: ประชุม", "ภาพ.jpg");
    }
    // CSV is the first table: the file names it lists are those in the table.
    assertThat(
            new String(
                new ReportRenderers().render(document(ONE), Format.CSV), StandardCharsets.UTF_8))
        .contains("ไฟล์แนบ: รายงาน.pdf")
        .doesNotContain("base64");
  }

  @Test
  void anotherThumbnailIsAnotherDocument() {
    RenderedDocuments documents =
        new RenderedDocuments(new ReportRenderers(), new MemorySize(BigInteger.valueOf(8_000_000)));
    assertThat(documents.key(document(ONE), Format.PDF))
        .isEqualTo(documents.key(document(ONE.clone()), Format.PDF))
        .isNotEqualTo(documents.key(document(OTHER), Format.PDF));
  }

  @Test
  void aFigureIsAJpegOrPngWithBytes() {
    assertThatThrownBy(() -> new Block.Figures.Figure("x.gif", "image/gif", ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Block.Figures.Figure("x.jpg", "image/jpeg", new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Block.Figures(null, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] jpeg(int width, int height) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpeg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
