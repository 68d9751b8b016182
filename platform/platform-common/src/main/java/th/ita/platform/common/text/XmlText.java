package th.ita.platform.common.text;

/**
 * The characters XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, U+FFFE
 * and U+FFFF, and surrogates without their pair. Every document the platform renders (XHTML for
 * PDF, DOCX and XLSX are XML) would fail on one of them, so stored text never holds them, and text
 * stored before that rule is cleaned where it is rendered.
 */
public final class XmlText {

  private XmlText() {}

  /** The index of the first forbidden character, or -1. */
  public static int firstForbidden(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || isForbiddenChar(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The text with every forbidden character replaced: a vertical tab or form feed (what Word pastes
   * for a soft line break or page break) becomes a space, anything else is dropped.
   */
  public static String clean(String text) {
    if (text == null || firstForbidden(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\u000B' || c == '\u000C') {
        out.append(' ');
      } else if (!Character.isSurrogate(c) && !isForbiddenChar(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** How a client is told which character was refused, e.g. "U+000B at position 12". */
  public static String describe(CharSequence text, int index) {
    return String.format("U+%04X at position %d", (int) text.charAt(index), index + 1);
  }

  private static boolean isForbiddenChar(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
  }
}
