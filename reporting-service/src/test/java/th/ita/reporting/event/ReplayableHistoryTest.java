package th.ita.reporting.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class ReplayableHistoryTest {

  @Test
  void topicsThatStartAtOffsetZeroCanBeReplayed() {
    assertThat(
            ReplayableHistory.incomplete(
                List.of(),
                Map.of(
                    new TopicPartition("ita.results", 0), 0L,
                    new TopicPartition("ita.results", 1), 0L,
                    new TopicPartition("ita.plans", 0), 0L)))
        .isEmpty();
    assertThat(ReplayableHistory.incomplete(List.of(), Map.of())).isEmpty();
  }

  @Test
  void aPartitionThatLostItsFirstEventsIsNamedWithItsEarliestOffset() {
    assertThat(
            ReplayableHistory.incomplete(
                List.of(),
                Map.of(
                    new TopicPartition("ita.results", 0), 0L,
                    new TopicPartition("ita.results", 2), 1840L,
                    new TopicPartition("ita.plans", 1), 0L)))
        .contains(
            "ita.results partition 2 starts at offset 1840: the events before it were deleted from Kafka, so a"
                + " rebuild would lose history; the read model is unchanged. Give the topic unlimited retention"
                + " (retention.ms=-1, retention.bytes=-1) and restore the events before rebuilding");
  }

  @Test
  void everyTruncatedPartitionIsNamedInOrder() {
    assertThat(
            ReplayableHistory.incomplete(
                    List.of(),
                    Map.of(
                        new TopicPartition("ita.results", 2), 7L,
                        new TopicPartition("ita.measures", 1), 1L,
                        new TopicPartition("ita.results", 0), 3L))
                .orElseThrow())
        .startsWith(
            "ita.measures partition 1 starts at offset 1, ita.results partition 0 starts at offset 3,"
                + " ita.results partition 2 starts at offset 7: the events before them were deleted from Kafka");
  }

  @Test
  void aMissingTopicIsRefusedToo() {
    assertThat(
            ReplayableHistory.incomplete(
                List.of("ita.plans"), Map.of(new TopicPartition("ita.results", 0), 0L)))
        .contains(
            "The topic ita.plans does not exist, so a rebuild would have nothing to replay from it;"
                + " the read model is unchanged");
  }
}
