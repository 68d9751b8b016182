package th.ita.reporting.event;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import th.ita.platform.common.consumer.AwaitedEventException;
import th.ita.platform.common.consumer.ConsumedEvent;
import th.ita.platform.common.consumer.UnreadableEventException;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.UnavailableException;
import th.ita.platform.common.event.Topics;
import th.ita.reporting.repository.ProjectionRepository;

/**
 * Rebuilds the read model from scratch: forgets it, then replays {@code ita.frameworks} and, once
 * it is applied, {@code ita.results}, {@code ita.plans} and {@code ita.measures} from their
 * beginning through the same {@link EventReader} and {@link Projector} as the live consumers.
 *
 * <p>All of it is one transaction holding the projection lock exclusively (see {@link
 * LiveProjection}): readers see the old read model until the new one is complete, live consumers
 * wait, and a failure leaves the old read model as it was. The replay reads each partition up to
 * its end when the rebuild started; what arrives later is the live consumers' work.
 *
 * <p>It replays the topics the live consumers read, and refuses (409, before clearing anything)
 * when one of them no longer starts at offset 0: see {@link ReplayableHistory}.
 */
@ApplicationScoped
public class ProjectionRebuild {

  private static final Logger LOG = Logger.getLogger(ProjectionRebuild.class);

  private final EventReader reader;
  private final Projector projector;
  private final ProjectionRepository store;
  private final String bootstrapServers;
  private final String frameworks;
  private final List<String> topics;
  private final Duration timeout;
  private final AtomicBoolean running = new AtomicBoolean();

  public ProjectionRebuild(
      EventReader reader,
      Projector projector,
      ProjectionRepository store,
      @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
      // The replay reads exactly the topics the live consumers read.
      @ConfigProperty(
              name = "mp.messaging.incoming.frameworks.topic",
              defaultValue = Topics.FRAMEWORKS)
          String frameworks,
      @ConfigProperty(name = "mp.messaging.incoming.results.topic", defaultValue = Topics.RESULTS)
          String results,
      @ConfigProperty(name = "mp.messaging.incoming.plans.topic", defaultValue = Topics.PLANS)
          String plans,
      @ConfigProperty(name = "mp.messaging.incoming.measures.topic", defaultValue = Topics.MEASURES)
          String measures,
      @ConfigProperty(name = "ita.projections.rebuild-timeout", defaultValue = "PT10M")
          Duration timeout) {
    this.reader = reader;
    this.projector = projector;
    this.store = store;
    this.bootstrapServers = bootstrapServers;
    this.frameworks = frameworks;
    this.topics = List.of(frameworks, results, plans, measures);
    this.timeout = timeout;
  }

  /**
   * What a rebuild did. Skipped = duplicates + stale + ignored; unreadable events are counted
   * apart.
   */
  @Schema(name = "ProjectionRebuildReport")
  public record Report(
      long eventsRead,
      long applied,
      long skipped,
      long duplicates,
      long stale,
      long ignored,
      long unreadable,
      Map<String, Long> eventsReadPerTopic,
      long tookMillis) {}

  public Report rebuild() {
    if (!running.compareAndSet(false, true)) {
      throw new ConflictException(
          "A rebuild of the projections is already running; wait for its answer");
    }
    try {
      // The transaction outlives the replay's own deadline, so a slow replay ends with a clear
      // answer.
      return QuarkusTransaction.requiringNew()
          .timeout((int) timeout.toSeconds() + 60)
          .call(this::replay);
    } finally {
      running.set(false);
    }
  }

  private Report replay() {
    long started = System.nanoTime();
    Counts counts = new Counts();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
      List<TopicPartition> partitions = partitions(consumer);
      // Before anything is cleared: a replay of topics that lost their oldest events would
      // silently drop history from the documents.
      refuseIfIncomplete(consumer, partitions);
      store.projectionLockExclusive(LiveProjection.LOCK_KEY);
      store.clear(EventReader.PROJECTED);
      // The frameworks first: version 2 results are joined to them as they are applied.
      replayToEnd(
          consumer,
          partitions.stream().filter(tp -> tp.topic().equals(frameworks)).toList(),
          counts,
          started);
      replayToEnd(
          consumer,
          partitions.stream().filter(tp -> !tp.topic().equals(frameworks)).toList(),
          counts,
          started);
      // Retention cannot have run meanwhile on topics kept forever, but a topic changed by hand
      // could have lost events during the replay; then the transaction rolls back.
      refuseIfIncomplete(consumer, partitions);
    } catch (KafkaException e) {
      throw new UnavailableException(
          "Kafka could not be read (" + e.getMessage() + "); the read model is unchanged");
    }
    Report report = counts.report((System.nanoTime() - started) / 1_000_000);
    LOG.infof("Projections rebuilt: %s", report);
    return report;
  }

  /** Replays the partitions from their beginning to their end when this call started. */
  private void replayToEnd(
      KafkaConsumer<String, String> consumer,
      List<TopicPartition> partitions,
      Counts counts,
      long started) {
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
    Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
    Set<TopicPartition> pending = new HashSet<>(partitions);
    while (!pending.isEmpty()) {
      if (Duration.ofNanos(System.nanoTime() - started).compareTo(timeout) > 0) {
        throw new UnavailableException(
            "The rebuild did not finish within "
                + timeout
                + " (ita.projections.rebuild-timeout); the read model is unchanged");
      }
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
        if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
          replay(record, counts);
        }
      }
      List<TopicPartition> done =
          pending.stream().filter(tp -> consumer.position(tp) >= end.get(tp)).toList();
      done.forEach(pending::remove);
      consumer.pause(done); // later records are the live consumers' work
    }
  }

  private void replay(ConsumerRecord<String, String> record, Counts counts) {
    counts.read(record.topic());
    ConsumedEvent event = ConsumedEvent.replayed(record);
    Optional<Snapshot> snapshot;
    try {
      snapshot = reader.read(event);
    } catch (UnreadableEventException e) {
      // Live, this message went to ita.dead-letter; reading it touched nothing, so skip it.
      counts.unreadable++;
      return;
    }
    if (snapshot.isEmpty()) {
      counts.ignored++;
      return;
    }
    Projector.Outcome outcome;
    try {
      outcome = projector.apply(snapshot.get());
    } catch (AwaitedEventException e) {
      // A version 2 result whose framework version is not on ita.frameworks: it can never be
      // joined from this history. Nothing was written for it; counted with the unreadable.
      LOG.warnf("Rebuild skipped %s", e.getMessage());
      counts.unreadable++;
      return;
    }
    switch (outcome) {
      case APPLIED -> counts.applied++;
      case DUPLICATE -> counts.duplicates++;
      case STALE -> counts.stale++;
    }
  }

  private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      List<PartitionInfo> infos = consumer.partitionsFor(topic);
      if (infos != null) {
        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
    }
    return partitions;
  }

  private void refuseIfIncomplete(
      KafkaConsumer<String, String> consumer, List<TopicPartition> partitions) {
    List<String> missing =
        topics.stream()
            .filter(topic -> partitions.stream().noneMatch(tp -> tp.topic().equals(topic)))
            .toList();
    Optional<String> why =
        ReplayableHistory.incomplete(missing, consumer.beginningOffsets(partitions));
    if (why.isPresent()) {
      LOG.warnf("Rebuild refused: %s", why.get());
      throw new ConflictException(why.get());
    }
  }

  private Properties consumerConfig() {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-rebuild");
    // No group: partitions are assigned by hand and no offset is committed, so the live
    // consumers' position is left alone.
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return p;
  }

  private static final class Counts {
    final Map<String, Long> perTopic = new TreeMap<>();
    long read;
    long applied;
    long duplicates;
    long stale;
    long ignored;
    long unreadable;

    void read(String topic) {
      read++;
      perTopic.merge(topic, 1L, Long::sum);
    }

    Report report(long millis) {
      return new Report(
          read,
          applied,
          duplicates + stale + ignored,
          duplicates,
          stale,
          ignored,
          unreadable,
          Map.copyOf(perTopic),
          millis);
    }
  }
}
