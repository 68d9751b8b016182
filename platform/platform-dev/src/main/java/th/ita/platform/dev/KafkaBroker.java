package th.ita.platform.dev;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * A real Apache Kafka broker in KRaft mode (one combined broker and controller), run as a child JVM
 * from the jars that platform/kafka-broker resolved. A separate JVM keeps Kafka 4.3's dependencies
 * away from the services' own Kafka client.
 */
public final class KafkaBroker implements AutoCloseable {

  private static final String CLASSPATH_RESOURCE = "/kafka-broker.classpath";

  private final Process process;
  private final Path stateDir;
  private final int port;
  private final int controllerPort;

  private KafkaBroker(Process process, Path stateDir, int port, int controllerPort) {
    this.process = process;
    this.stateDir = stateDir;
    this.port = port;
    this.controllerPort = controllerPort;
  }

  /**
   * Starts the broker with its log directory under {@code stateDir}. Formats the storage only when
   * it is new, so topics and offsets survive a restart when the directory is kept.
   */
  public static KafkaBroker start(Path stateDir, int port, int controllerPort, Duration timeout)
      throws IOException {
    Files.createDirectories(stateDir);
    int brokerPort = port > 0 ? port : ChildJvm.freePort();
    int quorumPort = controllerPort > 0 ? controllerPort : ChildJvm.freePort();
    Path config = writeServerProperties(stateDir, brokerPort, quorumPort);
    Path log4j = writeLogConfig(stateDir);
    String classpath = brokerClasspath();

    if (!Files.exists(stateDir.resolve("logs").resolve("meta.properties"))) {
      Process format =
          new ProcessBuilder(
                  ChildJvm.command(
                      List.of(
                          "-cp",
                          classpath,
                          "kafka.tools.StorageTool",
                          "format",
                          "-t",
                          clusterId(),
                          "-c",
                          config.toString())))
              .redirectErrorStream(true)
              .redirectOutput(stateDir.resolve("format.log").toFile())
              .start();
      try {
        if (!format.waitFor(2, TimeUnit.MINUTES) || format.exitValue() != 0) {
          throw new IOException(
              "Formatting Kafka storage failed; see " + stateDir.resolve("format.log"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("Interrupted while formatting Kafka storage", e);
      }
    }

    Process broker =
        new ProcessBuilder(
                ChildJvm.command(
                    List.of(
                        "-Xms128m",
                        "-Xmx512m",
                        "-XX:+UseSerialGC",
                        "-Dlog4j2.configurationFile=" + log4j.toUri(),
                        "-Dkafka.logs.dir=" + stateDir,
                        "-cp",
                        classpath,
                        "kafka.Kafka",
                        config.toString())))
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(stateDir.resolve("broker.out").toFile()))
            .start();
    KafkaBroker kafka = new KafkaBroker(broker, stateDir, brokerPort, quorumPort);
    Runtime.getRuntime().addShutdownHook(new Thread(kafka::stopQuietly, "kafka-broker-stop"));
    kafka.awaitReady(timeout);
    return kafka;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  /**
   * Stops this broker and starts it again on the same ports and storage, as after an outage: topics
   * and committed offsets survive, and clients reconnect by themselves.
   */
  public KafkaBroker restart(Duration timeout) throws IOException {
    stopQuietly();
    return start(stateDir, port, controllerPort, timeout);
  }

  public long pid() {
    return process.pid();
  }

  /**
   * Creates the topics that do not exist yet, so that consumers never start on a missing topic, and
   * gives every topic the settings it is meant to have: a topic created by an older version of the
   * platform (in a kept state directory) gets its retention and size limit on the next start.
   */
  public void createTopics(Collection<PlatformTopics.Topic> topics) {
    try (Admin admin = admin()) {
      Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
      List<NewTopic> missing = new ArrayList<>();
      Map<ConfigResource, Collection<AlterConfigOp>> settings = new HashMap<>();
      for (PlatformTopics.Topic topic : topics) {
        if (existing.contains(topic.name())) {
          settings.put(
              new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
              topic.configs().entrySet().stream()
                  .map(
                      c ->
                          new AlterConfigOp(
                              new ConfigEntry(c.getKey(), c.getValue()), AlterConfigOp.OpType.SET))
                  .toList());
        } else {
          missing.add(
              new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.configs()));
        }
      }
      if (!missing.isEmpty()) {
        admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
      }
      if (!settings.isEmpty()) {
        admin.incrementalAlterConfigs(settings).all().get(30, TimeUnit.SECONDS);
      }
      awaitSettings(topics);
    } catch (Exception e) {
      throw new IllegalStateException(
          "Could not create Kafka topics "
              + topics.stream().map(PlatformTopics.Topic::name).toList(),
          e);
    }
  }

  /**
   * Waits until the broker reports every topic's settings: a changed setting reaches the broker's
   * metadata a moment after the change is acknowledged, and the services must not start before.
   */
  private void awaitSettings(Collection<PlatformTopics.Topic> topics) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    for (PlatformTopics.Topic topic : topics) {
      while (!hasSettings(topic)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "Topic "
                  + topic.name()
                  + " did not take its settings "
                  + topic.configs()
                  + " within 30 s");
        }
        Thread.sleep(100);
      }
    }
  }

  /** False too while the broker's metadata does not know a just-created topic yet. */
  private boolean hasSettings(PlatformTopics.Topic topic) {
    try {
      return topicConfig(topic.name()).entrySet().containsAll(topic.configs().entrySet());
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /** The settings a topic has now, as the broker reports them (defaults included). */
  public Map<String, String> topicConfig(String topic) {
    ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
    try (Admin admin = admin()) {
      Map<String, String> config = new HashMap<>();
      admin
          .describeConfigs(List.of(resource))
          .all()
          .get(30, TimeUnit.SECONDS)
          .get(resource)
          .entries()
          .forEach(e -> config.put(e.name(), e.value()));
      return config;
    } catch (Exception e) {
      throw new IllegalStateException("Could not read the settings of topic " + topic, e);
    }
  }

  private Admin admin() {
    return Admin.create(
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000));
  }

  private void awaitReady(Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IOException("Kafka exited with code " + process.exitValue() + " during start-up");
      }
      try (Admin admin = admin()) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return;
      } catch (Exception e) {
        last = e;
        sleep(250);
      }
    }
    stopQuietly();
    throw new IOException("Kafka was not ready within " + timeout, last);
  }

  @Override
  public void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy(); // SIGTERM: Kafka shuts down cleanly and flushes its logs
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
  }

  private static Path writeServerProperties(Path stateDir, int port, int controllerPort)
      throws IOException {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    p.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
    p.setProperty("log.dirs", stateDir.resolve("logs").toString());
    // A single broker: every internal topic must accept one replica, or consumers get nothing.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "3");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "true");
    p.setProperty("num.partitions", "3");
    // The same limit as every topic's max.message.bytes; the outbox refuses larger events when
    // they are written (see PlatformTopics).
    p.setProperty("message.max.bytes", PlatformTopics.MAX_MESSAGE_BYTES);
    Path file = stateDir.resolve("server.properties");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(out, "Written by the ITA platform on every start");
    }
    return file;
  }

  private static Path writeLogConfig(Path stateDir) throws IOException {
    Path file = stateDir.resolve("log4j2.properties");
    Files.writeString(
        file,
        String.join(
            "\n",
            "status = warn",
            "appender.file.type = File",
            "appender.file.name = file",
            "appender.file.fileName = " + stateDir.resolve("broker.log"),
            "appender.file.layout.type = PatternLayout",
            "appender.file.layout.pattern = [%d] %p %m (%c)%n",
            "rootLogger.level = INFO",
            "rootLogger.appenderRef.file.ref = file",
            "logger.kafka.name = kafka",
            "logger.kafka.level = WARN",
            "logger.apache.name = org.apache.kafka",
            "logger.apache.level = WARN",
            ""));
    return file;
  }

  static String brokerClasspath() {
    try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            CLASSPATH_RESOURCE + " is missing: build platform/kafka-broker first (./mvnw install)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kafka cluster ids are 16 random bytes in URL-safe base64 without padding. */
  private static String clusterId() {
    byte[] bytes = new byte[16];
    String id;
    do {
      new SecureRandom().nextBytes(bytes);
      id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    } while (id.startsWith("-"));
    return id;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
