package th.ita.measures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events other services send this one, built as data rather than copied as text. */
final class EventData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private EventData() {}

  /** An agency snapshot as the registry announces it. */
  static String agency(String code, String nameTh, long version) {
    Map<String, Object> agency = new LinkedHashMap<>();
    agency.put("code", code);
    agency.put("nameTh", nameTh);
    agency.put("nameEn", "Agency");
    agency.put("type", "DEPARTMENT");
    agency.put("typeNameTh", "ส่วนราชการระดับกรม");
    agency.put("ministryCode", "MOC");
    agency.put("ministryNameTh", "กระทรวงพาณิชย์");
    agency.put("version", version);
    return json(agency);
  }

  /**
   * A FINAL published result of the assessment year with four question scores: i1 99.00, i10 as
   * given, i14 96.20 and e8 59.01.
   */
  static String result(String agency, int year, int revision, String i10Score) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("agencyCode", agency);
    result.put("fiscalYear", year);
    result.put("round", "FINAL");
    result.put("status", "PUBLISHED");
    result.put("revision", revision);
    result.put(
        "overall",
        Map.of(
            "score", new BigDecimal("92.52"), "level", Map.of("code", "PASS", "nameTh", "ผ่าน")));
    result.put(
        "questions",
        List.of(
            question("i1", "IIT", 1, List.of(1), "99.00", "ข้อ 1"),
            question("i10", "IIT", 4, List.of(4), i10Score, "การยืมทรัพย์สินของราชการ"),
            question("i14", "IIT", 5, List.of(7), "96.20", "การแก้ไขปัญหาการทุจริต"),
            question("e8", "EIT", 8, List.of(1, 2), "59.01", "การปรับปรุงการทำงาน")));
    return json(result);
  }

  private static Map<String, Object> question(
      String code, String tool, int indicator, List<Integer> issues, String score, String textTh) {
    Map<String, Object> q = new LinkedHashMap<>();
    q.put("code", code);
    q.put("tool", tool);
    q.put("indicator", indicator);
    q.put("issues", issues);
    q.put("score", new BigDecimal(score));
    q.put("textTh", textTh);
    return q;
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
