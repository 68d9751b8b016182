package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
            for (int i = 0; i < results.size(); i += 2) {
                try (PDDocument pdf = Loader.loadPDF(results.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(pdf)).contains(SampleReport.HEADING, "92.63");
                }
                assertThat(results.get(i + 1).get()).isNotEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
