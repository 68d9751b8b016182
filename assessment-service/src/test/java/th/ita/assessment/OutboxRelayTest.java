package th.ita.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TopicReader;

/**
 * An event Kafka refuses is kept and retried, and nothing written after it for the same agency
 * overtakes it: a broken send is simulated with a topic name Kafka rejects, then repaired.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class OutboxRelayTest {

  @Inject Outbox outbox;

  private static OutboxEvent load(UUID id) {
    return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(id));
  }

  @Test
  void aRefusedEventIsRetriedAndKeepsItsPlaceInLine() {
    String key = "RELAY-" + UUID.randomUUID().toString().substring(0, 8);
    UUID first = QuarkusTransaction.requiringNew().call(() ->
        outbox.enqueue("not a valid topic!", key, "RelayProbe", key, Map.of("n", 1)));
    UUID second = QuarkusTransaction.requiringNew().call(() ->
        outbox.enqueue(Topics.AGENCIES, key, "RelayProbe", key, Map.of("n", 2)));

    await().atMost(Duration.ofSeconds(60)).until(() -> load(first).attempts >= 2);
    assertThat(load(first).publishedAt).isNull();
    assertThat(load(first).lastError).isNotBlank();
    assertThat(load(second).publishedAt).as("a later event must wait for the earlier one").isNull();

    // The cause goes away (here: the topic is corrected); the relay delivers both, in order.
    QuarkusTransaction.requiringNew().run(() -> OutboxEvent.update("topic = ?1 where id = ?2", Topics.AGENCIES, first));
    await().atMost(Duration.ofSeconds(60)).until(() -> load(second).publishedAt != null);
    assertThat(load(first).publishedAt).isNotNull();
    assertThat(load(first).lastError).isNull();

    var events = TopicReader.readAll(Topics.AGENCIES, Duration.ofSeconds(2)).stream()
        .filter(e -> key.equals(e.key())).toList();
    assertThat(events).extracting(TopicReader.Event::ceId).containsExactly(first.toString(), second.toString());
  }
}
