package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where Thai lines may break. */
class ThaiTextTest {

  private static List<String> words(String text) {
    BreakIterator it = ThaiText.lineBreaks(text);
    List<String> words = new ArrayList<>();
    for (int start = it.first(), end = it.next();
        end != BreakIterator.DONE;
        start = end, end = it.next()) {
      words.add(text.substring(start, end));
    }
    return words;
  }

  @Test
  void quarterIsOneWordThoughTheDictionarySplitsIt() {
    assertThat(words("ไตรมาสที่ 1")).containsExactly("ไตรมาส", "ที่ ", "1");
    assertThat(words("รายงานผลต่อผู้อำนวยการ ทุกไตรมาส"))
        .containsExactly("รายงาน", "ผล", "ต่อ", "ผู้", "อำนวย", "การ ", "ทุก", "ไตรมาส");
    assertThat(words("ระยะเวลาดำเนินการ")).containsExactly("ระยะ", "เวลา", "ดำเนิน", "การ");
  }

  @Test
  void wordsAndAbbreviationsTheDictionarySplitStayWhole() {
    // No break after an abbreviation's inner full stop, nor inside the words; spaces still break.
    assertThat(words("ต.ค. 2567 – มี.ค. 2568"))
        .containsExactly("ต.ค. ", "2567 ", "– ", "มี.ค. ", "2568");
    assertThat(words("พ.ศ. 2567")).containsExactly("พ.ศ. ", "2567");
    assertThat(words("ประกาศบนเว็บไซต์")).endsWith("เว็บไซต์");
    assertThat(words("กรมอาเซียน")).endsWith("อาเซียน");
    assertThat(words("ผู้รับผิดชอบ")).containsExactly("ผู้รับผิดชอบ");
    assertThat(words("ความคืบหน้า (%)")).startsWith("ความคืบหน้า ");
    assertThat(words("สำนักงาน ป.ป.ช.")).endsWith("ป.ป.ช.");
  }

  @Test
  void aQuarterColumnIsWideEnoughForTheWord() {
    Block.Table table =
        new Block.Table(
            "t",
            List.of(Column.text("มาตรการ"), Column.centered("ไตรมาสที่ 1")),
            List.of(List.of(Cell.text("มาตรการที่ 1"), Cell.text("■"))));
    // "มาตรการที่ 1" is 10 characters wide (marks take no width) and "ไตรมาส" 6, each with 2 of
    // padding.
    assertThat(ColumnWidths.shares(table)).containsExactly(12.0 / 20, 8.0 / 20);
  }
}
