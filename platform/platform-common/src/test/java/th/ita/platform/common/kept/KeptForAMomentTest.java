package th.ita.platform.common.kept;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.time.HandClock;

class KeptForAMomentTest {

  private final HandClock clock = new HandClock(Instant.parse("2026-12-05T02:30:00Z"));
  private final AtomicInteger reads = new AtomicInteger();

  /** Answers weigh their length; a blank answer stands for one that may not be kept. */
  private final KeptForAMoment<String, String> kept =
      new KeptForAMoment<>(clock, Duration.ofSeconds(1), 10, String::length, a -> !a.isBlank());

  @Test
  void anAnswerIsReadOnceWithinItsMoment() {
    assertThat(kept.get("DITP", counted("first"))).isEqualTo("first");
    clock.advance(Duration.ofMillis(999));

    assertThat(kept.get("DITP", counted("second"))).isEqualTo("first");
    assertThat(reads).hasValue(1);
  }

  @Test
  void afterItsMomentItIsReadAgain() {
    kept.get("DITP", counted("first"));
    clock.advance(Duration.ofSeconds(1));

    assertThat(kept.get("DITP", counted("second"))).isEqualTo("second");
    assertThat(reads).hasValue(2);
  }

  @Test
  void whatIsAskedIsKeptApart() {
    kept.get("DITP", counted("ditp"));

    assertThat(kept.get("TCEB", counted("tceb"))).isEqualTo("tceb");
    assertThat(kept.get("DITP", counted("other"))).isEqualTo("ditp");
    assertThat(reads).hasValue(2);
  }

  @Test
  void anAnswerReadAnewIsKeptInPlaceOfTheOlderOne() {
    kept.get("DITP", counted("first"));

    assertThat(kept.refresh("DITP", counted("second"))).isEqualTo("second");
    assertThat(kept.get("DITP", counted("third"))).isEqualTo("second");
    assertThat(reads).hasValue(2);
  }

  @Test
  void aCommittedChangeDropsEveryAnswer() {
    kept.get("DITP", counted("first"));
    kept.get("TCEB", counted("first"));
    kept.dropAll();

    assertThat(kept.get("DITP", counted("second"))).isEqualTo("second");
    assertThat(kept.get("TCEB", counted("second"))).isEqualTo("second");
    assertThat(reads).hasValue(4);
  }

  @Test
  void anAnswerReadWhileAChangeCommittedIsNotKept() {
    kept.get(
        "DITP",
        () -> {
          reads.incrementAndGet();
          kept.dropAll(); // commits during the read
          return "first";
        });

    assertThat(kept.get("DITP", counted("second"))).isEqualTo("second");
    assertThat(reads).hasValue(2);
  }

  @Test
  void anAnswerThatMayNotBeKeptIsReadEachTime() {
    kept.get("DITP", counted(" "));
    kept.get("DITP", counted(" "));

    assertThat(reads).hasValue(2);
  }

  @Test
  void answersAreKeptWithinTheirWeight() {
    kept.get("DITP", counted("12345"));
    kept.get("TCEB", counted("12345"));
    kept.get("DITP", counted("12345"));
    kept.get("TCEB", counted("12345"));

    assertThat(reads).hasValue(2);
  }

  @Test
  void anAnswerHeavierThanAllowedIsNotKept() {
    kept.get("DITP", counted("12345678901"));
    kept.get("DITP", counted("12345678901"));

    assertThat(reads).hasValue(2);
  }

  private Supplier<String> counted(String answer) {
    return () -> {
      reads.incrementAndGet();
      return answer;
    };
  }
}
