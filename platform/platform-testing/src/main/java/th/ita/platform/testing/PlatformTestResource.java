package th.ita.platform.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import th.ita.platform.dev.Directories;
import th.ita.platform.dev.KafkaBroker;
import th.ita.platform.dev.LocalTokenIssuer;
import th.ita.platform.dev.PlatformTopics;
import th.ita.platform.dev.PostgresServer;

/**
 * Gives a service's tests a real PostgreSQL and a real Kafka broker, started with the run command's
 * own starter code. They start once per test JVM and are shared by every test class of the module
 * (a test profile, which runs an application of its own, gets fresh ones); each module gets them
 * under its {@code target/} directory.
 *
 * <p>Use with {@code @QuarkusTestResource(value = PlatformTestResource.class, initArgs
 * = @ResourceArg(name = "database", value = "assessment"))}.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {

  private static PostgresServer postgres;
  private static KafkaBroker kafka;
  private static LocalTokenIssuer tokens;

  private String database = "app";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    startOnce(database);
    return Map.of(
        "quarkus.devservices.enabled",
        "false",
        "quarkus.datasource.jdbc.url",
        postgres.jdbcUrl(database),
        "quarkus.datasource.username",
        PostgresServer.USER,
        "quarkus.datasource.password",
        PostgresServer.PASSWORD,
        "kafka.bootstrap.servers",
        kafka.bootstrapServers(),
        "mp.jwt.verify.publickey.location",
        tokens.publicKeyFile().toString(),
        "mp.jwt.verify.issuer",
        LocalTokenIssuer.ISSUER);
  }

  /**
   * Stops the infrastructure with the application that used it. Every test class of a module shares
   * one application; a test profile gets an application of its own, in a class loader of its own,
   * which starts fresh infrastructure on the same directories.
   */
  @Override
  public void stop() {
    stopAll();
  }

  private static synchronized void stopAll() {
    if (kafka != null) {
      kafka.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        // it is going away with the application anyway
      }
    }
    kafka = null;
    postgres = null;
    tokens = null;
  }

  public static synchronized void startOnce(String database) {
    if (postgres != null) {
      return;
    }
    try {
      Path root = Files.createDirectories(Path.of("target", "platform-test"));
      postgres = PostgresServer.start(root.resolve("postgres"), 0, false, List.of(database));
      Runtime.getRuntime().addShutdownHook(new Thread(PlatformTestResource::stopAll));
      Path kafkaDir = root.resolve("kafka");
      Directories.deleteRecursively(kafkaDir);
      kafka = KafkaBroker.start(kafkaDir, 0, 0, Duration.ofMinutes(2));
      kafka.createTopics(PlatformTopics.ALL);
      tokens = LocalTokenIssuer.inDirectory(root.resolve("keys"));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the test infrastructure", e);
    }
  }

  /**
   * Stops the broker, runs {@code whileDown}, and starts the broker again on the same address, so a
   * test can show that nothing is lost during a Kafka outage.
   */
  public static synchronized void withKafkaDown(Runnable whileDown) {
    kafka.close();
    try {
      whileDown.run();
    } finally {
      try {
        kafka = kafka.restart(Duration.ofMinutes(2));
      } catch (IOException e) {
        throw new UncheckedIOException("Kafka did not come back", e);
      }
    }
  }

  public static KafkaBroker kafka() {
    return kafka;
  }

  public static PostgresServer postgres() {
    return postgres;
  }

  static LocalTokenIssuer tokens() {
    return tokens;
  }
}
