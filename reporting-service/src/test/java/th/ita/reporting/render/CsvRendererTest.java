package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvRendererTest {

  @Test
  void writesTheFirstTableAsUtf8WithBomAndParsesBack() throws Exception {
    byte[] bytes = new CsvRenderer().toBytes(SampleReport.document());
    SampleReport.save("sample.csv", bytes);

    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(csv).startsWith("ลำดับ,มาตรการ,ผู้รับผิดชอบ,คะแนน\r\n");

    try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
      List<CSVRecord> rows = parser.getRecords();
      assertThat(rows).hasSize(6);
      assertThat(rows.get(1).toList())
          .containsExactly("1", SampleReport.MEASURE_1, "กลุ่มงานพัสดุ", "92.63");
      assertThat(rows.get(3).get(3)).isEqualTo("85.00");
    }
  }

  @Test
  void quotesPerRfc4180AndDefusesFormulas() throws Exception {
    Block.Table table =
        new Block.Table(
            null,
            List.of(Column.text("a"), Column.number("b")),
            List.of(
                List.of(Cell.text("มี \"คำพูด\", และจุลภาค"), Cell.num("-1.50")),
                List.of(Cell.text("=HYPERLINK(\"x\")"), Cell.num("0.00"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvRenderer().render(table, out);
    String csv = out.toString(StandardCharsets.UTF_8).substring(1);

    assertThat(csv)
        .isEqualTo(
            "a,b\r\n\"มี \"\"คำพูด\"\", และจุลภาค\",-1.50\r\n\"'=HYPERLINK(\"\"x\"\")\",0.00\r\n");
  }

  /**
   * Only what RFC 4180 requires is quoted: not an empty first field, nor leading or trailing
   * spaces.
   */
  @Test
  void quotesNothingElse() throws Exception {
    Block.Table table =
        new Block.Table(
            null,
            List.of(Column.text("a"), Column.text("b"), Column.text("c")),
            List.of(
                List.of(Cell.empty(), Cell.text(" leading"), Cell.text("trailing ")),
                List.of(Cell.text("#1"), Cell.text("!"), Cell.text("two\nlines"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new CsvRenderer().render(table, out);
    String csv = out.toString(StandardCharsets.UTF_8).substring(1);

    assertThat(csv).isEqualTo("a,b,c\r\n, leading,trailing \r\n#1,!,\"two\nlines\"\r\n");
  }
}
