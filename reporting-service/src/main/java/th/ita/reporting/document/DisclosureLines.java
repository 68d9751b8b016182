package th.ita.reporting.document;

import java.util.List;
import th.ita.reporting.domain.DisclosureKind;
import th.ita.reporting.render.Block;
import th.ita.reporting.service.DisclosureData;

/**
 * The line under a document's sign-off that says where the agency published it: "เผยแพร่บนเว็บไซต์
 * ของหน่วยงาน: https://… เมื่อวันที่ 6 ตุลาคม พ.ศ. 2567 (OIT ข้อ o34
 * มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน)".
 */
final class DisclosureLines {

  private DisclosureLines() {}

  /** The line for {@code kind}, when the agency recorded one; nothing otherwise. */
  static List<Block> of(List<DisclosureData> disclosures, DisclosureKind kind, Labels l) {
    DisclosureData d = DisclosureData.find(disclosures, kind);
    if (d == null) {
      return List.of();
    }
    return List.of(
        new Block.Paragraph(
            l.f(
                "disclosure.line",
                d.url(),
                l.formalDate(d.publishedOn()),
                d.oitItem(),
                itemName(kind, l))));
  }

  /**
   * The same as a header fact, "เผยแพร่บนเว็บไซต์ของหน่วยงาน: https://… (6 ตุลาคม พ.ศ. 2567, OIT
   * ข้อ o34)": a spreadsheet shows the facts and the sign-off, not running text.
   */
  static List<Block.KeyValues.Entry> fact(
      List<DisclosureData> disclosures, DisclosureKind kind, Labels l) {
    DisclosureData d = DisclosureData.find(disclosures, kind);
    if (d == null) {
      return List.of();
    }
    return List.of(
        new Block.KeyValues.Entry(
            l.t("fact.disclosed"),
            l.f("disclosure.fact", d.url(), l.formalDate(d.publishedOn()), d.oitItem())));
  }

  static String itemName(DisclosureKind kind, Labels l) {
    return l.pick(kind.oitItemTh(), kind.oitItemEn());
  }
}
