package th.ita.platform.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/**
 * The topics' settings live in {@link PlatformTopics}; the deployments that cannot read it state
 * them again, and must say the same. The run command's broker gives them to new topics and to
 * topics an older version created.
 */
class PlatformTopicsTest {

  private static final Path PROJECT = Path.of("../..").toAbsolutePath().normalize();
  private static final ObjectMapper YAML = new YAMLMapper();

  @Test
  void dockerComposeCreatesEveryTopicWithItsSettings() throws IOException {
    JsonNode compose = YAML.readTree(PROJECT.resolve("docker-compose.yml").toFile());
    String script = compose.at("/services/kafka-init/command/0").asText();
    List<String> lines = script.lines().toList();
    Map<String, Map<String, String>> topics = new TreeMap<>();
    for (String line :
        lines.subList(lines.indexOf("done <<'TOPICS'") + 1, lines.indexOf("TOPICS"))) {
      String[] nameAndSettings = line.trim().split(" ");
      Map<String, String> settings = new TreeMap<>();
      for (String setting : nameAndSettings[1].split(",")) {
        settings.put(
            setting.substring(0, setting.indexOf('=')),
            setting.substring(setting.indexOf('=') + 1));
      }
      topics.put(nameAndSettings[0], settings);
    }
    assertEquals(expected(), topics);
    assertEquals(
        PlatformTopics.MAX_MESSAGE_BYTES,
        compose.at("/services/kafka/environment/KAFKA_MESSAGE_MAX_BYTES").asText());
  }

  @Test
  void kubernetesDeclaresEveryTopicWithItsSettings() throws IOException {
    Map<String, Map<String, String>> topics = new TreeMap<>();
    Map<String, Integer> partitions = new TreeMap<>();
    try (var parser =
        new YAMLFactory()
            .createParser(PROJECT.resolve("deploy/k8s/base/kafka-topics.yaml").toFile())) {
      for (var docs = YAML.readValues(parser, ObjectNode.class); docs.hasNext(); ) {
        JsonNode spec = docs.next().get("spec");
        Map<String, String> settings = new TreeMap<>();
        spec.get("config")
            .fields()
            .forEachRemaining(e -> settings.put(e.getKey(), e.getValue().asText()));
        // Only a cluster of several brokers has replicas to wait for.
        settings.remove("min.insync.replicas");
        topics.put(spec.get("topicName").asText(), settings);
        partitions.put(spec.get("topicName").asText(), spec.get("partitions").asInt());
      }
    }
    assertEquals(expected(), topics);
    for (PlatformTopics.Topic topic : PlatformTopics.ALL) {
      assertEquals(topic.partitions(), partitions.get(topic.name()), topic.name());
    }
  }

  @Test
  void theRunCommandsBrokerGivesNewAndOlderTopicsTheirSettings() throws Exception {
    Path dir = Path.of("target", "topics-test");
    Directories.deleteRecursively(dir);
    try (KafkaBroker kafka = KafkaBroker.start(dir, 0, 0, Duration.ofMinutes(2));
        Admin admin =
            Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      // As an older version left them: two topics with the broker's defaults (7 days' retention).
      admin
          .createTopics(
              List.of(
                  new NewTopic("ita.results", 3, (short) 1),
                  new NewTopic("ita.agencies", 3, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
      assertEquals("604800000", kafka.topicConfig("ita.results").get("retention.ms"));

      kafka.createTopics(PlatformTopics.ALL);

      for (PlatformTopics.Topic topic : PlatformTopics.ALL) {
        Map<String, String> actual = kafka.topicConfig(topic.name());
        topic
            .configs()
            .forEach(
                (name, value) -> assertEquals(value, actual.get(name), topic.name() + " " + name));
      }
      assertEquals(
          3,
          admin
              .describeTopics(List.of("ita.plans"))
              .allTopicNames()
              .get(30, TimeUnit.SECONDS)
              .get("ita.plans")
              .partitions()
              .size());
    }
  }

  private static Map<String, Map<String, String>> expected() {
    Map<String, Map<String, String>> topics = new TreeMap<>();
    PlatformTopics.ALL.forEach(t -> topics.put(t.name(), new TreeMap<>(t.configs())));
    return topics;
  }
}
