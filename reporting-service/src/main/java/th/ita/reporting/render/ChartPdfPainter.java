package th.ita.reporting.render;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Color;

/**
 * Draws a {@link ChartLayout} as PDF vector operations into a template (form XObject): bars, lines
 * and real text (selectable, shaped by OpenPDF's LayoutProcessor like the body text). PDF's y axis
 * points up, the layout's down, hence {@code height - y}.
 */
final class ChartPdfPainter {

  private ChartPdfPainter() {}

  static void paint(PdfTemplate t, ChartLayout layout) {
    float h = (float) layout.height();
    for (ChartLayout.Mark mark : layout.marks()) {
      if (mark instanceof ChartLayout.Rect r) {
        t.setColorFill(Color.decode(r.fill()));
        t.rectangle((float) r.x(), h - (float) (r.y() + r.h()), (float) r.w(), (float) r.h());
        t.fill();
      } else if (mark instanceof ChartLayout.Line l) {
        t.saveState();
        t.setColorStroke(Color.decode(l.stroke()));
        t.setLineWidth((float) l.strokeWidth());
        if (l.dashed()) {
          t.setLineDash(6f, 4f, 0f);
        }
        t.moveTo((float) l.x1(), h - (float) l.y1());
        t.lineTo((float) l.x2(), h - (float) l.y2());
        t.stroke();
        t.restoreState();
      } else if (mark instanceof ChartLayout.Label l) {
        BaseFont font = l.bold() ? PdfFonts.BOLD : PdfFonts.REGULAR;
        t.beginText();
        t.setColorFill(Color.decode(l.fill()));
        t.setFontAndSize(font, (float) l.size());
        t.setTextMatrix((float) l.startX(), h - (float) l.y());
        t.showText(l.text());
        t.endText();
      }
    }
  }
}
