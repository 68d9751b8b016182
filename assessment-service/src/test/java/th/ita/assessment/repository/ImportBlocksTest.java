package th.ita.assessment.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.ImportRow;

/**
 * A staged block in COPY's text format: its fields escaped, its rows' columns as arrays that
 * PostgreSQL reads back exactly as the file held them ({@code ImportRowRepositoryTest} reads them).
 */
class ImportBlocksTest {

  private static String copy(String value) throws IOException {
    StringWriter out = new StringWriter();
    ImportBlocks.copyField(out, value);
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

  @Test
  void anArrayQuotesEveryElementAndEscapesQuotesAndBackslashes() {
    List<ImportRow> block =
        List.of(
            row(2, "90"), row(3, "a,b"), row(4, "say \"x\" \\ {}"), row(5, null), row(6, "NULL"));
    assertThat(ImportBlocks.arrayLiteral(block, ImportRow::score))
        .isEqualTo("{\"90\",\"a,b\",\"say \\\"x\\\" \\\\ {}\",NULL,\"NULL\"}");
    assertThat(ImportBlocks.arrayLiteral(block, r -> String.valueOf(r.line())))
        .isEqualTo("{\"2\",\"3\",\"4\",\"5\",\"6\"}");
  }

  @Test
  void aRowJoinsABlockOnlyWithTheSameAgencyColumnsAndWhileItHasRoom() {
    List<ImportRow> block = List.of(row(2, "90"));
    assertThat(ImportBlocks.joins(block, row(3, "80"))).isTrue();
    assertThat(ImportBlocks.joins(block, withCode(row(3, "80"), "OTHER"))).isFalse();
    assertThat(
            ImportBlocks.joins(
                block,
                new ImportRow(
                    3,
                    "DEPT1",
                    "กรมทดสอบ",
                    "Test Department",
                    "DEPARTMENT",
                    "MOI",
                    "กระทรวงอื่น",
                    null,
                    "FINAL",
                    "i2",
                    null,
                    "80")))
        .isFalse();

    List<ImportRow> full =
        IntStream.range(0, ImportBlocks.MAX_LINES_PER_BLOCK)
            .mapToObj(i -> row(i + 2, "90"))
            .toList();
    assertThat(ImportBlocks.joins(full.subList(0, full.size() - 1), row(9999, "80"))).isTrue();
    assertThat(ImportBlocks.joins(full, row(9999, "80"))).isFalse();
  }

  private static ImportRow row(int line, String score) {
    return new ImportRow(
        line,
        "DEPT1",
        "กรมทดสอบ",
        "Test Department",
        "DEPARTMENT",
        "MOI",
        "กระทรวงมหาดไทย",
        null,
        "FINAL",
        "i" + line,
        null,
        score);
  }

  private static ImportRow withCode(ImportRow r, String code) {
    return new ImportRow(
        r.line(),
        code,
        r.agencyNameTh(),
        r.agencyNameEn(),
        r.agencyType(),
        r.ministryCode(),
        r.ministryNameTh(),
        r.ministryNameEn(),
        r.round(),
        r.question(),
        r.part(),
        r.score());
  }
}
