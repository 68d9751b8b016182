package th.ita.assessment.domain;

/** The kinds of public body NACC assesses; rankings compare agencies of the same type. */
public enum AgencyType {
  DEPARTMENT("ส่วนราชการระดับกรม", "Department-level government agency"),
  PROVINCE("จังหวัด", "Province"),
  PUBLIC_ORGANIZATION("องค์การมหาชน", "Public organization"),
  STATE_ENTERPRISE("รัฐวิสาหกิจ", "State enterprise"),
  UNIVERSITY("มหาวิทยาลัย", "University"),
  INDEPENDENT_ORGAN("องค์กรอิสระ", "Independent organ"),
  COURT("หน่วยงานศาล", "Court"),
  LOCAL_ADMINISTRATION("องค์กรปกครองส่วนท้องถิ่น", "Local administration"),
  OTHER("หน่วยงานอื่น", "Other");

  private final String nameTh;
  private final String nameEn;

  AgencyType(String nameTh, String nameEn) {
    this.nameTh = nameTh;
    this.nameEn = nameEn;
  }

  public String nameTh() {
    return nameTh;
  }

  public String nameEn() {
    return nameEn;
  }
}
