package th.ita.reporting.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws a {@link ChartLayout} into a PNG with Java2D, for formats that cannot hold vector charts
 * (DOCX via POI). Java2D shapes Thai itself, so marks sit right without OpenPDF's help.
 */
final class ChartImagePainter {

  private ChartImagePainter() {}

  /**
   * @param scale pixels per layout unit; 3 gives about 200 dpi at the width of an A4 column
   */
  static byte[] png(ChartLayout layout, double scale) {
    int w = (int) Math.ceil(layout.width() * scale);
    int h = (int) Math.ceil(layout.height() * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.scale(scale, scale);
      for (ChartLayout.Mark mark : layout.marks()) {
        paint(g, mark);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void paint(Graphics2D g, ChartLayout.Mark mark) {
    if (mark instanceof ChartLayout.Rect r) {
      g.setColor(Color.decode(r.fill()));
      g.fill(new Rectangle2D.Double(r.x(), r.y(), r.w(), r.h()));
    } else if (mark instanceof ChartLayout.Line l) {
      float[] dash = l.dashed() ? new float[] {6f, 4f} : null;
      g.setStroke(
          new BasicStroke(
              (float) l.strokeWidth(),
              BasicStroke.CAP_BUTT,
              BasicStroke.JOIN_MITER,
              10f,
              dash,
              0f));
      g.setColor(Color.decode(l.stroke()));
      g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
    } else if (mark instanceof ChartLayout.Label l) {
      g.setColor(Color.decode(l.fill()));
      g.setFont(Sarabun.awt(l.bold(), (float) l.size()));
      g.drawString(l.text(), (float) l.startX(), (float) l.y());
    }
  }
}
