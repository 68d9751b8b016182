package th.ita.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Results published together, as an import publishes them, are applied a poll at a time; one that
 * the read model can never hold goes to ita.dead-letter alone, and the rest of its poll is applied.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class ResultBurstTest {

  @Test
  void aResultTheReadModelCannotHoldIsDeadLetteredAloneAndTheOthersAreApplied() {
    List<String> agencies = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      agencies.add(ReportFixtures.agency("BURST", "MFA"));
    }
    // Readable, but longer than the read model's agency code (32): only the database refuses it.
    String tooLong = "BURST-" + "X".repeat(40);
    String tooLongId = UUID.randomUUID().toString();
    List<ProducerRecord<String, String>> burst = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < agencies.size(); i++) {
      if (i == 3) {
        burst.add(
            TestTopics.cloudEvent(
                Topics.RESULTS,
                tooLong,
                tooLongId,
                "ResultPublished",
                ReportFixtures.result(tooLong, 1).toString()));
        ids.add(tooLongId);
      }
      String id = UUID.randomUUID().toString();
      burst.add(
          TestTopics.cloudEvent(
              Topics.RESULTS,
              agencies.get(i),
              id,
              "ResultPublished",
              ReportFixtures.result(agencies.get(i), 1).toString()));
      ids.add(id);
    }
    Map<TopicPartition, Long> deadLettersBefore = TestTopics.endOffsets(Topics.DEAD_LETTER);

    TestTopics.sendAll(burst);

    TestTopics.Event deadLetter =
        TestTopics.awaitEvent(deadLettersBefore, e -> tooLongId.equals(e.ceId()));
    assertThat(deadLetter.headers().get("dead-letter-reason")).contains("too long");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              for (String agency : agencies) {
                MeasuresDocumentTest.document(TestTokens.admin(), agency, 2568)
                    .statusCode(200)
                    .body("result.overall.score", equalTo(69.80f));
              }
            });
    Set<String> burstIds = Set.copyOf(ids);
    assertThat(
            TestTopics.between(deadLettersBefore, TestTopics.endOffsets(Topics.DEAD_LETTER))
                .stream()
                .map(TestTopics.Event::ceId)
                .filter(burstIds::contains))
        .containsExactly(tooLongId);
  }
}
