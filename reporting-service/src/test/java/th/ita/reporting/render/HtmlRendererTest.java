package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class HtmlRendererTest {

  private final HtmlRenderer renderer = new HtmlRenderer();

  @Test
  void rendersWellFormedXhtmlWithThaiTextAndAnInlineSvgChart() throws Exception {
    String html = renderer.render(SampleReport.document());
    SampleReport.save("sample.html", html.getBytes(StandardCharsets.UTF_8));

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document dom =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

    assertThat(dom.getDocumentElement().getAttribute("lang")).isEqualTo("th");
    assertThat(dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength())
        .isEqualTo(2);
    assertThat(dom.getElementsByTagName("thead").getLength()).isEqualTo(1);
    assertThat(html)
        .contains(
            SampleReport.HEADING,
            SampleReport.MEASURE_1,
            "92.63",
            "stroke-dasharray",
            "การใช้ทรัพย์สินของราชการ",
            "@font-face",
            "/fonts/Sarabun-Regular.ttf",
            "line-height: 1.5");
  }

  @Test
  void englishDocumentsSayEnAndCanDoWithoutWebFonts() {
    ReportDocument doc =
        new ReportDocument("ITA results", null, "en", List.of(new Block.Heading(2, "Scores")));
    String html = new HtmlRenderer(null).render(doc);
    assertThat(html).contains("lang=\"en\"", "<h3>Scores</h3>").doesNotContain("@font-face");
  }

  @Test
  void escapesMarkupInTexts() throws Exception {
    ReportDocument doc =
        ReportDocument.thai("A & B <script>", null, List.of(new Block.Paragraph("x < y & \"z\"")));
    String html = renderer.render(doc);
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    assertThat(html).contains("A &amp; B &lt;script&gt;").doesNotContain("<script>");
  }
}
