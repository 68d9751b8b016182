package th.ita.platform.dev;

import java.util.List;
import java.util.Map;

/**
 * The platform's Kafka topics with their partitions and settings. The run command and the tests
 * create them from this list; {@code docker-compose.yml} and {@code deploy/k8s} state the same
 * settings, and {@code PlatformTopicsTest} holds them to this list.
 *
 * <p>A rebuild of reporting-service's read model replays results, plans and measures from their
 * beginning, so those topics keep every record: one agency's key carries many fiscal years and
 * revisions, so compaction would lose history too. The registry's events are full snapshots keyed
 * by agency code, so the latest per agency is enough.
 */
public final class PlatformTopics {

  /** Every topic has three partitions: events of one agency stay in order on one of them. */
  public static final int PARTITIONS = 3;

  /**
   * The largest record batch a topic accepts: the producers' {@code max.request.size} (1 MiB) plus
   * Kafka's 12 bytes of log overhead. The outbox refuses an event above 1,000,000 bytes when it is
   * written, which leaves room for the key and the CloudEvents headers.
   */
  public static final String MAX_MESSAGE_BYTES = "1048588";

  /**
   * A topic and the settings it must have, whether it is new or was created by an older version.
   */
  public record Topic(String name, int partitions, Map<String, String> configs) {}

  private static final Map<String, String> KEEP_FOREVER =
      Map.of(
          "cleanup.policy", "delete",
          "retention.ms", "-1",
          "retention.bytes", "-1",
          "max.message.bytes", MAX_MESSAGE_BYTES);

  public static final Topic AGENCIES =
      new Topic(
          "ita.agencies",
          PARTITIONS,
          Map.of("cleanup.policy", "compact", "max.message.bytes", MAX_MESSAGE_BYTES));
  public static final Topic RESULTS = new Topic("ita.results", PARTITIONS, KEEP_FOREVER);
  public static final Topic MEASURES = new Topic("ita.measures", PARTITIONS, KEEP_FOREVER);
  public static final Topic PLANS = new Topic("ita.plans", PARTITIONS, KEEP_FOREVER);

  /**
   * Every framework version stays: results name the version they were scored with, and a rebuild
   * replays the frameworks before the results. Not compacted, as the key is the fiscal year.
   */
  public static final Topic FRAMEWORKS = new Topic("ita.frameworks", PARTITIONS, KEEP_FOREVER);

  /** Dead letters wait for an operator, however long that takes. */
  public static final Topic DEAD_LETTER =
      new Topic(
          "ita.dead-letter",
          PARTITIONS,
          Map.of(
              "cleanup.policy", "delete",
              "retention.ms", "-1",
              "max.message.bytes", MAX_MESSAGE_BYTES));

  /** Created before the services start, so that no consumer starts on a missing topic. */
  public static final List<Topic> ALL =
      List.of(AGENCIES, RESULTS, MEASURES, PLANS, FRAMEWORKS, DEAD_LETTER);

  private PlatformTopics() {}

  /**
   * A topic of another name with the same settings as {@code template}; tests use topics of their
   * own.
   */
  public static Topic like(Topic template, String name) {
    return new Topic(name, template.partitions(), template.configs());
  }
}
