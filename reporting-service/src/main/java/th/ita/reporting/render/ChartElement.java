package th.ita.reporting.render;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Point;
import java.awt.Rectangle;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextFSImage;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;

/**
 * A chart standing in for an inline {@code <svg>} in the PDF. Flying Saucer cannot draw inline SVG
 * (it would print the SVG's text content as loose words), and its SVG images go through Batik to
 * PNG; drawing the model directly keeps the chart vector and its text real text.
 */
final class ChartElement implements ITextReplacedElement {

  private final ChartLayout layout;
  private final int width;
  private final int height;
  private final Point location = new Point(0, 0);

  ChartElement(ChartLayout layout, int width, int height) {
    this.layout = layout;
    this.width = width;
    this.height = height;
  }

  @Override
  public void paint(RenderingContext c, ITextOutputDevice outputDevice, BlockBox box) {
    Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), c);
    PdfContentByte page = outputDevice.getCurrentPage();
    PdfTemplate template = page.createTemplate((float) layout.width(), (float) layout.height());
    ChartPdfPainter.paint(template, layout);
    try {
      // A template wrapped as an image: the output device then does the placing and
      // scaling (layout units to Flying Saucer's dots to PDF points) as for any <img>.
      Image image = Image.getInstance(template);
      image.scaleAbsolute(bounds.width, bounds.height);
      outputDevice.drawImage(new ITextFSImage(image), bounds.x, bounds.y);
    } catch (BadElementException e) {
      throw new IllegalStateException("cannot place chart", e);
    }
  }

  @Override
  public int getIntrinsicWidth() {
    return width;
  }

  @Override
  public int getIntrinsicHeight() {
    return height;
  }

  @Override
  public Point getLocation() {
    return location;
  }

  @Override
  public void setLocation(int x, int y) {
    location.setLocation(x, y);
  }

  @Override
  public void detach(LayoutContext c) {}

  @Override
  public boolean isRequiresInteractivePaint() {
    return false;
  }

  @Override
  public boolean hasBaseline() {
    return false;
  }

  @Override
  public int getBaseline() {
    return 0;
  }
}
