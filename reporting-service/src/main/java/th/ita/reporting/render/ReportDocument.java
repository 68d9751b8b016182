package th.ita.reporting.render;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import th.ita.platform.common.text.XmlText;

/**
 * A report written once and rendered to every format (HTML, PDF, DOCX, XLSX, CSV).
 *
 * <p>The model is deliberately small: builders of the measures document, the progress report, the
 * analysis report and dashboards all compose the same few {@link Block}s, so each renderer knows
 * every shape it can meet. Texts are already localised by the caller; renderers add no words of
 * their own except the page number.
 *
 * <p>Every text entering the model is cleaned of the characters XML 1.0 forbids ({@link XmlText}):
 * PDF, DOCX and XLSX are XML underneath, and one agency's pasted control character, stored before
 * the API refused them, must never fail a document, least of all a national one.
 *
 * @param title document title (the {@code <title>}, the first heading, the PDF/DOCX title)
 * @param subtitle optional line under the title, e.g. agency and fiscal year; may be null
 * @param lang BCP 47 language of the texts, "th" or "en"; drives hyphenation-free line breaking,
 *     the HTML {@code lang} and the DOCX language
 * @param blocks the body, in reading order
 */
public record ReportDocument(String title, String subtitle, String lang, List<Block> blocks) {

  public ReportDocument {
    title = XmlText.clean(Objects.requireNonNull(title, "title"));
    subtitle = XmlText.clean(subtitle);
    lang = lang == null || lang.isBlank() ? "th" : lang;
    blocks = List.copyOf(blocks);
  }

  public static ReportDocument thai(String title, String subtitle, List<Block> blocks) {
    return new ReportDocument(title, subtitle, "th", blocks);
  }

  /** The tables in reading order; XLSX makes one sheet of each, CSV picks one. */
  public List<Block.Table> tables() {
    return blocks.stream()
        .filter(Block.Table.class::isInstance)
        .map(Block.Table.class::cast)
        .toList();
  }

  /** The charts in reading order; their index is how the PDF finds a chart for its SVG. */
  public List<Block.BarChart> charts() {
    return blocks.stream()
        .filter(Block.BarChart.class::isInstance)
        .map(Block.BarChart.class::cast)
        .toList();
  }

  boolean isThai() {
    return lang.toLowerCase(Locale.ROOT).startsWith("th");
  }
}
