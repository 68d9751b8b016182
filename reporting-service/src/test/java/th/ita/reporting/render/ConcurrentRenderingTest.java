package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** REST threads share one {@link ReportRenderers}; renders must not interfere. */
class ConcurrentRenderingTest {

  @Test
  void rendersPdfsInParallel() throws Exception {
    ReportRenderers renderers = new ReportRenderers();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Format format = i % 2 == 0 ? Format.PDF : Format.DOCX;
        results.add(pool.submit(() -> renderers.render(SampleReport.document(), format)));
      }
      // Each document rendered alongside the others says exactly what it says rendered alone.
      String pdfAlone = pdfText(renderers.render(SampleReport.document(), Format.PDF));
      String docxAlone = docxText(renderers.render(SampleReport.document(), Format.DOCX));
      assertThat(pdfAlone).contains(SampleReport.HEADING, "92.63");
      assertThat(docxAlone).contains(SampleReport.HEADING, "92.63");
      for (int i = 0; i < results.size(); i += 2) {
        assertThat(pdfText(results.get(i).get())).isEqualTo(pdfAlone);
        assertThat(docxText(results.get(i + 1).get())).isEqualTo(docxAlone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String docxText(byte[] docx) throws Exception {
    try (XWPFWordExtractor text =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      return text.getText();
    }
  }
}
