package th.ita.reporting.render;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word styles and run properties for Thai. Word picks a run's font by script: Thai is a "complex
 * script", so it uses the cs font, size (szCs) and bold (bCs), not the plain ones. All four font
 * slots, both sizes and both bolds are therefore set, and the language th-TH, which Word and
 * LibreOffice use for Thai word breaking. Set in the document defaults and again on each run,
 * because some readers ignore the defaults.
 */
final class DocxStyles {

  static final String FONT = Sarabun.FAMILY;
  static final double BODY_PT = 12;
  static final double TABLE_PT = 11;

  private DocxStyles() {}

  static void install(XWPFDocument doc, String lang) {
    CTStyles styles = CTStyles.Factory.newInstance();
    CTDocDefaults defaults = styles.addNewDocDefaults();
    runProperties(defaults.addNewRPrDefault().addNewRPr(), lang, BODY_PT, false);
    CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
    spacing.setAfter(BigInteger.valueOf(120));
    // 1.2 lines: Thai stacks vowels and tone marks above and below, single spacing crowds them.
    spacing.setLine(BigInteger.valueOf(288));
    spacing.setLineRule(STLineSpacingRule.AUTO);

    CTStyle normal = paragraphStyle(styles, "Normal", "Normal");
    normal.setDefault(true);
    heading(styles, "Title", "Title", -1, 18, 0, true);
    heading(styles, "Subtitle", "Subtitle", -1, 13, 0, false);
    heading(styles, "Heading1", "heading 1", 0, 15, 14, true);
    heading(styles, "Heading2", "heading 2", 1, 13.5, 12, true);
    heading(styles, "Heading3", "heading 3", 2, 12.5, 10, true);
    heading(styles, "Heading4", "heading 4", 3, 12, 10, true);
    heading(styles, "Caption", "caption", -1, TABLE_PT, 6, true);
    doc.createStyles().setStyles(styles);
  }

  /** Applies font, size, bold and language to one run. */
  static void run(XWPFRun run, String lang, double sizePt, boolean bold) {
    CTRPr rpr = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    runProperties(rpr, lang, sizePt, bold);
  }

  private static void runProperties(CTRPr rpr, String lang, double sizePt, boolean bold) {
    CTFonts fonts = rpr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setEastAsia(FONT);
    fonts.setCs(FONT);
    if (bold) {
      rpr.addNewB();
      rpr.addNewBCs();
    }
    BigInteger halfPoints = BigInteger.valueOf(Math.round(sizePt * 2));
    rpr.addNewSz().setVal(halfPoints);
    rpr.addNewSzCs().setVal(halfPoints);
    CTLanguage language = rpr.addNewLang();
    language.setVal(lang.startsWith("th") ? "th-TH" : "en-US");
    // w:bidi is the language of complex-script text, which in these reports is Thai.
    language.setBidi("th-TH");
  }

  private static CTStyle paragraphStyle(CTStyles styles, String id, String name) {
    CTStyle style = styles.addNewStyle();
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId(id);
    style.addNewName().setVal(name);
    style.addNewQFormat();
    return style;
  }

  /**
   * @param outlineLevel 0-based level for the navigation pane and TOC; -1 for none
   * @param spaceBeforePt space above the paragraph in points
   */
  private static CTStyle heading(
      CTStyles styles,
      String id,
      String name,
      int outlineLevel,
      double sizePt,
      int spaceBeforePt,
      boolean bold) {
    CTStyle style = paragraphStyle(styles, id, name);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    CTPPrGeneral ppr = style.addNewPPr();
    ppr.addNewKeepNext();
    CTSpacing spacing = ppr.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(spaceBeforePt * 20L));
    spacing.setAfter(BigInteger.valueOf(80));
    if (outlineLevel >= 0) {
      ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr rpr = style.addNewRPr();
    if (bold) {
      rpr.addNewB();
      rpr.addNewBCs();
    }
    BigInteger halfPoints = BigInteger.valueOf(Math.round(sizePt * 2));
    rpr.addNewSz().setVal(halfPoints);
    rpr.addNewSzCs().setVal(halfPoints);
    return style;
  }
}
