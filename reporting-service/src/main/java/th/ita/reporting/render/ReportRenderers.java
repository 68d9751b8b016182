package th.ita.reporting.render;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;

/**
 * Entry point for report endpoints: one renderer per format, all thread-safe and built once. A CDI
 * singleton in the service; {@code new ReportRenderers()} in tests and tools.
 *
 * <pre>{@code
 * Format f = Format.fromRequest(formatParam, headers.getRequestHeader("Accept"));
 * return Response.ok((StreamingOutput) out -> renderers.render(doc, f, out))
 *         .type(f.contentType()).header("Content-Disposition", f.attachment(name)).build();
 * }</pre>
 */
@Singleton
public class ReportRenderers {

  private final Map<Format, DocumentRenderer> renderers = new EnumMap<>(Format.class);

  public ReportRenderers() {
    HtmlRenderer html = new HtmlRenderer();
    register(html);
    register(new PdfRenderer(html));
    register(new DocxRenderer());
    register(new XlsxRenderer());
    register(new CsvRenderer());
  }

  private void register(DocumentRenderer renderer) {
    renderers.put(renderer.format(), renderer);
  }

  /**
   * @throws IllegalArgumentException for JSON, which callers write from their own records
   */
  public DocumentRenderer renderer(Format format) {
    DocumentRenderer r = renderers.get(format);
    if (r == null) {
      throw new IllegalArgumentException(
          format
              + " is not rendered from a ReportDocument;"
              + " serialise the endpoint's own data records instead");
    }
    return r;
  }

  public void render(ReportDocument doc, Format format, OutputStream out) throws IOException {
    renderer(format).render(doc, out);
  }

  public byte[] render(ReportDocument doc, Format format) {
    return renderer(format).toBytes(doc);
  }
}
