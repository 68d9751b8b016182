package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.MemorySize;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RenderedDocumentsTest {

  private final RenderedDocuments documents =
      new RenderedDocuments(new ReportRenderers(), new MemorySize(BigInteger.valueOf(8_000_000)));

  @Test
  void theSameDocumentIsRenderedOnceAndServedFromTheCache() {
    RenderedDocuments.Rendered first = documents.render(SampleReport.document(), Format.PDF);
    RenderedDocuments.Rendered second = documents.render(SampleReport.document(), Format.PDF);

    assertThat(second.tag()).isEqualTo(first.tag());
    assertThat(second.bytes()).isSameAs(first.bytes());
  }

  @Test
  void aRenderingAskedAnewIsMadeAgainUnderTheSameTag() {
    RenderedDocuments.Rendered first = documents.render(SampleReport.document(), Format.DOCX);
    RenderedDocuments.Rendered anew = documents.render(SampleReport.document(), Format.DOCX, true);

    assertThat(anew.tag()).isEqualTo(first.tag());
    assertThat(anew.bytes()).isNotSameAs(first.bytes());
    assertThat(documents.render(SampleReport.document(), Format.DOCX).bytes())
        .isSameAs(anew.bytes());
  }

  @Test
  void anotherFormatOrAnyChangedTextIsAnotherDocument() {
    ReportDocument original = SampleReport.document();
    ReportDocument changed =
        new ReportDocument(
            original.title(), original.subtitle() + " (แก้ไข)", original.lang(), original.blocks());

    String pdf = documents.render(original, Format.PDF).tag();
    assertThat(documents.render(original, Format.DOCX).tag()).isNotEqualTo(pdf);
    assertThat(documents.render(changed, Format.PDF).tag()).isNotEqualTo(pdf);
  }
}
