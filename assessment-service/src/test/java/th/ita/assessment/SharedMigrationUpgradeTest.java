package th.ita.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.SharedMigrationUpgrade;

/**
 * A database from a build before the newest shared migration starts on this build: the migration is
 * applied, although it is numbered before the service's own (the test databases are always new, so
 * no other test meets such a database).
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class SharedMigrationUpgradeTest {

  @Inject Flyway flyway;

  @Test
  void aDatabaseFromBeforeTheNewestSharedMigrationGetsIt() {
    SharedMigrationUpgrade.Outcome upgrade = SharedMigrationUpgrade.run(flyway);

    assertThat(upgrade.newestBeforeUpgrade())
        .isEqualTo(flyway.info().current().getVersion().getVersion());
    assertThat(upgrade.appliedByUpgrade()).containsExactly(upgrade.newestShared());
  }
}
