package th.ita.assessment.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A staged field in COPY's text format: PostgreSQL reads back exactly what the file held. */
class CopyFieldTest {

  private static String copy(String value) throws IOException {
    StringWriter out = new StringWriter();
    ImportRowRepository.copyField(out, value);
    return out.toString();
  }

  @Test
  void aFieldWithoutSpecialCharactersIsWrittenAsItIs() throws IOException {
    assertThat(copy("กรมทดสอบ 90.50")).isEqualTo("กรมทดสอบ 90.50");
    assertThat(copy("")).isEmpty();
  }

  @Test
  void nullIsBackslashN() throws IOException {
    assertThat(copy(null)).isEqualTo("\\N");
  }

  @Test
  void everySpecialCharacterIsEscapedWhereverItStands() throws IOException {
    assertThat(copy("\\a\tb\nc\rd\\")).isEqualTo("\\\\a\\tb\\nc\\rd\\\\");
    assertThat(copy("\t\t\n\r\r\\\\")).isEqualTo("\\t\\t\\n\\r\\r\\\\\\\\");
    assertThat(copy("\\N")).isEqualTo("\\\\N");
  }
}
