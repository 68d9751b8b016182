package th.ita.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTopics;

/** measures-service learns agencies from real Kafka events, idempotently and in order. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class AgencyDirectoryTest {

  private static DirectoryAgency find(String code) {
    return QuarkusTransaction.requiringNew()
        .call(() -> DirectoryAgency.<DirectoryAgency>findById(code));
  }

  @Test
  void registeredAgenciesAppearAndUpdatesReplaceThem() {
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        "DIR-1",
        UUID.randomUUID().toString(),
        EventTypes.AGENCY_REGISTERED,
        EventData.agency("DIR-1", "กรมเดิม", 0));
    await().atMost(Duration.ofSeconds(60)).until(() -> find("DIR-1") != null);

    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        "DIR-1",
        UUID.randomUUID().toString(),
        EventTypes.AGENCY_UPDATED,
        EventData.agency("DIR-1", "กรมใหม่", 1));
    await().atMost(Duration.ofSeconds(60)).until(() -> "กรมใหม่".equals(find("DIR-1").nameTh));
    assertThat(find("DIR-1").ministryCode).isEqualTo("MOC");
  }

  @Test
  void aRedeliveredOrStaleEventChangesNothing() {
    String id = UUID.randomUUID().toString();
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        "DIR-2",
        id,
        EventTypes.AGENCY_REGISTERED,
        EventData.agency("DIR-2", "ครั้งแรก", 3));
    await().atMost(Duration.ofSeconds(60)).until(() -> find("DIR-2") != null);

    // The same event id again, carrying different data: recognised as a redelivery and skipped.
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        "DIR-2",
        id,
        EventTypes.AGENCY_REGISTERED,
        EventData.agency("DIR-2", "ซ้ำ", 9));
    // An older snapshot under a new id: must not win over the newer one already applied.
    String stale = UUID.randomUUID().toString();
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        "DIR-2",
        stale,
        EventTypes.AGENCY_UPDATED,
        EventData.agency("DIR-2", "เก่ากว่า", 2));
    // The inbox records an event when it is consumed: once the stale one is there, both were
    // handled.
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(
                        () ->
                            ((Number)
                                        DirectoryAgency.getEntityManager()
                                            .createNativeQuery(
                                                "SELECT count(*) FROM inbox_event WHERE event_id = ?1")
                                            .setParameter(1, stale)
                                            .getSingleResult())
                                    .intValue()
                                == 1));
    assertThat(find("DIR-2").nameTh).isEqualTo("ครั้งแรก");
    assertThat(find("DIR-2").sourceVersion).isEqualTo(3);
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextEventStillArrives() {
    String poisonId = UUID.randomUUID().toString();
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.DEAD_LETTER);
    TestTopics.sendCloudEvent(
        Topics.AGENCIES, "DIR-3", poisonId, EventTypes.AGENCY_REGISTERED, "{not json");
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        "DIR-3",
        UUID.randomUUID().toString(),
        EventTypes.AGENCY_REGISTERED,
        EventData.agency("DIR-3", "หลังข้อความเสีย", 0));

    TestTopics.Event dead = TestTopics.awaitEvent(mark, e -> poisonId.equals(e.ceId()));
    assertThat(dead.headers()).containsKey("dead-letter-reason");
    await().atMost(Duration.ofSeconds(60)).until(() -> find("DIR-3") != null);
  }
}
