package th.ita.reporting.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * OpenPDF's global switches and the Sarabun fonts every PDF embeds, set up exactly once (class
 * initialisation is thread-safe, REST threads may render concurrently).
 *
 * <ul>
 *   <li>{@code enableKernLiga()} makes OpenPDF shape text through Java2D, which places Thai tone
 *       marks and upper vowels correctly (ที่ น้ำ ผู้ ปู่ ญู); without it marks collide. It only
 *       applies to fonts created after it, hence before the fonts below.
 *   <li>{@code setWriteActualText()} records the original characters next to the shaped glyphs,
 *       otherwise copied or extracted Thai text comes out scrambled.
 * </ul>
 *
 * <p>The fonts are shared by all renders on purpose: OpenPDF keeps a global map from each BaseFont
 * to its Java2D font that is never emptied, so a BaseFont per request would leak. Glyph subsets are
 * tracked per PDF writer, not per BaseFont, so sharing is safe.
 */
final class PdfFonts {

  static {
    LayoutProcessor.enableKernLiga();
    LayoutProcessor.setWriteActualText();
  }

  static final BaseFont REGULAR = create(Sarabun.REGULAR_RESOURCE);
  static final BaseFont BOLD = create(Sarabun.BOLD_RESOURCE);

  private PdfFonts() {}

  private static BaseFont create(String resource) {
    try {
      // The name doubles as the classpath path LayoutProcessor loads the Java2D font from.
      return BaseFont.createFont(
          resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, Sarabun.bytes(resource), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot load " + resource, e);
    }
  }
}
