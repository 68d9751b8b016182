package th.ita.assessment.mapping;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of an import file and its template, in template order. Headers are matched without
 * regard to case or surrounding spaces; docs/import-format.md describes each.
 */
public enum ImportColumn {
  AGENCY_CODE("agency_code", true, "รหัสหน่วยงาน", "Agency code in the registry"),
  AGENCY_NAME_TH(
      "agency_name_th",
      false,
      "ชื่อหน่วยงาน (ไทย) — ใช้เมื่อสร้างหน่วยงานใหม่",
      "Thai name, to create an agency"),
  AGENCY_NAME_EN(
      "agency_name_en", false, "ชื่อหน่วยงาน (อังกฤษ)", "English name, to create an agency"),
  AGENCY_TYPE(
      "agency_type",
      false,
      "ประเภทหน่วยงาน เช่น DEPARTMENT, PROVINCE",
      "Agency type, e.g. DEPARTMENT"),
  MINISTRY_CODE("ministry_code", false, "รหัสกระทรวง", "Ministry code"),
  MINISTRY_NAME_TH("ministry_name_th", false, "ชื่อกระทรวง (ไทย)", "Ministry name in Thai"),
  MINISTRY_NAME_EN("ministry_name_en", false, "ชื่อกระทรวง (อังกฤษ)", "Ministry name in English"),
  ROUND(
      "round",
      false,
      "รอบการประเมิน FINAL หรือ INTERIM (ว่าง = FINAL)",
      "FINAL or INTERIM; empty means FINAL"),
  QUESTION("question", true, "รหัสข้อคำถาม เช่น i1, e5, o12", "Question code, e.g. i1"),
  PART(
      "part",
      false,
      "ส่วนของ EIT: PUBLIC หรือ SURVEY (ว่างสำหรับข้ออื่น)",
      "EIT part: PUBLIC or SURVEY; empty otherwise"),
  SCORE("score", true, "คะแนน 0–100 ทศนิยมไม่เกิน 6 ตำแหน่ง", "Score 0–100"),
  QUESTION_TEXT(
      "question_text",
      false,
      "ข้อความของข้อคำถาม (เพื่ออ่านประกอบ ระบบไม่นำเข้า)",
      "The question's text, for reading; not imported");

  private final String header;
  private final boolean required;
  private final String descriptionTh;
  private final String descriptionEn;

  ImportColumn(String header, boolean required, String descriptionTh, String descriptionEn) {
    this.header = header;
    this.required = required;
    this.descriptionTh = descriptionTh;
    this.descriptionEn = descriptionEn;
  }

  public String header() {
    return header;
  }

  public boolean required() {
    return required;
  }

  public String descriptionTh() {
    return descriptionTh;
  }

  public String descriptionEn() {
    return descriptionEn;
  }

  public static Optional<ImportColumn> ofHeader(String header) {
    String wanted = header == null ? "" : header.strip().replace("\uFEFF", "");
    return Arrays.stream(values()).filter(c -> c.header.equalsIgnoreCase(wanted)).findFirst();
  }
}
