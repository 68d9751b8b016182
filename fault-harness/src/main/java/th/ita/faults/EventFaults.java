package th.ita.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;

/**
 * Events that can never be processed or never be sent, and a rebuild of the read model under live
 * traffic.
 */
final class EventFaults {

  /** Each input topic, the event type its poison pretends to be, and the consumers that read it. */
  private static final Map<String, String> POISON_TYPES = new LinkedHashMap<>();

  static {
    POISON_TYPES.put(Topics.AGENCIES, EventTypes.AGENCY_UPDATED);
    POISON_TYPES.put(Topics.RESULTS, EventTypes.RESULT_PUBLISHED);
    POISON_TYPES.put(Topics.PLANS, EventTypes.PLAN_APPROVED);
    POISON_TYPES.put(Topics.MEASURES, EventTypes.MEASURE_STATUS_CHANGED);
  }

  private final Run run;

  EventFaults(Run run) {
    this.run = run;
  }

  // --- poison ------------------------------------------------------------------------------------

  /**
   * One message that is not JSON on each input topic, keyed by an agency, and that agency's real
   * changes right behind it on the same partitions: the poison must go to the dead-letter topic and
   * every change behind it must arrive.
   */
  Figures poison() throws Exception {
    FaultsMain.log("Scenario: a poison message on each input topic …");
    Figures figures = new Figures("A poison message on each input topic");
    Workload workload = run.workload;
    String agency = workload.agencies().get(0);
    int measuresBefore = deadLetterTotal(Workload.MEASURES);
    int reportingBefore = deadLetterTotal(Workload.REPORTING);
    Census.Mark mark = run.census.mark();
    Tally tally = new Tally();
    run.api.countInto(tally);

    Set<String> poisonIds = new HashSet<>();
    Instant sent = Instant.now();
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
      for (var topic : POISON_TYPES.entrySet()) {
        String id = UUID.randomUUID().toString();
        poisonIds.add(id);
        ProducerRecord<String, String> poison =
            new ProducerRecord<>(
                topic.getKey(), agency, "{\"agencyCode\": \"" + agency + "\", this is not JSON");
        poison
            .headers()
            .add("ce_specversion", bytes("1.0"))
            .add("ce_id", bytes(id))
            .add("ce_type", bytes(topic.getValue()))
            .add("ce_source", bytes("/faults"))
            .add("ce_subject", bytes(agency))
            .add("content-type", bytes("application/json"));
        producer.send(poison).get();
      }
    }
    figures.detail(
        "one message that is not JSON (with valid CloudEvents headers) on each of %s, keyed %s",
        String.join(", ", POISON_TYPES.keySet()), agency);

    // The same agency's real changes, behind the poison on the same partitions.
    Workload.Record record = new Workload.Record("poison");
    String token = workload.admin();
    Api.Answer current = run.api.get(Workload.ASSESSMENT, "/api/v1/agencies/" + agency, token);
    ObjectNode renamed = (ObjectNode) Api.JSON.readTree(Workload.agencyJson(agency));
    renamed.remove("code");
    renamed.put("nameEn", "Fault run agency " + agency + " (renamed)");
    run.api.expect(
        200,
        10,
        () ->
            run.api.put(
                Workload.ASSESSMENT,
                "/api/v1/agencies/" + agency,
                token,
                renamed.toString(),
                current.etag()));
    List<Workload.ResultKey> keys =
        workload.keys().stream().filter(k -> k.agency().equals(agency)).toList();
    List<Workload.MeasureState> measures =
        workload.measures().stream().filter(m -> m.agency.equals(agency)).toList();
    workload.run(record, keys, 0, Instant.now().plus(Duration.ofMinutes(3)));
    workload.changeEach(record, measures, Instant.now().plus(Duration.ofMinutes(3)));
    enterPlan(agency, Workload.PLAN_YEAR + 1, 1);
    figures.detail(
        "behind it: %s renamed, %d results published again, %d measure status changes, a FY%d plan approved",
        agency, keys.size(), measures.size(), Workload.PLAN_YEAR + 1);

    figures.recoverySeconds = run.awaitRecovery(sent, mark);
    run.api.countInto(new Tally());
    figures.count(tally);
    run.settle(figures, record, mark, Duration.ofMinutes(2));

    // Both services list the one dead-letter topic: a letter is one record of it, whichever lists
    // it.
    Map<String, JsonNode> letters = new LinkedHashMap<>();
    for (JsonNode letter :
        concat(
            deadLetters(Workload.MEASURES, measuresBefore),
            deadLetters(Workload.REPORTING, reportingBefore))) {
      letters.put(letter.path("partition").asText() + "/" + letter.path("offset").asText(), letter);
    }
    int poisoned = 0;
    int others = 0;
    int described = 0;
    Set<String> sources = new HashSet<>();
    for (JsonNode letter : letters.values()) {
      if (poisonIds.contains(letter.path("eventId").asText())) {
        poisoned++;
        sources.add(letter.path("sourceTopic").asText());
      } else {
        others++;
      }
      if (!letter.path("sourceTopic").asText().isEmpty()
          && letter.path("sourcePartition").isNumber()
          && letter.path("sourceOffset").isNumber()
          && !letter.path("reason").asText().isEmpty()) {
        described++;
      }
    }
    figures.detail(
        "dead letters written: %d (the same list from measures-service and reporting-service, which share"
            + " ita.dead-letter); %d name their source topic, partition, offset and a reason, e.g. \"%s\"",
        letters.size(),
        described,
        letters.isEmpty() ? "" : letters.values().iterator().next().path("reason").asText());
    figures.expect(
        "Poison messages dead-lettered",
        poisoned,
        6,
        "Each consumer group that reads a topic must dead-letter its poison once: 2 + 2 + 1 + 1.");
    figures.expect(
        "Source topics named by the dead letters",
        sources.size(),
        4,
        "Every input topic had a poison.");
    figures.expect(
        "Dead letters without source topic, partition, offset or reason",
        letters.size() - described,
        0,
        "An operator needs them to find and redrive the message.");
    figures.expect(
        "Valid events in the dead-letter topic",
        others,
        0,
        "A valid event that is dead-lettered is lost.");
    figures.lost += others;
    return figures;
  }

  private int deadLetterTotal(String service) {
    Api.Answer a =
        run.api.get(service, "/api/v1/admin/dead-letters?page=0&size=1", run.workload.admin());
    if (!a.ok()) {
      throw new IllegalStateException(service + " dead letters: " + a.status() + " " + a.body());
    }
    return a.json().path("totalItems").asInt();
  }

  /** The dead letters after the first {@code skip} (the list is in the topic's order). */
  private List<JsonNode> deadLetters(String service, int skip) {
    List<JsonNode> letters = new ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Answer a =
          run.api.get(
              service,
              "/api/v1/admin/dead-letters?page=" + page + "&size=200",
              run.workload.admin());
      if (!a.ok()) {
        throw new IllegalStateException(service + " dead letters: " + a.status() + " " + a.body());
      }
      a.json().path("items").forEach(letters::add);
      if (page + 1 >= a.json().path("totalPages").asInt()) {
        break;
      }
    }
    return letters.subList(Math.min(skip, letters.size()), letters.size());
  }

  // --- too large ---------------------------------------------------------------------------------

  /**
   * A change whose event would pass the record limit is refused at the API with 413 and leaves
   * nothing; an event forced past the broker's limit (written straight into the outbox) is parked,
   * and the same agency's next events still arrive.
   */
  Figures oversize() throws Exception {
    FaultsMain.log("Scenario: an oversized change, and an event forced past the broker's limit …");
    Figures figures = new Figures("An oversized change, and an event past the broker's limit");
    Workload workload = run.workload;
    Census.Mark mark = run.census.mark();
    Tally tally = new Tally();
    run.api.countInto(tally);

    // 1. Refused at the API: a plan whose PlanApproved event would be over the limit.
    String agency = workload.agencies().get(1);
    String plan = enterPlan(agency, Workload.PLAN_YEAR + 1, 0);
    String token = workload.officer(agency);
    // Four measures at their largest are well within a measure's own limits; together the plan's
    // event is over 1 MB.
    Api.Answer refused = null;
    int added = 0;
    for (int i = 0; i < 4 && refused == null; i++) {
      Api.Answer a =
          run.api.post(Workload.MEASURES, plan + "/measures", token, largestMeasure(i), null);
      if (a.status() == 201) {
        added++;
      } else {
        refused = a;
      }
    }
    long seqBefore = run.census.maxSeq("measures");
    Api.Answer before = run.api.get(Workload.MEASURES, plan, token);
    String refusedWrite = "adding measure " + (added + 1);
    if (refused == null) {
      refusedWrite = "approving it";
      refused =
          run.api.post(
              Workload.MEASURES,
              plan + "/approve",
              workload.head(agency),
              Workload.APPROVAL,
              before.etag());
    }
    Api.Answer after = run.api.get(Workload.MEASURES, plan, token);
    boolean tooLarge =
        refused.status() == 413
            && refused.problem()
            && refused.json().path("type").asText().endsWith("/problems/too-large");
    figures.detail(
        "a FY%d plan of %s with %d measures at their largest Thai field sizes: %s answered %d %s",
        Workload.PLAN_YEAR + 1,
        agency,
        added,
        refusedWrite,
        refused.status(),
        refused.problem() ? refused.json().path("detail").asText() : refused.body());
    figures.expect(
        "Oversized change answered 413 problem+json /problems/too-large",
        tooLarge ? 1 : 0,
        1,
        "The change must be refused where it is made, naming the limit and the size.");
    boolean unchanged =
        before.etag() != null
            && before.etag().equals(after.etag())
            && run.census.maxSeq("measures") == seqBefore;
    figures.expect(
        "Refused oversized change left the plan and the outbox unchanged",
        unchanged ? 1 : 0,
        1,
        "A refused change must store nothing: no new version, no event.");

    // 2. Forced past the broker's limit: written straight into the outbox, before a real event of
    // the same agency.
    String forcedAgency = workload.agencies().get(2);
    UUID forced = UUID.randomUUID();
    try (Connection c = run.cluster.connect("assessment");
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO outbox_event (id, topic, event_key, event_type, subject, payload, occurred_at)"
                    + " VALUES (?, 'ita.results', ?, 'ResultPublished', ?, ?, now())")) {
      s.setObject(1, forced);
      s.setString(2, forcedAgency);
      s.setString(3, forcedAgency);
      s.setString(
          4,
          Api.JSON
              .createObjectNode()
              .put("agencyCode", forcedAgency)
              .put("padding", "ก".repeat(400_000))
              .toString()); // 1.2 MB of UTF-8, over 1 MiB
      s.executeUpdate();
    }
    Instant forcedAt = Instant.now();
    Workload.Record record = new Workload.Record("oversize");
    List<Workload.ResultKey> keys =
        workload.keys().stream().filter(k -> k.agency().equals(forcedAgency)).toList();
    workload.run(record, keys, 0, Instant.now().plus(Duration.ofMinutes(3)));
    String state = awaitParked(forced, Duration.ofMinutes(3));
    figures.detail(
        "an outbox row of 1.2 MB (ResultPublished of %s) written straight into assessment-service's outbox,"
            + " then %d of that agency's results published: the row ended %s",
        forcedAgency, keys.size(), state);
    figures.expect(
        "The event past the broker's limit parked",
        state.startsWith("FAILED") ? 1 : 0,
        1,
        "An event that retrying cannot send must be parked so that the events behind it leave.");
    figures.recoverySeconds = run.awaitRecovery(forcedAt, mark);
    run.api.countInto(new Tally());
    figures.count(tally);
    run.settle(figures, record, mark, Duration.ofMinutes(2));

    // 3. What an operator sees and does.
    Api.Answer parked =
        run.api.get(Workload.ASSESSMENT, "/api/v1/admin/outbox/parked", workload.admin());
    boolean listed = parked.ok() && parked.body().contains(forced.toString());
    double gauge = gauge(Workload.ASSESSMENT, "ita_outbox_parked");
    figures.detail(
        "GET /api/v1/admin/outbox/parked lists it: %s; ita_outbox_parked on /q/metrics: %.0f",
        listed ? "yes" : "no", gauge);
    figures.expect(
        "Parked event listed by the admin API",
        listed ? 1 : 0,
        1,
        "An operator must see what is parked.");
    Api.Answer discarded =
        run.api.delete(
            Workload.ASSESSMENT, "/api/v1/admin/outbox/parked/" + forced, workload.admin());
    // The gauge is counted again on the relay's next tick.
    Instant until = Instant.now().plusSeconds(10);
    while (gauge(Workload.ASSESSMENT, "ita_outbox_parked") != 0 && Instant.now().isBefore(until)) {
      Processes.sleep(500);
    }
    figures.detail(
        "DELETE /api/v1/admin/outbox/parked/{id} answered %d; ita_outbox_parked afterwards: %.0f",
        discarded.status(), gauge(Workload.ASSESSMENT, "ita_outbox_parked"));
    return figures;
  }

  private String awaitParked(UUID id, Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    String state = "pending";
    boolean hasStatus = run.census.hasColumn("assessment", "outbox_event", "status");
    while (Instant.now().isBefore(deadline)) {
      try (Connection c = run.cluster.connect("assessment");
          PreparedStatement s =
              c.prepareStatement(
                  "SELECT "
                      + (hasStatus ? "status" : "'PENDING'")
                      + ", published_at IS NOT NULL, attempts, last_error"
                      + " FROM outbox_event WHERE id = ?")) {
        s.setObject(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return "deleted";
          }
          state = rs.getBoolean(2) ? "SENT" : rs.getString(1);
          if (!"PENDING".equals(state)) {
            return state + " after " + rs.getInt(3) + " attempts (" + rs.getString(4) + ")";
          }
        }
      }
      Processes.sleep(500);
    }
    return "still pending after " + timeout.toSeconds() + " s";
  }

  private double gauge(String service, String name) {
    double value = -1;
    Api.Answer metrics = run.api.getAs(service, "/q/metrics", null, "text/plain");
    for (String line : metrics.body().split("\n")) {
      if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
        value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
      }
    }
    return value;
  }

  /** A measure with every text at its largest, in Thai (3 bytes a character in UTF-8). */
  private static String largestMeasure(int n) {
    ObjectNode m = (ObjectNode) Api.JSON.createObjectNode();
    m.put("titleTh", thai(2000, n));
    m.put("titleEn", "x".repeat(2000));
    m.put("rationale", thai(5000, n));
    ArrayNode steps = m.putArray("steps");
    for (int i = 0; i < 30; i++) {
      steps.add(thai(2000, i));
    }
    m.put("periodStart", (Workload.PLAN_YEAR + 1 - 544) + "-10-01");
    m.put("periodEnd", (Workload.PLAN_YEAR + 1 - 543) + "-09-30");
    ArrayNode units = m.putArray("responsibleUnits");
    for (int i = 0; i < 20; i++) {
      units.add(thai(300, i));
    }
    m.put("monitoring", thai(5000, n));
    ArrayNode topics = m.putArray("knowledgeTopics");
    for (int i = 0; i < 20; i++) {
      topics.add(thai(500, i));
    }
    m.put("percentComplete", 0);
    ArrayNode milestones = m.putArray("milestones");
    for (String q : List.of("Q1", "Q2", "Q3", "Q4")) {
      milestones
          .addObject()
          .put("quarter", q)
          .put("activity", thai(2000, n))
          .put("output", thai(2000, n));
    }
    return m.toString();
  }

  private static String thai(int length, int seed) {
    String text = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส " + seed + " ";
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.append(text);
    }
    return b.substring(0, length).strip();
  }

  /**
   * Enters a plan for {@code year} with {@code measures} small measures, approved when it has any;
   * answers its path.
   */
  private String enterPlan(String agency, int year, int measures) {
    String token = run.workload.officer(agency);
    String plan = "/api/v1/agencies/" + agency + "/plans/" + year;
    ObjectNode input =
        Api.JSON
            .createObjectNode()
            .put("assessmentYear", year - 1)
            .put("titleTh", "แผนทดสอบ " + year);
    run.api.expect(
        200, 10, () -> run.api.put(Workload.MEASURES, plan, token, input.toString(), null));
    for (int i = 0; i < measures; i++) {
      String body =
          Workload.measureJson("มาตรการเพิ่มเติม " + i, "ทดสอบ")
              .replace((Workload.PLAN_YEAR - 544) + "-10-01", (year - 544) + "-10-01")
              .replace((Workload.PLAN_YEAR - 543) + "-09-30", (year - 543) + "-09-30");
      run.api.expect(
          201, 10, () -> run.api.post(Workload.MEASURES, plan + "/measures", token, body, null));
    }
    if (measures > 0) {
      String etag =
          run.api.expect(200, 10, () -> run.api.get(Workload.MEASURES, plan, token)).etag();
      run.api.expect(
          200,
          10,
          () ->
              run.api.post(
                  Workload.MEASURES,
                  plan + "/approve",
                  run.workload.head(agency),
                  Workload.APPROVAL,
                  etag));
    }
    return plan;
  }

  // --- rebuild -----------------------------------------------------------------------------------

  /**
   * Rebuilds reporting-service's read model while results are published and measures move: rows the
   * traffic did not touch must be exactly as before, and the touched ones must match the sources.
   */
  Figures rebuild(List<Workload.ResultKey> keys, int changes) throws Exception {
    FaultsMain.log(
        "Scenario: the read model rebuilt during "
            + keys.size()
            + " publications and "
            + changes
            + " status changes …");
    ReadModelSnapshot before = ReadModelSnapshot.take(run.cluster);
    String[] answer = new String[1];
    Figures figures =
        run.loadWithFault(
            "Read model rebuilt during live traffic",
            "rebuild",
            keys,
            changes,
            Duration.ZERO,
            new Run.Fault() {
              @Override
              public void inject() {
                Instant start = Instant.now();
                Api.Answer a =
                    run.api.post(
                        Workload.REPORTING,
                        "/api/v1/admin/projections/rebuild",
                        run.workload.admin(),
                        null,
                        null);
                answer[0] =
                    a.status()
                        + " after "
                        + Duration.between(start, Instant.now()).toMillis() / 1000.0
                        + " s: "
                        + a.body();
              }

              @Override
              public void recover() {}
            });
    figures.detail("POST /api/v1/admin/projections/rebuild answered %s", answer[0]);
    ReadModelSnapshot after = ReadModelSnapshot.take(run.cluster);
    Set<String> touched = touchedRows(keys);
    int differing = before.differences(after, touched);
    int added = before.additions(after, touched);
    figures.detail(
        "read-model rows compared with the copy taken before: %,d, of which %,d were touched by the live"
            + " traffic (checked against the sources instead)",
        before.rows.size(), touched.size());
    figures.expect(
        "Untouched read-model rows that differ after the rebuild",
        differing,
        0,
        "A rebuild must give back the same read model.");
    figures.expect(
        "Read-model rows the traffic did not make but the rebuild added",
        added,
        0,
        "A rebuild must give back the same read model.");
    figures.lost += differing;
    figures.appliedTwice += added;
    return figures;
  }

  /** Read-model rows the rebuild scenario's own traffic changed. */
  private Set<String> touchedRows(List<Workload.ResultKey> keys) throws Exception {
    Set<String> touched = new HashSet<>();
    for (Workload.ResultKey k : keys) {
      touched.add("r/" + k.agency() + "/" + k.fiscalYear() + "/" + k.round());
    }
    try (Connection c = run.cluster.connect("reporting");
        PreparedStatement s =
            c.prepareStatement(
                "SELECT event_id, measure_id, (SELECT agency_code FROM report_measure m WHERE m.measure_id = ch.measure_id)"
                    + " FROM report_measure_change ch WHERE note LIKE 'rebuild %'")) {
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          touched.add("c/" + rs.getString(1));
          touched.add("m/" + rs.getString(2));
          touched.add("p/" + rs.getString(3) + "/" + Workload.PLAN_YEAR);
        }
      }
    }
    return touched;
  }

  private Properties producerConfig() {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, run.cluster.kafkaBootstrap());
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    return p;
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<JsonNode> concat(List<JsonNode> a, List<JsonNode> b) {
    List<JsonNode> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
