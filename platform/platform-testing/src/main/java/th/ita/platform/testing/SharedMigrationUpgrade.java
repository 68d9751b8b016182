package th.ita.platform.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Upgrades a database that a service migrated before the newest shared migration (those of
 * platform-common, outside the service's own {@code db/migration}) existed, as an operator's
 * database is upgraded by the next start of a new build.
 *
 * <p>The shared migrations are numbered below every service's own, so the newest of them comes
 * before migrations such a database already has. The upgrade is done in a schema of its own, with
 * the service's configured Flyway (the same migrations and settings as at start), and the schema is
 * dropped afterwards.
 */
public final class SharedMigrationUpgrade {

  private static final Pattern VERSIONED = Pattern.compile("V([0-9._]+)__.*\\.sql");

  /** What the upgrade did. */
  public record Outcome(
      String newestShared, String newestBeforeUpgrade, List<String> appliedByUpgrade) {}

  private SharedMigrationUpgrade() {}

  /**
   * Migrates a new schema with every migration but the newest shared one, then with all of them.
   *
   * @param configured the service's Flyway, as Quarkus configured it
   * @throws org.flywaydb.core.api.FlywayException when the upgrade refuses the database
   */
  public static Outcome run(Flyway configured) {
    ResourceProvider all = configured.getConfiguration().getResourceProvider();
    LoadableResource newestShared =
        all.getResources("", new String[] {".sql"}).stream()
            .filter(r -> !r.getAbsolutePath().contains("db/migration/"))
            .filter(r -> VERSIONED.matcher(r.getFilename()).matches())
            .max(Comparator.comparing(SharedMigrationUpgrade::version))
            .orElseThrow(() -> new IllegalStateException("the service has no shared migration"));
    String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    Outcome outcome;
    try {
      MigrateResult before =
          inSchema(configured, schema)
              .resourceProvider(without(all, newestShared))
              .load()
              .migrate();
      MigrateResult upgrade = inSchema(configured, schema).load().migrate();
      outcome =
          new Outcome(
              version(newestShared).getVersion(),
              before.targetSchemaVersion,
              upgrade.migrations.stream().map(m -> m.version).toList());
    } catch (RuntimeException refused) {
      // The refusal is what the test reports; a failure to clean up must not replace it.
      try {
        drop(configured.getConfiguration().getDataSource(), schema);
      } catch (RuntimeException cleanUp) {
        refused.addSuppressed(cleanUp);
      }
      throw refused;
    }
    drop(configured.getConfiguration().getDataSource(), schema);
    return outcome;
  }

  private static FluentConfiguration inSchema(Flyway configured, String schema) {
    return Flyway.configure(configured.getConfiguration().getClassLoader())
        .configuration(configured.getConfiguration())
        .schemas(schema)
        .defaultSchema(schema)
        .createSchemas(true);
  }

  private static MigrationVersion version(LoadableResource migration) {
    Matcher m = VERSIONED.matcher(migration.getFilename());
    if (!m.matches()) {
      throw new IllegalArgumentException(migration.getFilename());
    }
    return MigrationVersion.fromVersion(m.group(1).replace('_', '.'));
  }

  /** The service's migrations without one of them, as a build from before it resolved them. */
  private static ResourceProvider without(ResourceProvider all, LoadableResource left) {
    return new ResourceProvider() {
      @Override
      public LoadableResource getResource(String name) {
        return name.endsWith(left.getFilename()) ? null : all.getResource(name);
      }

      @Override
      public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return all.getResources(prefix, suffixes).stream()
            .filter(r -> !r.getAbsolutePath().equals(left.getAbsolutePath()))
            .toList();
      }
    };
  }

  private static void drop(DataSource database, String schema) {
    try (Connection c = database.getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("could not drop " + schema, e);
    }
  }
}
