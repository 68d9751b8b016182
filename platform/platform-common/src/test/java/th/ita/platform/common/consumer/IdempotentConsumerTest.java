package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.directory.AgencyEventData;

/**
 * {@link IdempotentConsumer#read} touches neither the inbox nor the database, so neither is here.
 */
class IdempotentConsumerTest {

  private static final String AGENCY =
      "{\"code\":\"A001\",\"nameTh\":\"กรมตัวอย่าง\",\"type\":\"DEPARTMENT\",\"version\":3,\"addedLater\":true}";

  private static ValidatorFactory validation;
  private static IdempotentConsumer consumer;

  @BeforeAll
  static void consumer() {
    validation = Validation.buildDefaultValidatorFactory();
    consumer = new IdempotentConsumer(null, null, new ObjectMapper(), validation);
  }

  @AfterAll
  static void close() {
    validation.close();
  }

  private static ConsumedEvent event(String id, String data) {
    return new ConsumedEvent("ita.agencies", id, "AgencyUpdated", "/assessment-service", data);
  }

  @Test
  void aValidEventIsReadIntoItsRecordIgnoringUnknownFields() {
    AgencyEventData data = consumer.read(event("e-1", AGENCY), AgencyEventData.class);

    assertThat(data)
        .isEqualTo(
            new AgencyEventData(
                "A001", "กรมตัวอย่าง", null, null, "DEPARTMENT", null, null, null, null, null, 3L));
  }

  @Test
  void anEventWithoutCeIdCannotBeAppliedExactlyOnce() {
    assertThatThrownBy(() -> consumer.read(event(null, AGENCY), AgencyEventData.class))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessage(
            "AgencyUpdated null on ita.agencies has no ce_id, so it cannot be applied exactly once");
    assertThatThrownBy(() -> consumer.read(event(" ", AGENCY), AgencyEventData.class))
        .hasMessage(
            "AgencyUpdated   on ita.agencies has no ce_id, so it cannot be applied exactly once");
  }

  @Test
  void dataThatIsNotJsonIsUnreadable() {
    assertThatThrownBy(() -> consumer.read(event("e-1", "not json"), AgencyEventData.class))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageStartingWith(
            "AgencyUpdated e-1 on ita.agencies cannot be read as AgencyEventData: Unrecognized token 'not'");
  }

  @Test
  void missingDataIsUnreadable() {
    assertThatThrownBy(() -> consumer.read(event("e-1", "null"), AgencyEventData.class))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessage("AgencyUpdated e-1 on ita.agencies has no data");
  }

  @Test
  void dataBreakingItsConstraintsIsUnreadableAndNamesTheField() {
    String blankName = AGENCY.replace("\"nameTh\":\"กรมตัวอย่าง\"", "\"nameTh\":\"\"");

    assertThatThrownBy(() -> consumer.read(event("e-1", blankName), AgencyEventData.class))
        .isInstanceOf(UnreadableEventException.class)
        .hasMessageStartingWith(
            "AgencyUpdated e-1 on ita.agencies breaks the constraints of AgencyEventData: [")
        .hasMessageContaining("propertyPath=nameTh")
        .hasMessageContaining("must not be blank");
  }

  @Test
  void anOlderSnapshotIsOutdatedAndTheSameOrANewerOneIsNot() {
    assertThat(IdempotentConsumer.isOutdated(4, 3)).isTrue();
    assertThat(IdempotentConsumer.isOutdated(4, 4)).isFalse();
    assertThat(IdempotentConsumer.isOutdated(4, 5)).isFalse();
  }
}
