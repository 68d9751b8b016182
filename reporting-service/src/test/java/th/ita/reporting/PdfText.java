package th.ita.reporting;

/**
 * PDF text as tests compare it: a PDF breaks Thai lines where it likes, so whitespace is dropped.
 */
final class PdfText {

  private PdfText() {}

  static String squash(String s) {
    return s.replaceAll("\\s+", "");
  }
}
