package th.ita.reporting.domain;

/**
 * A document an agency publishes on its website, and the OIT item that checks it. From FY2567 the
 * measures are item o34 ("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน") and the report on
 * carrying them out o35; up to FY2566 they were O42 and O43 (seed 004). The item is the one of the
 * fiscal year the measures run in, since that year's assessment checks them.
 */
public enum DisclosureKind {
  /** The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน). */
  MEASURES(
      "o34",
      "O42",
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "Internal measures to promote integrity and transparency"),
  /** The 6-month report on carrying out the measures (to 31 March). */
  PROGRESS_HALF(
      "o35",
      "O43",
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "Report on carrying out the integrity and transparency measures"),
  /** The annual report on carrying out the measures (to 30 September). */
  PROGRESS_ANNUAL(
      "o35",
      "O43",
      "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
      "Report on carrying out the integrity and transparency measures");

  /** The first fiscal year of the FY2567 numbering (o34, o35). */
  static final int RENUMBERED = 2567;

  private final String item;
  private final String itemBefore2567;
  private final String itemTh;
  private final String itemEn;

  DisclosureKind(String item, String itemBefore2567, String itemTh, String itemEn) {
    this.item = item;
    this.itemBefore2567 = itemBefore2567;
    this.itemTh = itemTh;
    this.itemEn = itemEn;
  }

  /** The OIT item of {@code fiscalYear}'s framework: "o34" from FY2567, "O42" before. */
  public String oitItem(int fiscalYear) {
    return fiscalYear >= RENUMBERED ? item : itemBefore2567;
  }

  /** The item as the FY2567 and FY2568 frameworks word it. */
  public String oitItemTh() {
    return itemTh;
  }

  public String oitItemEn() {
    return itemEn;
  }
}
