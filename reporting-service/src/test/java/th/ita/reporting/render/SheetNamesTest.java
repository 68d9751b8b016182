package th.ita.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

  @Test
  void makesNamesExcelAccepts() {
    SheetNames names = new SheetNames();
    String longThai = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ";

    assertThat(names.unique("ตาราง [1]: a/b\\c*?", "x")).isEqualTo("ตาราง 1 a b c");
    String first = names.unique(longThai, "x");
    String second = names.unique(longThai, "x");
    assertThat(first).hasSize(31);
    assertThat(second).hasSizeLessThanOrEqualTo(31).endsWith(" (2)").isNotEqualTo(first);
    assertThat(names.unique("  ", "ตาราง 3")).isEqualTo("ตาราง 3");
    assertThat(names.unique("'quoted'", "x")).isEqualTo("quoted");
    assertThat(names.unique("history", "x")).isEqualTo("history (2)");
  }
}
