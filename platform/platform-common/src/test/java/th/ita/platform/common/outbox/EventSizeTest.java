package th.ita.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EventSizeTest {

  private static long utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void countsTheRecordAsUtf8BytesPlusTheHeaderAllowance() {
    String payload = "{\"titleTh\": \"มาตรการส่งเสริมคุณธรรม\", \"note\": \"naïve 😀\"}";
    long expected =
        utf8("DITP")
            + utf8("PlanPublished")
            + utf8("DITP")
            + utf8(payload)
            + EventSize.HEADER_ALLOWANCE;
    assertThat(EventSize.of("DITP", "PlanPublished", "DITP", payload)).isEqualTo(expected);
  }

  @Test
  void aMissingSubjectCountsNothing() {
    assertThat(EventSize.of("K", "T", null, "{}")).isEqualTo(4 + EventSize.HEADER_ALLOWANCE);
  }
}
