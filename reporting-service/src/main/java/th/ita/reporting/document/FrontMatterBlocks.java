package th.ita.reporting.document;

import java.util.ArrayList;
import java.util.List;
import th.ita.reporting.render.Block;
import th.ita.reporting.service.FrontMatter;
import th.ita.reporting.service.MeasuresDocumentData;

/**
 * The opening sections of the measures document (ความเป็นมาและหลักการเหตุผล, วัตถุประสงค์, the
 * assessment tools, the respondent groups): the agency's own text from its report settings, else
 * the standard one, with {@code {agency}}, {@code {assessmentYear}} and {@code {fiscalYear}}
 * replaced by the agency's name and the Buddhist-era years. Placeholders are plain text rather than
 * a template language, so an officer's text can never run code or fail to parse.
 */
final class FrontMatterBlocks {

  private FrontMatterBlocks() {}

  static List<Block> of(MeasuresDocumentData d, String agency, Labels l) {
    FrontMatter own = d.frontMatter();
    List<Block> blocks = new ArrayList<>();
    section(blocks, 1, "front.background", own.background(), d, agency, l);
    section(blocks, 2, "front.objectives", own.objectives(), d, agency, l);
    section(blocks, 2, "front.tools", own.tools(), d, agency, l);
    section(blocks, 2, "front.respondents", own.respondents(), d, agency, l);
    return blocks;
  }

  private static void section(
      List<Block> blocks,
      int level,
      String key,
      String own,
      MeasuresDocumentData d,
      String agency,
      Labels l) {
    String text = own == null || own.isBlank() ? l.t(key) : own;
    blocks.add(new Block.Heading(level, l.t(key + ".heading")));
    for (String paragraph : fill(text, d, agency).split("\\n\\s*\\n")) {
      if (!paragraph.isBlank()) {
        blocks.add(new Block.Paragraph(paragraph.strip()));
      }
    }
  }

  /** The placeholders replaced; anything else in braces stays as the agency wrote it. */
  static String fill(String template, MeasuresDocumentData d, String agency) {
    return template
        .replace("{agency}", agency)
        .replace("{assessmentYear}", String.valueOf(d.assessmentYear()))
        .replace("{fiscalYear}", String.valueOf(d.fiscalYear()));
  }
}
