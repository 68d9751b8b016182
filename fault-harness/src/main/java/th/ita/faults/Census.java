package th.ita.faults;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import th.ita.platform.common.event.EventTypes;

/**
 * Counts what arrived, straight from the databases (JDBC on the embedded PostgreSQL) and the
 * topics: each service's source of truth against the read models built from its events.
 *
 * <ul>
 *   <li><b>Results.</b> For every result key a load touched, the newest published revision in
 *       assessment-service must be the revision in reporting-service's {@code report_result}, and
 *       (FINAL round) in measures-service's {@code gap_list} of the next year.
 *   <li><b>Measure changes.</b> Every status change in measures-service's {@code status_change}
 *       (found by the note the harness wrote) must be in reporting-service's {@code
 *       report_measure_change} exactly once: none is lost, two are applied twice. And every
 *       measure's status and version must be the same in {@code report_measure}.
 *   <li><b>Events.</b> Every event a producer wrote to its outbox since the scenario began must be
 *       in the inbox of every consumer that needs it.
 * </ul>
 */
final class Census {

  /** Where a scenario's counting starts: the outboxes' highest sequence numbers. */
  record Mark(long assessment, long measures, Instant at) {}

  /** Events of one producer since a mark, and how far they got. */
  record Events(int written, int delivered, int missing, int parked, int announcedTwice) {}

  /** The comparison of sources and read models for one load. */
  record Comparison(
      int publishedAtSource,
      int resultsMissing,
      int gapListsMissing,
      int changesAtSource,
      int changesMissing,
      int changesTwice,
      int changesPhantom,
      int measuresDiffering,
      int acceptedNotStored,
      int refusedButStored,
      List<String> refusedButStoredSamples) {
    int lost() {
      return resultsMissing
          + gapListsMissing
          + changesMissing
          + measuresDiffering
          + acceptedNotStored;
    }

    int twice() {
      return changesTwice + changesPhantom;
    }
  }

  private final Cluster cluster;

  Census(Cluster cluster) {
    this.cluster = cluster;
  }

  Mark mark() throws SQLException {
    return new Mark(maxSeq("assessment"), maxSeq("measures"), Instant.now());
  }

  long maxSeq(String db) throws SQLException {
    return queryLong(db, "SELECT coalesce(max(seq), 0) FROM outbox_event");
  }

  long queryLong(String db, String sql, Object... args) throws SQLException {
    try (Connection c = cluster.connect(db);
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  void awaitDirectories(int agencies, Duration timeout) throws SQLException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      long measures =
          queryLong("measures", "SELECT count(*) FROM agency_directory WHERE code LIKE 'FLT%'");
      long reporting =
          queryLong("reporting", "SELECT count(*) FROM agency_directory WHERE code LIKE 'FLT%'");
      if (measures >= agencies && reporting >= agencies) {
        return;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException(
            "Agency directories hold " + measures + " and " + reporting + " of " + agencies);
      }
      Processes.sleep(500);
    }
  }

  // --- sources against read models ---------------------------------------------------------------

  Comparison compare(Workload.Record record, List<Workload.MeasureState> measures)
      throws SQLException {
    Map<String, Integer> source = new HashMap<>();
    int published = 0;
    try (Connection c = cluster.connect("assessment");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT agency_code, fiscal_year, round, max(revision) FROM assessment_result"
                    + " WHERE status = 'PUBLISHED' AND agency_code LIKE 'FLT%' GROUP BY 1, 2, 3")) {
      while (rs.next()) {
        source.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), rs.getInt(4));
      }
    }
    Map<String, Integer> reported =
        revisions(
            "reporting",
            "SELECT agency_code, fiscal_year, round, revision FROM report_result WHERE agency_code LIKE 'FLT%'");
    Map<String, Integer> gapLists =
        revisions(
            "measures",
            "SELECT agency_code, fiscal_year - 1, 'FINAL', result_revision FROM gap_list WHERE agency_code LIKE 'FLT%'");
    int resultsMissing = 0;
    int gapMissing = 0;
    int acceptedNotStored = 0;
    for (Workload.ResultKey key : record.keys) {
      String k = key.agency() + "/" + key.fiscalYear() + "/" + key.round();
      Integer revision = source.get(k);
      Integer accepted = record.publishedRevisions.get(key);
      if (accepted != null && (revision == null || revision < accepted)) {
        acceptedNotStored++; // a publication the client was told of is not at the source
      }
      if (revision == null) {
        continue;
      }
      published += accepted == null ? 0 : 1;
      if (!revision.equals(reported.get(k))) {
        resultsMissing++;
      }
      if ("FINAL".equals(key.round()) && !revision.equals(gapLists.get(k))) {
        gapMissing++;
      }
    }

    Map<String, String> notes = new HashMap<>(); // note -> measure id, as stored at the source
    try (Connection c = cluster.connect("measures");
        PreparedStatement s =
            c.prepareStatement("SELECT note, measure_id FROM status_change WHERE note LIKE ?")) {
      s.setString(1, record.tag + " %");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          notes.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    Map<String, Integer> copies = new HashMap<>();
    try (Connection c = cluster.connect("reporting");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT note, count(*) FROM report_measure_change WHERE note LIKE ? GROUP BY 1")) {
      s.setString(1, record.tag + " %");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          copies.put(rs.getString(1), rs.getInt(2));
        }
      }
    }
    int changesMissing = 0;
    int changesTwice = 0;
    for (String note : notes.keySet()) {
      int n = copies.getOrDefault(note, 0);
      changesMissing += n == 0 ? 1 : 0;
      changesTwice += n > 1 ? n - 1 : 0;
    }
    int phantom = (int) copies.keySet().stream().filter(n -> !notes.containsKey(n)).count();
    int acceptedChangesNotStored =
        (int) record.acceptedNotes.stream().filter(n -> !notes.containsKey(n)).count();
    int refusedButStored = (int) record.refusedNotes.stream().filter(notes::containsKey).count();
    List<String> samples = new ArrayList<>(record.storedDespiteRefusalSamples);
    record.refusedNotes.stream()
        .filter(notes::containsKey)
        .sorted()
        .limit(3)
        .forEach(
            n ->
                samples.add(
                    "POST /api/v1/measures/"
                        + notes.get(n)
                        + "/status with the note \""
                        + n
                        + "\" answered 503, and the change is in"
                        + " status_change"));
    return new Comparison(
        published,
        resultsMissing,
        gapMissing,
        notes.size(),
        changesMissing,
        changesTwice,
        phantom,
        measuresDiffering(measures),
        acceptedNotStored + acceptedChangesNotStored,
        refusedButStored + record.storedDespiteRefusal.get(),
        samples);
  }

  private Map<String, Integer> revisions(String db, String sql) throws SQLException {
    Map<String, Integer> map = new HashMap<>();
    try (Connection c = cluster.connect(db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        map.put(rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getString(3), rs.getInt(4));
      }
    }
    return map;
  }

  /**
   * Measures whose status or version in reporting's read model is not the one measures-service
   * holds.
   */
  int measuresDiffering(List<Workload.MeasureState> measures) throws SQLException {
    if (measures.isEmpty()) {
      return 0;
    }
    Map<String, String> source = new HashMap<>();
    try (Connection c = cluster.connect("measures");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT m.id, m.status, m.version FROM measure m JOIN plan p ON p.id = m.plan_id"
                    + " WHERE p.agency_code LIKE 'FLT%'")) {
      while (rs.next()) {
        source.put(rs.getString(1), rs.getString(2) + "@" + rs.getLong(3));
      }
    }
    Map<String, String> read = new HashMap<>();
    try (Connection c = cluster.connect("reporting");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT measure_id, status, measure_version FROM report_measure WHERE agency_code LIKE 'FLT%'")) {
      while (rs.next()) {
        read.put(rs.getString(1), rs.getString(2) + "@" + rs.getLong(3));
      }
    }
    int differing = 0;
    for (Workload.MeasureState m : measures) {
      if (!String.valueOf(source.get(m.id)).equals(read.get(m.id))) {
        differing++;
      }
    }
    return differing;
  }

  // --- events ------------------------------------------------------------------------------------

  /**
   * ResultPublished events of assessment-service since the mark, against both consumers' inboxes.
   */
  Events resultEvents(Mark mark) throws SQLException {
    List<String[]> events =
        outbox(
            "assessment",
            mark.assessment(),
            Long.MAX_VALUE,
            EventTypes.RESULT_PUBLISHED,
            "CAST(payload AS jsonb) ->> 'agencyCode' || '/' || (CAST(payload AS jsonb) ->> 'fiscalYear') || '/' || (CAST(payload AS jsonb) ->> 'round') || '/' || (CAST(payload AS jsonb) ->> 'revision')");
    Set<String> reporting = inbox("reporting", events);
    Set<String> measures = inbox("measures", events);
    int delivered = 0;
    Set<String> facts = new HashSet<>();
    int twice = 0;
    for (String[] e : events) {
      if (reporting.contains(e[0]) && measures.contains(e[0])) {
        delivered++;
      }
      if (!facts.add(e[1])) {
        twice++;
      }
    }
    return new Events(events.size(), delivered, events.size() - delivered, 0, twice);
  }

  /** MeasureStatusChanged events of measures-service since the mark, against reporting's inbox. */
  Events changeEvents(Mark mark) throws SQLException {
    List<String[]> events =
        outbox(
            "measures",
            mark.measures(),
            Long.MAX_VALUE,
            EventTypes.MEASURE_STATUS_CHANGED,
            "id::text");
    Set<String> reporting = inbox("reporting", events);
    int delivered = (int) events.stream().filter(e -> reporting.contains(e[0])).count();
    return new Events(events.size(), delivered, events.size() - delivered, 0, 0);
  }

  /**
   * Every event written to a producer's outbox after {@code since} and up to {@code upTo}, against
   * the inboxes of the consumers that read its type. A parked event is counted apart: it was never
   * meant to arrive.
   */
  Events allEvents(String producer, long since, long upTo, List<String> consumers)
      throws SQLException {
    List<String[]> events = outbox(producer, since, upTo, null, parkedSql(producer));
    List<Set<String>> inboxes = new ArrayList<>();
    for (String consumer : consumers) {
      inboxes.add(inbox(consumer, events));
    }
    int delivered = 0;
    int parked = 0;
    for (String[] e : events) {
      if ("true".equals(e[1])) {
        parked++;
        continue;
      }
      String type = e[2];
      boolean everywhere = true;
      for (int i = 0; i < consumers.size(); i++) {
        if (needs(consumers.get(i), type) && !inboxes.get(i).contains(e[0])) {
          everywhere = false;
        }
      }
      delivered += everywhere ? 1 : 0;
    }
    return new Events(events.size(), delivered, events.size() - delivered - parked, parked, 0);
  }

  private String parkedSql(String db) throws SQLException {
    return hasColumn(db, "outbox_event", "status")
        ? "(status IN ('FAILED', 'DISCARDED'))::text"
        : "'false'";
  }

  /** Which consumers read which event types. */
  static boolean needs(String consumer, String type) {
    return switch (consumer) {
      case "measures" ->
          type.equals(EventTypes.AGENCY_REGISTERED)
              || type.equals(EventTypes.AGENCY_UPDATED)
              || type.equals(EventTypes.RESULT_PUBLISHED);
      default -> true;
    };
  }

  private List<String[]> outbox(String db, long since, long upTo, String type, String factSql)
      throws SQLException {
    List<String[]> events = new ArrayList<>();
    String sql =
        "SELECT id::text, "
            + factSql
            + ", event_type FROM outbox_event WHERE seq > ? AND seq <= ?"
            + (type == null ? "" : " AND event_type = ?")
            + " ORDER BY seq";
    try (Connection c = cluster.connect(db);
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, since);
      s.setLong(2, upTo);
      if (type != null) {
        s.setString(3, type);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          events.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
      }
    }
    return events;
  }

  private Set<String> inbox(String db, List<String[]> events) throws SQLException {
    Set<String> found = new HashSet<>();
    if (events.isEmpty()) {
      return found;
    }
    try (Connection c = cluster.connect(db);
        PreparedStatement s =
            c.prepareStatement("SELECT event_id FROM inbox_event WHERE event_id = ANY (?)")) {
      s.setArray(1, c.createArrayOf("varchar", events.stream().map(e -> e[0]).toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  /** Events still waiting in a producer's outbox (neither sent nor parked). */
  long pending(String db) throws SQLException {
    return queryLong(db, "SELECT count(*) FROM outbox_event WHERE status = 'PENDING'");
  }

  boolean hasColumn(String db, String table, String column) throws SQLException {
    return queryLong(
            db,
            "SELECT count(*) FROM information_schema.columns WHERE table_name = ? AND column_name = ?",
            table,
            column)
        > 0;
  }

  // --- the topics --------------------------------------------------------------------------------

  /**
   * How many of the given event ids are on the topic more than once: a producer retry after a
   * broker crash sends an event again, and the consumers' inbox must absorb the copy.
   */
  int copiesOnTopic(String topic, Set<String> ids) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.kafkaBootstrap());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, Integer> seen = new HashMap<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(i -> new TopicPartition(topic, i.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plusSeconds(60);
      while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
          && Instant.now().isBefore(deadline)) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
          Header id = r.headers().lastHeader("ce_id");
          if (id != null) {
            seen.merge(new String(id.value(), StandardCharsets.UTF_8), 1, Integer::sum);
          }
        }
      }
    }
    return (int) ids.stream().filter(id -> seen.getOrDefault(id, 0) > 1).count();
  }

  Set<String> eventIds(String db, long since, String type) throws SQLException {
    Set<String> ids = new HashSet<>();
    for (String[] e : outbox(db, since, Long.MAX_VALUE, type, "id::text")) {
      ids.add(e[0]);
    }
    return ids;
  }
}
