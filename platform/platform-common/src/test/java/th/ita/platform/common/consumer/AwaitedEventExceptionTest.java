package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AwaitedEventExceptionTest {

  @Test
  void aResultAwaitingItsFrameworkNamesTheVersionAndWhereItComesFrom() {
    ConsumedEvent event =
        new ConsumedEvent("ita.results", "e-1", "ResultPublished", "/assessment-service", "{}");

    assertThat(AwaitedEventException.framework(event, 2567, 41))
        .hasMessage(
            "ResultPublished e-1 on ita.results waits for the FY2567 framework's version 41"
                + " (FrameworkPublished on ita.frameworks)");
  }
}
