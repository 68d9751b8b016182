package th.ita.platform.common.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.problem.FieldError;

class StoredTextGuardTest {

  private static List<FieldError> check(String json) {
    return StoredTextGuard.forbiddenText(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void namesEveryFieldHoldingAForbiddenCharacter() {
    var errors =
        check(
            """
        {"titleTh": "มาตรการ\\u000Bใหม่", "steps": ["ok", "ขั้น\\u0001"],
         "reporting": {"to": "ผู้อำนวยการ"}, "milestones": [{"activity": "x"}, {"activity": "\\uD800"}]}""");
    assertThat(errors)
        .extracting(FieldError::field)
        .containsExactly("titleTh", "steps[1]", "milestones[1].activity");
    assertThat(errors.get(0).message())
        .isEqualTo(
            "must not contain control characters other than tab and line breaks (found U+000B at position 8)");
  }

  @Test
  void aForbiddenPropertyNameIsNamedToo() {
    assertThat(check("{\"a\\u0007\": 1}")).extracting(FieldError::field).containsExactly("a\u0007");
  }

  @Test
  void cleanOrUnreadableBodiesPass() {
    assertThat(check("{\"titleTh\": \"บรรทัด 1\\nบรรทัด 2\\t😀\", \"n\": 1}")).isEmpty();
    assertThat(check("{\"titleTh\": ")).isEmpty();
    assertThat(check("[\"\\u000B\"]")).extracting(FieldError::field).containsExactly("[0]");
  }
}
