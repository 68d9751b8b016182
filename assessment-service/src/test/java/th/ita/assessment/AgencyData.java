package th.ita.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import th.ita.assessment.domain.AgencyInput;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.MinistryRef;

/**
 * An agency to register, as a client sends it: a department of the Ministry of Commerce unless a
 * test says otherwise. Tests change only what they are about.
 */
record AgencyData(
    String code, String nameTh, String nameEn, AgencyType type, MinistryRef ministry) {

  private static final ObjectMapper JSON = new ObjectMapper();
  static final MinistryRef COMMERCE =
      new MinistryRef("MOC", "กระทรวงพาณิชย์", "Ministry of Commerce");

  static AgencyData agency(String code) {
    return new AgencyData(code, "หน่วยงาน " + code, "Test agency", AgencyType.DEPARTMENT, COMMERCE);
  }

  AgencyData named(String value) {
    return new AgencyData(code, value, nameEn, type, ministry);
  }

  AgencyData ofType(AgencyType value) {
    return new AgencyData(code, nameTh, nameEn, value, ministry);
  }

  AgencyData inMinistry(MinistryRef value) {
    return new AgencyData(code, nameTh, nameEn, type, value);
  }

  AgencyInput input() {
    return new AgencyInput(code, nameTh, nameEn, null, type, ministry, null, null);
  }

  /** The request body. */
  String json() {
    try {
      return JSON.writeValueAsString(input());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
