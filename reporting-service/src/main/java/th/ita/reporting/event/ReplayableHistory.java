package th.ita.reporting.event;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * Whether the topics a rebuild replays still hold every event ever written to them. A partition
 * whose first offset is above 0 has lost its oldest events (to a retention limit, or to an operator
 * deleting records), and a read model rebuilt from it would silently lack earlier years' results
 * and plans. A topic that does not exist holds nothing to rebuild from either.
 */
final class ReplayableHistory {

  private static final Comparator<TopicPartition> ORDER =
      Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition);

  private ReplayableHistory() {}

  /**
   * Why a replay would lose history, or empty when it would not.
   *
   * @param missingTopics replayed topics the broker does not know
   * @param beginningOffsets the first offset of every partition of the replayed topics
   */
  static Optional<String> incomplete(
      List<String> missingTopics, Map<TopicPartition, Long> beginningOffsets) {
    if (!missingTopics.isEmpty()) {
      return Optional.of(
          "The topic"
              + (missingTopics.size() == 1 ? " " : "s ")
              + String.join(", ", missingTopics)
              + (missingTopics.size() == 1 ? " does" : " do")
              + " not exist, so a rebuild would have nothing to replay"
              + " from it; the read model is unchanged");
    }
    List<String> truncated =
        beginningOffsets.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(Map.Entry.comparingByKey(ORDER))
            .map(
                e ->
                    e.getKey().topic()
                        + " partition "
                        + e.getKey().partition()
                        + " starts at offset "
                        + e.getValue())
            .toList();
    if (truncated.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        truncated.stream().collect(Collectors.joining(", "))
            + ": the events before "
            + (truncated.size() == 1 ? "it were" : "them were")
            + " deleted from Kafka, so a rebuild would lose history; the read model is unchanged."
            + " Give the topic unlimited retention (retention.ms=-1, retention.bytes=-1) and restore the"
            + " events before rebuilding");
  }
}
