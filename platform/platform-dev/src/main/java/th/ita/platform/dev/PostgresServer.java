package th.ita.platform.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;

/**
 * A real PostgreSQL server from the embedded binaries on Maven Central, with one database per
 * service. Used by the run command (persistent data directory) and by the tests (throw-away).
 */
public final class PostgresServer implements AutoCloseable {

  public static final String USER = "postgres";
  public static final String PASSWORD = "postgres";

  private final EmbeddedPostgres postgres;

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  /**
   * Starts PostgreSQL on {@code port} (0 picks a free one) with its data in {@code dataDir}. When
   * {@code keepData} is true an existing cluster is reused, so the platform's data survives a
   * restart; such a cluster also commits durably ({@code synchronous_commit=on}, {@code fsync=on},
   * where the embedded default is off for speed), so a write answered 200 survives a crash of the
   * machine or of PostgreSQL. Throwaway test clusters keep the faster default.
   */
  public static PostgresServer start(
      Path dataDir, int port, boolean keepData, Collection<String> databases) throws IOException {
    Files.createDirectories(dataDir);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("data"))
            .setOverrideWorkingDirectory(dataDir.resolve("work").toFile())
            .setCleanDataDirectory(!keepData)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "300");
    if (keepData) {
      builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on");
    }
    if (port > 0) {
      builder.setPort(port);
    }
    PostgresServer server = new PostgresServer(builder.start());
    server.createDatabases(databases);
    return server;
  }

  public int port() {
    return postgres.getPort();
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://localhost:" + port() + "/" + database;
  }

  private void createDatabases(Collection<String> databases) throws IOException {
    try (Connection c = postgres.getPostgresDatabase().getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("ALTER USER " + USER + " WITH PASSWORD '" + PASSWORD + "'");
      }
      for (String db : databases) {
        if (!db.matches("[a-z_][a-z0-9_]*")) {
          throw new IllegalArgumentException("Not a plain database name: " + db);
        }
        try (PreparedStatement exists =
            c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
          exists.setString(1, db);
          try (ResultSet rs = exists.executeQuery()) {
            if (rs.next()) {
              continue;
            }
          }
        }
        try (Statement s = c.createStatement()) {
          s.execute("CREATE DATABASE " + db);
        }
      }
    } catch (SQLException e) {
      throw new IOException("Could not create the service databases", e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
