package th.ita.reporting.render;

import java.text.BreakIterator;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Lets Flying Saucer wrap Thai between words. Its default strategy uses the JVM's default-locale
 * line iterator, which finds no break inside a run of Thai (no spaces) and overflows the line;
 * {@code lang="th"} alone does not change that. The Thai iterator is used for every language
 * because reports mix Thai and Latin text in one run and it handles Latin the usual way.
 */
final class ThaiLineBreakingStrategy implements LineBreakingStrategy {

  static final ThaiLineBreakingStrategy INSTANCE = new ThaiLineBreakingStrategy();

  @Override
  public BreakPointsProvider getBreakPointsProvider(
      String text, String language, CalculatedStyle style) {
    BreakIterator it = ThaiText.lineBreaks(text);
    return () -> {
      int position = it.next();
      return position == BreakIterator.DONE ? BreakPoint.getDonePoint() : new BreakPoint(position);
    };
  }
}
