package th.ita.platform.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

  @Test
  void findsTheCharactersXmlForbids() {
    assertThat(XmlText.firstForbidden("มาตรการ\u000Bที่ 1")).isEqualTo(7);
    assertThat(XmlText.firstForbidden("a\u0000")).isEqualTo(1);
    assertThat(XmlText.firstForbidden("\uFFFE")).isZero();
    assertThat(XmlText.firstForbidden("x\uD83D"))
        .as("a high surrogate without its pair")
        .isEqualTo(1);
    assertThat(XmlText.firstForbidden("\uDE00x")).as("a low surrogate alone").isZero();
  }

  @Test
  void allowsTabsLineBreaksThaiAndEmoji() {
    assertThat(XmlText.firstForbidden("ขั้นที่ 1\tทำ\r\nขั้นที่ 2 😀 น้ำ")).isEqualTo(-1);
  }

  @Test
  void cleaningTurnsWordsSoftBreaksIntoSpacesAndDropsTheRest() {
    assertThat(XmlText.clean("มาตรการ\u000Bที่ 1\u000C")).isEqualTo("มาตรการ ที่ 1 ");
    assertThat(XmlText.clean("a\u0000b\u001Fc\uD83Dd\uFFFF😀")).isEqualTo("abcd😀");
    assertThat(XmlText.clean(null)).isNull();
    String clean = "ไม่มีอะไรต้องแก้";
    assertThat(XmlText.clean(clean)).isSameAs(clean);
  }

  @Test
  void describesTheCharacterForTheClient() {
    assertThat(XmlText.describe("ab\u000B", 2)).isEqualTo("U+000B at position 3");
  }
}
