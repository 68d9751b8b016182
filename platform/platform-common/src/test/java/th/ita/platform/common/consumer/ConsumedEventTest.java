package th.ita.platform.common.consumer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ConsumedEventTest {

  @Test
  void aReplayedRecordTakesItsAttributesFromTheCloudEventHeaders() {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>("ita.results", 0, 42L, "A001", "{\"score\":1}");
    record.headers().add("ce_id", "e-1".getBytes(UTF_8));
    record.headers().add("ce_type", "ResultPublished".getBytes(UTF_8));
    record.headers().add("ce_source", "/assessment-service".getBytes(UTF_8));

    ConsumedEvent event = ConsumedEvent.replayed(record);

    assertThat(event)
        .isEqualTo(
            new ConsumedEvent(
                "ita.results", "e-1", "ResultPublished", "/assessment-service", "{\"score\":1}"));
  }

  @Test
  void theLastHeaderOfANameCountsAndAMissingOneIsNull() {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>("ita.results", 0, 0L, "A001", null);
    record.headers().add("ce_type", "Old".getBytes(UTF_8));
    record.headers().add("ce_type", "ResultPublished".getBytes(UTF_8));
    record.headers().add("ce_source", null);

    ConsumedEvent event = ConsumedEvent.replayed(record);

    assertThat(event)
        .isEqualTo(new ConsumedEvent("ita.results", null, "ResultPublished", null, null));
  }

  @Test
  void anEventDescribesItselfByTypeIdAndTopic() {
    ConsumedEvent event =
        new ConsumedEvent("ita.agencies", "e-7", "AgencyUpdated", "/assessment-service", "{}");

    assertThat(event.describe()).isEqualTo("AgencyUpdated e-7 on ita.agencies");
  }

  @Test
  void anUnreadableEventSaysWhichEventAndWhy() {
    ConsumedEvent event =
        new ConsumedEvent("ita.agencies", "e-7", "AgencyUpdated", "/assessment-service", "{}");

    UnreadableEventException e = event.unreadable("lacks code");

    assertThat(e).hasMessage("AgencyUpdated e-7 on ita.agencies lacks code").hasNoCause();
  }
}
