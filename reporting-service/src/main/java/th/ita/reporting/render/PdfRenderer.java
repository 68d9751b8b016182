package th.ita.reporting.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * PDF from the same XHTML as the web page, laid out by Flying Saucer on OpenPDF, with Sarabun
 * embedded (Identity-H, subset), Thai shaped by OpenPDF's LayoutProcessor ({@link PdfFonts}), Thai
 * wrapped at word boundaries ({@link ThaiLineBreakingStrategy}) and charts drawn as vectors from
 * the model ({@link ChartElementFactory}).
 *
 * <p>Thread-safe: each call builds its own {@link ITextRenderer}; only the global OpenPDF switches
 * and the fonts are shared, and those are set up once.
 */
public final class PdfRenderer implements DocumentRenderer {

  private final HtmlRenderer html;

  public PdfRenderer() {
    this(new HtmlRenderer(null));
  }

  public PdfRenderer(HtmlRenderer html) {
    this.html = html;
  }

  @Override
  public Format format() {
    return Format.PDF;
  }

  @Override
  public void render(ReportDocument doc, OutputStream out) throws IOException {
    // No @font-face: Flying Saucer would try to fetch the web font URL; the fonts are
    // registered below instead.
    String xhtml = html.render(doc, false);
    List<ChartLayout> charts = doc.charts().stream().map(ChartLayout::of).toList();

    ITextRenderer renderer = new ITextRenderer();
    SharedContext context = renderer.getSharedContext();
    context.setLineBreakingStrategy(ThaiLineBreakingStrategy.INSTANCE);
    context.setTextRenderer(new ThaiLineMetrics());
    context.setReplacedElementFactory(
        new ChartElementFactory(charts, context.getReplacedElementFactory()));
    ITextFontResolver fonts = renderer.getFontResolver();
    fonts.addFont(PdfFonts.REGULAR, Sarabun.REGULAR_RESOURCE, null);
    fonts.addFont(PdfFonts.BOLD, Sarabun.BOLD_RESOURCE, null);
    renderer.setListener(
        new DefaultPDFCreationListener() {
          @Override
          public void preOpen(ITextRenderer r) {
            // The caller owns the stream (it may be a servlet response).
            r.getWriter().setCloseStream(false);
            // Document language for screen readers and text extraction.
            r.getWriter().getExtraCatalog().put(PdfName.LANG, new PdfString(doc.lang()));
            super.preOpen(r);
          }
        });
    renderer.setDocumentFromString(xhtml);
    renderer.layout();
    try {
      renderer.createPDF(out);
    } catch (DocumentException e) {
      throw new IOException("PDF rendering failed", e);
    }
    out.flush();
  }
}
