package th.ita.reporting.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Thai has no spaces between words, so lines may only break where the JDK's Thai dictionary says a
 * word ends ({@code BreakIterator} for locale "th", from the jdk.localedata module: keep that
 * module in any trimmed runtime). The Thai iterator also breaks Latin text at spaces as usual.
 */
final class ThaiText {

  static final Locale THAI = Locale.forLanguageTag("th");

  /**
   * Words the JDK's dictionary splits that a document must not break: it cuts "ไตรมาส" (quarter)
   * into "ไตร|มาส", which wrapped the timeline's "ไตรมาสที่ 1" headings as "ไตร / มาส / ที่ 1", and
   * likewise "เว็บไซ|ต์", "กรมอา|เซียน", the column headings "ผู้|รับผิดชอบ" and "ความคืบ|หน้า",
   * and abbreviations after their inner full stop ("มี.|ค. 2568", "พ.|ศ.").
   */
  private static final List<String> UNBROKEN =
      List.of(
          "ไตรมาส",
          "เว็บไซต์",
          "อาเซียน",
          "ผู้รับผิดชอบ",
          "ความคืบหน้า",
          "ม.ค.",
          "ก.พ.",
          "มี.ค.",
          "เม.ย.",
          "พ.ค.",
          "มิ.ย.",
          "ก.ค.",
          "ส.ค.",
          "ก.ย.",
          "ต.ค.",
          "พ.ย.",
          "ธ.ค.",
          "พ.ศ.",
          "ค.ศ.",
          "ป.ป.ช.");

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private ThaiText() {}

  /**
   * A fresh iterator (BreakIterator instances are stateful and not thread-safe) that never breaks
   * inside an {@link #UNBROKEN} word.
   */
  static BreakIterator lineBreaks(String text) {
    BreakIterator it = BreakIterator.getLineInstance(THAI);
    it.setText(text);
    return new Unbroken(it, text);
  }

  /** The dictionary's breaks without those inside an {@link #UNBROKEN} word. */
  private static final class Unbroken extends BreakIterator {

    private final BreakIterator breaks;
    private final boolean[] inside;

    Unbroken(BreakIterator breaks, String text) {
      this.breaks = breaks;
      this.inside = new boolean[text.length() + 1];
      for (String word : UNBROKEN) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
          for (int i = at + 1; i < at + word.length(); i++) {
            inside[i] = true;
          }
        }
      }
    }

    private int forward(int position) {
      int p = position;
      while (p != DONE && inside[p]) {
        p = breaks.next();
      }
      return p;
    }

    private int backward(int position) {
      int p = position;
      while (p != DONE && inside[p]) {
        p = breaks.previous();
      }
      return p;
    }

    @Override
    public int first() {
      return breaks.first();
    }

    @Override
    public int last() {
      return breaks.last();
    }

    @Override
    public int next(int n) {
      int p = current();
      for (int i = 0; i < Math.abs(n) && p != DONE; i++) {
        p = n > 0 ? next() : previous();
      }
      return p;
    }

    @Override
    public int next() {
      return forward(breaks.next());
    }

    @Override
    public int previous() {
      return backward(breaks.previous());
    }

    @Override
    public int following(int offset) {
      return forward(breaks.following(offset));
    }

    @Override
    public int preceding(int offset) {
      return backward(breaks.preceding(offset));
    }

    @Override
    public int current() {
      return breaks.current();
    }

    @Override
    public CharacterIterator getText() {
      return breaks.getText();
    }

    @Override
    public void setText(CharacterIterator text) {
      throw new UnsupportedOperationException("made for one text");
    }
  }

  /** Advance width in font units of the given (sized) font, with Thai shaping applied. */
  static double width(String text, Font font) {
    return text.isEmpty() ? 0 : font.getStringBounds(text, FRC).getWidth();
  }

  /**
   * Wraps text into at most {@code maxLines} lines no wider than {@code maxWidth}, breaking only at
   * word boundaries; a single word wider than the line is cut between characters, and text left
   * over after the last line ends in an ellipsis.
   */
  static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty() && lines.size() < maxLines) {
      int end = fittingPrefix(rest, font, maxWidth);
      lines.add(rest.substring(0, end).strip());
      rest = rest.substring(end).strip();
    }
    if (!rest.isEmpty()) {
      int last = lines.size() - 1;
      lines.set(last, ellipsize(lines.get(last), font, maxWidth));
    }
    return lines;
  }

  private static int fittingPrefix(String text, Font font, double maxWidth) {
    if (width(text, font) <= maxWidth) {
      return text.length();
    }
    BreakIterator it = lineBreaks(text);
    int best = 0;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      if (width(text.substring(0, end).stripTrailing(), font) > maxWidth) {
        break;
      }
      best = end;
    }
    if (best > 0) {
      return best;
    }
    // One word longer than the line: cut between grapheme clusters so no mark is orphaned.
    BreakIterator chars = BreakIterator.getCharacterInstance(THAI);
    chars.setText(text);
    int cut = chars.next();
    for (int end = chars.next(); end != BreakIterator.DONE; end = chars.next()) {
      if (width(text.substring(0, end), font) > maxWidth) {
        break;
      }
      cut = end;
    }
    return cut;
  }

  private static String ellipsize(String line, Font font, double maxWidth) {
    String s = line;
    while (!s.isEmpty() && width(s + "…", font) > maxWidth) {
      BreakIterator chars = BreakIterator.getCharacterInstance(THAI);
      chars.setText(s);
      s = s.substring(0, chars.preceding(s.length()));
    }
    return s + "…";
  }
}
