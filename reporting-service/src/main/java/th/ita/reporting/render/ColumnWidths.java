package th.ita.reporting.render;

import java.text.BreakIterator;
import java.util.List;

/**
 * Column widths estimated from content, for formats that do not fit columns themselves (POI writes
 * no auto-fit into DOCX, and XLSX auto-size is slow and needs the fonts on the server). Thai
 * above/below vowels and tone marks take no width, so only spacing characters count.
 */
final class ColumnWidths {

  static final int MIN_CHARS = 6;
  static final int MAX_CHARS = 60;

  /** The most a column of running text asks for in {@link #shares}, in characters. */
  static final int SHARE_CAP = 60;

  /** Enough rows to judge a column; the national table has 8,300+. */
  private static final int SAMPLE_ROWS = 500;

  private ColumnWidths() {}

  /** Width of each column in characters, between {@link #MIN_CHARS} and {@link #MAX_CHARS}. */
  static int[] chars(Block.Table table) {
    int[] widths = new int[table.columns().size()];
    for (int c = 0; c < widths.length; c++) {
      // Headers may wrap onto two lines, so they count for about half their length.
      widths[c] = Math.max(MIN_CHARS, (visualLength(table.columns().get(c).header()) + 1) / 2 + 2);
    }
    List<List<Cell>> rows = table.rows();
    for (int r = 0; r < Math.min(rows.size(), SAMPLE_ROWS); r++) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], visualLength(rows.get(r).get(c).display()) + 2);
      }
    }
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.min(MAX_CHARS, widths[c]);
    }
    return widths;
  }

  /**
   * Shares of the page width for tables laid out on paper. Numbers never wrap, so a number column
   * gets its longest value; a text column wraps, so it gets its average length (one long name
   * should not squeeze the measure titles), capped so short columns keep some room.
   */
  static double[] shares(Block.Table table) {
    int cols = table.columns().size();
    double[] shares = new double[cols];
    int sampled = Math.min(table.rows().size(), SAMPLE_ROWS);
    for (int c = 0; c < cols; c++) {
      int longest = 0;
      long sum = 0;
      boolean numeric = true;
      for (int r = 0; r < sampled; r++) {
        Cell cell = table.rows().get(r).get(c);
        int length = longestLine(cell.display());
        longest = Math.max(longest, length);
        sum += length;
        numeric &= cell.numeric() || cell.display().isEmpty();
      }
      double content = numeric ? longest : (sampled == 0 ? 0 : (double) sum / sampled);
      double header = longestWord(table.columns().get(c).header());
      // Capped so one column of long running text (a measure's steps, an agency's analysis) takes
      // about half the page, not all of it, and short columns keep their room.
      shares[c] = Math.min(SHARE_CAP, Math.max(MIN_CHARS, Math.max(content, header) + 2));
    }
    double total = 0;
    for (double share : shares) {
      total += share;
    }
    for (int c = 0; c < cols; c++) {
      shares[c] /= total;
    }
    return shares;
  }

  /** A line feed ends a line anyway: a cell is as wide as its longest line wants. */
  private static int longestLine(String text) {
    int longest = 0;
    for (String line : text.split("\n", -1)) {
      longest = Math.max(longest, visualLength(line));
    }
    return longest;
  }

  /** A header wraps between words, but not inside one (Thai words found by the dictionary). */
  private static int longestWord(String text) {
    BreakIterator words = ThaiText.lineBreaks(text);
    int longest = 0;
    for (int start = words.first(), end = words.next();
        end != BreakIterator.DONE;
        start = end, end = words.next()) {
      longest = Math.max(longest, visualLength(text.substring(start, end).strip()));
    }
    return longest;
  }

  /** Characters that advance the pen: Thai combining marks (category Mn) do not. */
  static int visualLength(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }

  /** Lines a text needs in a column this many characters wide, at least 1. */
  static int lines(String text, int columnChars) {
    int lines = 0;
    for (String part : text.split("\n", -1)) {
      lines +=
          Math.max(1, (int) Math.ceil(visualLength(part) / (double) Math.max(1, columnChars - 1)));
    }
    return Math.max(1, lines);
  }
}
