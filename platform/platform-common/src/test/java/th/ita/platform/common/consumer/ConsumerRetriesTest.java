package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.time.HandClock;

class ConsumerRetriesTest {

  private final ConsumerHealth health = new ConsumerHealth();
  private final ConsumerRetries retries =
      new ConsumerRetries(
          health,
          Clock.fixed(Instant.parse("2026-01-05T02:30:00Z"), ZoneOffset.UTC),
          Duration.ofMillis(1),
          Duration.ofMillis(2));

  private static RuntimeException connectionLost() {
    return new PersistenceException(
        "commit failed", new SQLException("An I/O error occurred", "08006"));
  }

  @Test
  void retriesATransientFailureUntilItSucceedsAndReportsItMeanwhile() {
    AtomicInteger attempts = new AtomicInteger();
    List<Integer> seenByReadiness = new ArrayList<>();
    String result =
        retries.untilApplied(
            "ita.results",
            () -> {
              if (attempts.get() > 0) {
                seenByReadiness.add(health.retrying().get("ita.results").attempts());
              }
              if (attempts.incrementAndGet() < 4) {
                throw connectionLost();
              }
              return "applied";
            });

    assertThat(result).isEqualTo("applied");
    assertThat(attempts).hasValue(4);
    assertThat(seenByReadiness).containsExactly(1, 2, 3);
    assertThat(health.retrying()).isEmpty();
  }

  /** As {@link ConsumerRetries#inTransactionForBatch} tries a poll, without the transaction. */
  private <T> T asBatch(Supplier<T> attempt) {
    return retries.untilApplied("ita.results", ConsumerRetries.BATCH_ATTEMPTS, attempt);
  }

  private static RuntimeException deadlock() {
    return new PersistenceException("deadlock", new SQLException("deadlock detected", "40P01"));
  }

  @Test
  void aBatchIsTriedAFewTimesThenItsLastTransientFailureIsThrownAndReadinessStillReportsIt() {
    AtomicInteger attempts = new AtomicInteger();
    RuntimeException last = deadlock();
    assertThatThrownBy(
            () ->
                asBatch(
                    () -> {
                      attempts.incrementAndGet();
                      throw last;
                    }))
        .isSameAs(last);
    assertThat(attempts).hasValue(ConsumerRetries.BATCH_ATTEMPTS);
    assertThat(health.retrying().get("ita.results").attempts())
        .isEqualTo(ConsumerRetries.BATCH_ATTEMPTS);
  }

  @Test
  void whenABatchGivesUpReadinessCountsItsEventsTriesOnFromTheBatchsSinceTheSameMoment() {
    // Each try a second after the one before: "since" must stay at the batch's first failure.
    HandClock clock = new HandClock(Instant.parse("2026-01-05T02:30:00Z"));
    Instant firstFailure = Instant.parse("2026-01-05T02:30:01Z");
    ConsumerRetries onTheHandClock =
        new ConsumerRetries(health, clock, Duration.ofMillis(1), Duration.ofMillis(2));
    assertThatThrownBy(
            () ->
                onTheHandClock.untilApplied(
                    "ita.results",
                    ConsumerRetries.BATCH_ATTEMPTS,
                    () -> {
                      clock.advance(Duration.ofSeconds(1));
                      throw deadlock();
                    }))
        .isInstanceOf(PersistenceException.class);
    assertThat(health.retrying().get("ita.results").since()).isEqualTo(firstFailure);

    // The poll's first event, on its own, fails twice more before it is applied.
    AtomicInteger single = new AtomicInteger();
    List<ConsumerHealth.Retrying> seenByReadiness = new ArrayList<>();
    onTheHandClock.untilApplied(
        "ita.results",
        () -> {
          clock.advance(Duration.ofSeconds(1));
          if (single.get() > 0) {
            seenByReadiness.add(health.retrying().get("ita.results"));
          }
          if (single.incrementAndGet() < 3) {
            throw deadlock();
          }
          return "applied";
        });

    assertThat(seenByReadiness)
        .extracting(ConsumerHealth.Retrying::attempts)
        .containsExactly(ConsumerRetries.BATCH_ATTEMPTS + 1, ConsumerRetries.BATCH_ATTEMPTS + 2);
    assertThat(seenByReadiness)
        .extracting(ConsumerHealth.Retrying::since)
        .containsOnly(firstFailure);
    assertThat(health.retrying()).isEmpty();
  }

  @Test
  void readinessNamesEachRetryingConsumerWithSinceWhenHowManyTriesFailedAndWhy() {
    health.failed("ita.plans", connectionLost(), Instant.parse("2026-01-05T02:30:00Z"));
    health.failed("ita.plans", deadlock(), Instant.parse("2026-01-05T02:30:01Z"));
    health.failed("ita.results", connectionLost(), Instant.parse("2026-01-05T02:30:02Z"));

    var response = new ConsumersReadiness(health).call();

    assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
    assertThat(response.getData().orElseThrow())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "ita.plans",
                "retrying since 2026-01-05T02:30:00Z, 2 failed tries: SQLException: deadlock detected",
                "ita.results",
                "retrying since 2026-01-05T02:30:02Z, 1 failed try: SQLException: An I/O error occurred"));
    health.recovered("ita.plans");
    health.recovered("ita.results");
    assertThat(new ConsumersReadiness(health).call().getStatus())
        .isEqualTo(HealthCheckResponse.Status.UP);
  }

  @Test
  void aBatchThatSucceedsOnItsLastAttemptIsApplied() {
    AtomicInteger attempts = new AtomicInteger();
    String result =
        asBatch(
            () -> {
              if (attempts.incrementAndGet() < ConsumerRetries.BATCH_ATTEMPTS) {
                throw deadlock();
              }
              return "applied";
            });
    assertThat(result).isEqualTo("applied");
    assertThat(health.retrying()).isEmpty();
  }

  @Test
  void aBatchWaitsAsOneForAsLongAsTheDatabaseCannotBeReachedAndOnlyOtherFailuresCount() {
    AtomicInteger attempts = new AtomicInteger();
    int outage = 3 * ConsumerRetries.BATCH_ATTEMPTS;
    RuntimeException last = deadlock();
    assertThatThrownBy(
            () ->
                asBatch(
                    () -> {
                      throw attempts.incrementAndGet() <= outage ? connectionLost() : last;
                    }))
        .isSameAs(last);
    assertThat(attempts).hasValue(outage + ConsumerRetries.BATCH_ATTEMPTS);
  }

  @Test
  void readinessSaysSinceWhenAndWhy() {
    AtomicInteger attempts = new AtomicInteger();
    retries.untilApplied(
        "ita.plans",
        () -> {
          if (attempts.incrementAndGet() == 1) {
            throw connectionLost();
          }
          ConsumerHealth.Retrying r = health.retrying().get("ita.plans");
          assertThat(r.since()).isEqualTo(Instant.parse("2026-01-05T02:30:00Z"));
          assertThat(r.lastError()).isEqualTo("SQLException: An I/O error occurred");
          return null;
        });
  }

  @Test
  void aPermanentFailureIsThrownAtOnceForTheDeadLetterTopic() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retries.untilApplied(
                    "ita.results",
                    () -> {
                      attempts.incrementAndGet();
                      throw new PersistenceException(
                          "too long", new SQLException("value too long", "22001"));
                    }))
        .isInstanceOf(PersistenceException.class);
    assertThat(attempts).hasValue(1);
    assertThat(health.retrying()).isEmpty();
  }

  @Test
  void stoppingEndsTheWaitWithoutDeadLetteringTheMessage() {
    AtomicInteger attempts = new AtomicInteger();
    assertThatThrownBy(
            () ->
                retries.untilApplied(
                    "ita.measures",
                    () -> {
                      if (attempts.incrementAndGet() == 2) {
                        retries.stop(); // the service shuts down while the database is still away
                      }
                      throw connectionLost();
                    }))
        .isInstanceOf(ConsumerStoppedException.class)
        .satisfies(e -> assertThat(DeadLetterUnlessStopping.isStopping(e)).isTrue());
    assertThat(attempts).hasValue(2);
  }

  @Test
  void aFailureWhileStoppingIsTheStopsNotTheMessages() {
    assertThatThrownBy(
            () ->
                retries.untilApplied(
                    "ita.results",
                    () -> {
                      retries.stop();
                      throw new IllegalStateException("EntityManagerFactory is closed");
                    }))
        .isInstanceOf(ConsumerStoppedException.class)
        .satisfies(e -> assertThat(DeadLetterUnlessStopping.isStopping(e)).isTrue());
  }

  @Test
  void onlyAStopIsKeptFromTheDeadLetterTopic() {
    assertThat(
            DeadLetterUnlessStopping.isStopping(
                new RuntimeException(new ConsumerStoppedException("x", null))))
        .isTrue();
    assertThat(DeadLetterUnlessStopping.isStopping(new UnreadableEventException("not JSON")))
        .isFalse();
  }
}
