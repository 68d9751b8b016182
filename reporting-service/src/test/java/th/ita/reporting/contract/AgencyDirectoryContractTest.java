package th.ita.reporting.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.directory.AgencyEventData;
import th.ita.platform.testing.EventContract;

/**
 * The agency directory (platform-common's {@code AgencyDirectoryConsumer}, on here) reads agency
 * events into {@link AgencyEventData}: its components and constraints are the reads, held against
 * assessment-service's schema.
 */
class AgencyDirectoryContractTest {

  @Test
  void theProducersSchemaGuaranteesEverythingTheDirectoryReads() {
    var reads = EventContract.readsOf(AgencyEventData.class);
    assertThat(reads)
        .extracting(EventContract.Read::pointer)
        .contains("/code", "/nameTh", "/type", "/version");
    assertThat(reads)
        .filteredOn(EventContract.Read::required)
        .extracting(EventContract.Read::pointer)
        .containsExactlyInAnyOrder("/code", "/nameTh", "/type", "/version");
    assertThat(
            EventContract.violations(
                Path.of(
                    "../assessment-service/src/main/resources/events/agency-snapshot.schema.json"),
                reads))
        .isEmpty();
  }
}
