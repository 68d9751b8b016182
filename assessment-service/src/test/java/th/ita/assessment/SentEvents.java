package th.ita.assessment;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.TestTopics;
import th.ita.platform.testing.TestTopics.Event;

/** What the outbox has sent to a topic, read once nothing it still holds can follow. */
final class SentEvents {

  private SentEvents() {}

  /**
   * Every record written to the topic since {@code from}, once the outbox holds nothing unsent for
   * {@code keys}: everything those keys' changes announced, and nothing that might still come.
   */
  static List<Event> since(Map<TopicPartition, Long> from, Collection<String> keys) {
    await()
        .atMost(TestTopics.TIMEOUT)
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                        .call(
                            () ->
                                OutboxEvent.count(
                                    "key in ?1 and publishedAt is null and status = ?2",
                                    keys,
                                    OutboxEvent.Status.PENDING))
                    == 0);
    String topic = from.keySet().iterator().next().topic();
    return TestTopics.between(from, TestTopics.endOffsets(topic));
  }
}
