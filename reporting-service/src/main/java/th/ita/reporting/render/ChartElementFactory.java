package th.ita.reporting.render;

import java.util.List;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Replaces each {@code <svg data-chart="n">} of the report HTML with the n-th chart of the
 * document, drawn from the model; everything else goes to Flying Saucer's own factory.
 */
final class ChartElementFactory implements ReplacedElementFactory {

  private final List<ChartLayout> charts;
  private final ReplacedElementFactory delegate;

  ChartElementFactory(List<ChartLayout> charts, ReplacedElementFactory delegate) {
    this.charts = charts;
    this.delegate = delegate;
  }

  @Override
  public ReplacedElement createReplacedElement(
      LayoutContext c, BlockBox box, UserAgentCallback uac, int cssWidth, int cssHeight) {
    Element e = box.getElement();
    if (e != null && "svg".equals(localName(e)) && e.hasAttribute("data-chart")) {
      ChartLayout layout = charts.get(Integer.parseInt(e.getAttribute("data-chart")));
      // Width from CSS (100% of the column); height keeps the chart's proportions.
      int width = cssWidth > 0 ? cssWidth : (int) Math.round(layout.width() * c.getDotsPerPixel());
      int height =
          cssHeight > 0 ? cssHeight : (int) Math.round(width * layout.height() / layout.width());
      return new ChartElement(layout, width, height);
    }
    return delegate.createReplacedElement(c, box, uac, cssWidth, cssHeight);
  }

  private static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getNodeName();
  }

  @Override
  public void reset() {
    delegate.reset();
  }

  @Override
  public void remove(Element e) {
    delegate.remove(e);
  }

  @Override
  public void setFormSubmissionListener(FormSubmissionListener listener) {
    delegate.setFormSubmissionListener(listener);
  }
}
