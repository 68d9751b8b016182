package th.ita.reporting.render;

import com.lowagie.text.pdf.BaseFont;
import java.util.Map;
import org.xhtmlrenderer.extend.FontContext;
import org.xhtmlrenderer.pdf.ITextFSFont;
import org.xhtmlrenderer.pdf.ITextFSFontMetrics;
import org.xhtmlrenderer.pdf.ITextTextRenderer;
import org.xhtmlrenderer.render.FSFont;
import org.xhtmlrenderer.render.FSFontMetrics;

/**
 * Flying Saucer's text metrics, with Sarabun's ascent and descent taken from the glyphs the
 * documents set (Thai, Latin and their punctuation) instead of the font's bounding box.
 *
 * <p>Flying Saucer takes a font's ascent and descent from its bounding box, which Sarabun's
 * Vietnamese letters stretch to 1.27 em above the baseline and 0.54 em below: 1.8 em, more than the
 * documents' 1.5 line height. So a line's text reached above its line box, and Flying Saucer
 * painted the first line of each page also at the foot of the page before, clipped: stray tone
 * marks there, and the line twice in the PDF's text. Sarabun's Thai and Latin glyphs stay within
 * 1.04 em above the baseline and 0.36 em below, which the stylesheet's line heights (1.4 and 1.5)
 * hold.
 */
final class ThaiLineMetrics extends ITextTextRenderer {

  /** The Unicode ranges measured: Latin, Latin-1, Thai, general punctuation, the ■ mark. */
  private static final int[][] SET = {
    {0x20, 0x7E}, {0xA0, 0xFF}, {0x0E01, 0x0E5B}, {0x2010, 0x2030}, {0x25A0, 0x25A0}
  };

  /** Per Sarabun face: the highest and lowest point of the measured glyphs, in 1/1000 em. */
  private static final Map<BaseFont, int[]> EXTENTS =
      Map.of(PdfFonts.REGULAR, extent(PdfFonts.REGULAR), PdfFonts.BOLD, extent(PdfFonts.BOLD));

  @Override
  public FSFontMetrics getFSFontMetrics(FontContext context, FSFont font, String text) {
    FSFontMetrics metrics = super.getFSFontMetrics(context, font, text);
    int[] extent = EXTENTS.get(((ITextFSFont) font).getFontDescription().getFont());
    if (extent == null) {
      return metrics;
    }
    float size = font.getSize2D();
    return new ITextFSFontMetrics(
        extent[0] * size / 1000f,
        -extent[1] * size / 1000f,
        metrics.getStrikethroughOffset(),
        metrics.getStrikethroughThickness(),
        metrics.getUnderlineOffset(),
        metrics.getUnderlineThickness());
  }

  /** {highest, lowest} of the measured glyphs' bounding boxes. */
  static int[] extent(BaseFont font) {
    int top = 0;
    int bottom = 0;
    for (int[] range : SET) {
      for (int c = range[0]; c <= range[1]; c++) {
        int[] box = font.getCharBBox((char) c);
        if (box != null) {
          top = Math.max(top, box[3]);
          bottom = Math.min(bottom, box[1]);
        }
      }
    }
    return new int[] {top, bottom};
  }
}
