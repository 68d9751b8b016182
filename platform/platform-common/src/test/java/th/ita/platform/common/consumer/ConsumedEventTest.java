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
  void aReplayedRecordNamesItsDataSchemaWhenItHasOne() {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>("ita.results", 0, 43L, "A001", "{}");
    record.headers().add("ce_id", "e-2".getBytes(UTF_8));
    record.headers().add("ce_type", "ResultPublished".getBytes(UTF_8));
    record.headers().add("ce_dataschema", "urn:ita:events:result-published:v2".getBytes(UTF_8));

    ConsumedEvent event = ConsumedEvent.replayed(record);

    assertThat(event.dataSchema()).isEqualTo("urn:ita:events:result-published:v2");
    assertThat(event.follows("urn:ita:events:result-published:v2")).isTrue();
    assertThat(event.follows("urn:ita:events:result-published:v3")).isFalse();
    assertThat(new ConsumedEvent("ita.results", "e-2", "ResultPublished", null, "{}").dataSchema())
        .isNull();
  }

  @Test
  void anAwaitedEventIsTransientAndSaysWhatItWaitsFor() {
    ConsumedEvent event = new ConsumedEvent("ita.results", "e-3", "ResultPublished", null, "{}");

    AwaitedEventException e = new AwaitedEventException(event, "the FY2567 framework's version 4");

    assertThat(e)
        .hasMessage(
            "ResultPublished e-3 on ita.results waits for the FY2567 framework's version 4");
    assertThat(TransientFailures.isTransient(e)).isTrue();
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
