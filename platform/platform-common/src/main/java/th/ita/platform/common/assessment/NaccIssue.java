package th.ita.platform.common.assessment;

/** The seven issues NACC asks every agency to analyse its results by (seeds 000, 001, 004). */
public enum NaccIssue {
  WORK_PROCESS(
      1, "กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ", "Transparent, efficient work process"),
  SERVICE_DELIVERY(2, "การให้บริการและระบบ E-Service", "Service delivery and e-services"),
  PUBLIC_COMMUNICATION(
      3, "ช่องทางและรูปแบบการประชาสัมพันธ์เผยแพร่ข้อมูลข่าวสารภาครัฐ", "Public communication"),
  GOVERNMENT_ASSETS(
      4, "กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", "Oversight of government assets"),
  BUDGET_AND_PROCUREMENT(
      5,
      "กระบวนการสร้างความโปร่งใสในการใช้งบประมาณและการจัดซื้อจัดจ้าง",
      "Budget and procurement transparency"),
  AUTHORITY_AND_HR(
      6,
      "กระบวนการควบคุม ตรวจสอบการใช้อำนาจและการบริหารงานบุคคล",
      "Control of authority and HR management"),
  ANTI_CORRUPTION(
      7, "กลไกและมาตรการในการแก้ไขและป้องกันการทุจริตภายในหน่วยงาน", "Anti-corruption mechanisms");

  private final int number;
  private final String nameTh;
  private final String nameEn;

  NaccIssue(int number, String nameTh, String nameEn) {
    this.number = number;
    this.nameTh = nameTh;
    this.nameEn = nameEn;
  }

  public int number() {
    return number;
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }

  public static NaccIssue of(int number) {
    for (NaccIssue issue : values()) {
      if (issue.number == number) {
        return issue;
      }
    }
    throw new IllegalArgumentException("NACC issues are numbered 1 to 7, not " + number);
  }
}
