package th.ita.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import th.ita.platform.dev.LocalTokenIssuer;

/**
 * Real traffic through the public APIs, as assessors and agency officers make it: results published
 * (and corrected: each publication of a key after the first is a new revision), and measures moved
 * along their statuses. Each write the harness makes carries what is needed to find it again in the
 * source of truth: a status change's note names the scenario and the attempt.
 *
 * <p>A client that gets a 503 or no answer does what a careful client does: it reads the resource
 * again and carries on from what is stored, so a change is never made twice by the client itself.
 */
final class Workload {

  static final String ASSESSMENT = "assessment-service";
  static final String MEASURES = "measures-service";
  static final String REPORTING = "reporting-service";
  static final List<Integer> RESULT_YEARS = List.of(2567, 2568);
  static final List<String> ROUNDS = List.of("FINAL", "INTERIM");
  static final int PLAN_YEAR = 2569;
  static final int MEASURES_PER_PLAN = 5;
  private static final int THREADS = 8;

  /** A result key: an agency, a fiscal year and a round. */
  record ResultKey(String agency, int fiscalYear, String round) {
    String path() {
      return "/api/v1/agencies/" + agency + "/results/" + fiscalYear;
    }
  }

  /** A measure as the client last saw it. */
  static final class MeasureState {
    final String id;
    final String agency;
    volatile String status;
    volatile String etag;

    MeasureState(String id, String agency, String status, String etag) {
      this.id = id;
      this.agency = agency;
      this.status = status;
      this.etag = etag;
    }
  }

  /** What one scenario's load did, for the census to check. */
  static final class Record {
    final String tag;
    final Set<ResultKey> keys = ConcurrentHashMap.newKeySet();

    /**
     * The revision each publication the clients were told of (or found stored after no answer)
     * made.
     */
    final Map<ResultKey, Integer> publishedRevisions = new ConcurrentHashMap<>();

    final AtomicInteger publishesAccepted = new AtomicInteger();
    final AtomicInteger changesAccepted = new AtomicInteger();
    final Set<String> acceptedNotes = ConcurrentHashMap.newKeySet();
    final Set<String> refusedNotes = ConcurrentHashMap.newKeySet();
    final Set<String> unansweredNotes = ConcurrentHashMap.newKeySet();

    /** Writes answered 503 whose change was stored all the same. */
    final AtomicInteger storedDespiteRefusal = new AtomicInteger();

    /** Which publications those were, for the page. */
    final List<String> storedDespiteRefusalSamples =
        Collections.synchronizedList(new ArrayList<>());

    /** Operations that had not succeeded when the load's deadline came. */
    final AtomicInteger gaveUp = new AtomicInteger();

    final AtomicInteger done = new AtomicInteger();
    volatile int total;

    Record(String tag) {
      this.tag = tag;
    }

    double progress() {
      return total == 0 ? 0 : (double) done.get() / total;
    }
  }

  private final Api api;
  private final String admin;
  private final String assessor;
  private final LocalTokenIssuer tokens;
  private final Map<String, String> officers = new ConcurrentHashMap<>();
  private final Map<String, String> heads = new ConcurrentHashMap<>();
  private final List<String> agencies = new ArrayList<>();
  private final List<ResultKey> keys = new ArrayList<>();
  private final Map<ResultKey, Boolean> draftAcknowledged = new ConcurrentHashMap<>();
  private final List<MeasureState> measures = new ArrayList<>();
  private final List<String> oitQuestions = new ArrayList<>();
  private final Random random = new Random(12);

  Workload(Api api, LocalTokenIssuer tokens) {
    this.api = api;
    this.tokens = tokens;
    this.admin = tokens.issue("faults-admin", "ita-admin", null, Duration.ofHours(6));
    this.assessor = tokens.issue("faults-assessor", "assessor", null, Duration.ofHours(6));
  }

  String admin() {
    return admin;
  }

  String assessor() {
    return assessor;
  }

  String officer(String agency) {
    return officers.computeIfAbsent(
        agency,
        a ->
            tokens.issue(
                "faults-officer-" + a.toLowerCase(), "agency-officer", a, Duration.ofHours(6)));
  }

  /** The head of the agency, who approves its plan (and is also its officer). */
  String head(String agency) {
    return heads.computeIfAbsent(
        agency,
        a -> tokens.issue("faults-head-" + a.toLowerCase(), "agency-head", a, Duration.ofHours(6)));
  }

  /** The body of an approval: the head of agency who signed the plan. */
  static final String APPROVAL =
      "{\"approverNameTh\": \"ผู้อำนวยการทดสอบ\", \"approverPositionTh\": \"ผู้อำนวยการ\"}";

  List<ResultKey> keys() {
    return keys;
  }

  List<MeasureState> measures() {
    return measures;
  }

  List<String> agencies() {
    return agencies;
  }

  static String agencyCode(int n) {
    return String.format("FLT%04d", n);
  }

  // --- set-up -----------------------------------------------------------------------------------

  /**
   * Registers the agencies, learns the OIT questions and enters the plans whose measures will move.
   */
  void prepare(int resultKeys, int plans, Census census) throws Exception {
    int count = Math.max(plans, (resultKeys + 3) / 4);
    for (int i = 1; i <= count; i++) {
      agencies.add(agencyCode(i));
    }
    for (int i = 0; i < resultKeys; i++) {
      String agency = agencies.get(i / 4);
      keys.add(new ResultKey(agency, RESULT_YEARS.get(i % 2), ROUNDS.get((i / 2) % 2)));
    }
    JsonNode framework =
        api.expect(200, 30, () -> api.get(ASSESSMENT, "/api/v1/frameworks/2567", admin)).json();
    for (JsonNode q : framework.path("questions")) {
      if (q.path("code").asText().startsWith("o")) {
        oitQuestions.add(q.path("code").asText());
      }
    }
    FaultsMain.log("Registering " + agencies.size() + " agencies …");
    parallel(
        agencies,
        code ->
            api.expect(
                201,
                10,
                () -> api.post(ASSESSMENT, "/api/v1/agencies", admin, agencyJson(code), null)));
    census.awaitDirectories(agencies.size(), Duration.ofMinutes(3));
    FaultsMain.log(
        "Entering, approving and publishing "
            + plans
            + " plans of "
            + MEASURES_PER_PLAN
            + " measures …");
    List<MeasureState> found = Collections.synchronizedList(new ArrayList<>());
    parallel(agencies.subList(0, plans), agency -> found.addAll(enterPlan(agency)));
    measures.addAll(found);
    measures.sort((a, b) -> a.id.compareTo(b.id));
  }

  static String agencyJson(String code) {
    ObjectNode agency = Api.JSON.createObjectNode();
    agency.put("code", code);
    agency.put("nameTh", "หน่วยงานทดสอบความทนทาน " + code);
    agency.put("nameEn", "Fault run agency " + code);
    agency.put("type", "DEPARTMENT");
    ObjectNode ministry = agency.putObject("ministry");
    ministry.put("code", "MOF");
    ministry.put("nameTh", "กระทรวงการคลัง");
    return agency.toString();
  }

  private List<MeasureState> enterPlan(String agency) {
    String token = officer(agency);
    String plan = "/api/v1/agencies/" + agency + "/plans/" + PLAN_YEAR;
    ObjectNode input = Api.JSON.createObjectNode();
    input.put("assessmentYear", PLAN_YEAR - 1);
    input.put("titleTh", "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. " + PLAN_YEAR);
    api.expect(200, 10, () -> api.put(MEASURES, plan, token, input.toString(), null));
    for (int i = 1; i <= MEASURES_PER_PLAN; i++) {
      String body =
          measureJson("มาตรการที่ " + i + " ของ " + agency, "เพื่อยกระดับคะแนนการเปิดเผยข้อมูล");
      api.expect(201, 10, () -> api.post(MEASURES, plan + "/measures", token, body, null));
    }
    String approval = api.expect(200, 10, () -> api.get(MEASURES, plan, token)).etag();
    api.expect(
        200, 10, () -> api.post(MEASURES, plan + "/approve", head(agency), APPROVAL, approval));
    String etag = api.expect(200, 10, () -> api.get(MEASURES, plan, token)).etag();
    api.expect(200, 10, () -> api.post(MEASURES, plan + "/publish", token, null, etag));
    List<MeasureState> states = new ArrayList<>();
    for (JsonNode m :
        api.expect(200, 10, () -> api.get(MEASURES, plan, token)).json().path("measures")) {
      String id = m.path("id").asText();
      Api.Answer one =
          api.expect(200, 10, () -> api.get(MEASURES, "/api/v1/measures/" + id, token));
      states.add(new MeasureState(id, agency, one.json().path("status").asText(), one.etag()));
    }
    return states;
  }

  static String measureJson(String title, String rationale) {
    ObjectNode m = Api.JSON.createObjectNode();
    m.putNull("issue");
    m.putNull("tier");
    ArrayNode targets = m.putArray("targetQuestions");
    targets.addObject().put("code", "o12").put("score", 0);
    m.put("titleTh", title);
    m.put("rationale", rationale);
    m.putArray("steps").add("ประชุมชี้แจงผู้รับผิดชอบ").add("เผยแพร่ข้อมูลบนเว็บไซต์");
    m.put("periodStart", (PLAN_YEAR - 544) + "-10-01");
    m.put("periodEnd", (PLAN_YEAR - 543) + "-09-30");
    m.putArray("responsibleUnits").add("กลุ่มงานคุ้มครองจริยธรรม");
    m.put("frameCategory", "PARTNERSHIP");
    m.putArray("knowledgeTopics");
    m.put("percentComplete", 0);
    m.putArray("milestones");
    return m.toString();
  }

  // --- the load ---------------------------------------------------------------------------------

  /**
   * Publishes the next revision of each of {@code resultKeys} and makes {@code changes} status
   * changes spread over the measures, on {@value #THREADS} client threads, until everything is done
   * or {@code deadline} passes.
   */
  Record run(Record record, List<ResultKey> resultKeys, int changes, Instant deadline)
      throws Exception {
    List<Runnable> tasks = new ArrayList<>();
    for (ResultKey key : resultKeys) {
      tasks.add(
          () -> {
            publish(key, record, deadline);
            record.done.incrementAndGet();
          });
    }
    int perMeasure = measures.isEmpty() ? 0 : changes / measures.size();
    int extra = measures.isEmpty() ? 0 : changes % measures.size();
    for (int i = 0; i < measures.size(); i++) {
      MeasureState m = measures.get(i);
      int n = perMeasure + (i < extra ? 1 : 0);
      for (int k = 0; k < n; k++) {
        int number = k;
        // One task per change; changes of one measure keep their order through its lock.
        tasks.add(
            () -> {
              synchronized (m) {
                change(m, record, number, deadline);
              }
              record.done.incrementAndGet();
            });
      }
    }
    Collections.shuffle(tasks, random);
    record.total = tasks.size();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return record;
  }

  /** Runs {@link #run} in the background, for a scenario that injects its fault meanwhile. */
  Future<Record> start(Record record, List<ResultKey> resultKeys, int changes, Instant deadline) {
    ExecutorService runner = Executors.newSingleThreadExecutor();
    Future<Record> f = runner.submit(() -> run(record, resultKeys, changes, deadline));
    runner.shutdown();
    return f;
  }

  /** One status change of each of {@code measures}, one after the other. */
  void changeEach(Record record, List<MeasureState> list, Instant deadline) {
    for (MeasureState m : list) {
      synchronized (m) {
        change(m, record, 0, deadline);
      }
    }
  }

  /** The next revision of a result: a draft (a correction after the first) and its publication. */
  private void publish(ResultKey key, Record record, Instant deadline) {
    record.keys.add(key);
    String lastWrite = "";
    boolean unanswered = false; // a write without an answer may have stored its change
    int backoff = 200;
    while (Instant.now().isBefore(deadline)) {
      Api.Answer put = api.put(ASSESSMENT, key.path(), assessor, resultJson(key, record.tag), null);
      String etag;
      int revision;
      if (put.ok()) {
        draftAcknowledged.put(key, true);
        etag = put.etag();
        revision = put.json().path("revision").asInt();
      } else if (put.status() == 428) {
        // A draft is there. Only a PUT answered 2xx (or one that got no answer) may have left it.
        if (!draftAcknowledged.getOrDefault(key, false)
            && "refused".equals(lastWrite)
            && !unanswered) {
          record.storedDespiteRefusal.incrementAndGet();
          record.storedDespiteRefusalSamples.add(
              "PUT " + key.path() + " (" + key.round() + ") answered 503 but left a draft");
        }
        Api.Answer draft = api.get(ASSESSMENT, key.path() + "?round=" + key.round(), assessor);
        if (!draft.ok() || !"DRAFT".equals(draft.json().path("status").asText())) {
          backoff = pause(backoff);
          continue;
        }
        draftAcknowledged.put(key, true);
        etag = draft.etag();
        revision = draft.json().path("revision").asInt();
      } else {
        lastWrite = put.status() == 503 ? "refused" : "other";
        unanswered |= put.status() == 0;
        backoff = pause(backoff);
        continue;
      }
      Api.Answer published =
          api.post(ASSESSMENT, key.path() + "/publish?round=" + key.round(), assessor, null, etag);
      if (published.ok()) {
        draftAcknowledged.put(key, false);
        record.publishesAccepted.incrementAndGet();
        record.publishedRevisions.put(key, published.json().path("revision").asInt());
        return;
      }
      if (published.status() == 503 || published.status() == 0) {
        // Read what is stored: a refused publication must have changed nothing.
        JsonNode now = readUntilAnswered(key.path() + "?round=" + key.round(), deadline);
        if (now != null
            && "PUBLISHED".equals(now.path("status").asText())
            && now.path("revision").asInt() == revision) {
          if (published.status() == 503) {
            record.storedDespiteRefusal.incrementAndGet();
            record.storedDespiteRefusalSamples.add(
                "POST "
                    + key.path()
                    + "/publish ("
                    + key.round()
                    + ") answered 503 but published revision "
                    + revision);
          }
          draftAcknowledged.put(key, false);
          record.publishesAccepted.incrementAndGet(); // it is published, whatever the answer said
          record.publishedRevisions.put(key, revision);
          return;
        }
      }
      lastWrite = "publish";
      backoff = pause(backoff);
    }
    record.gaveUp.incrementAndGet();
  }

  private JsonNode readUntilAnswered(String path, Instant deadline) {
    int backoff = 200;
    while (Instant.now().isBefore(deadline)) {
      Api.Answer a = api.get(ASSESSMENT, path, assessor);
      if (a.ok()) {
        return a.json();
      }
      backoff = pause(backoff);
    }
    return null;
  }

  private String resultJson(ResultKey key, String tag) {
    ObjectNode result = Api.JSON.createObjectNode();
    result.put("round", key.round());
    ArrayNode questions = result.putArray("questions");
    int met = 0;
    for (String q : oitQuestions) {
      boolean yes = random.nextInt(100) < 85;
      met += yes ? 1 : 0;
      questions.addObject().put("code", q).put("score", yes ? 100 : 0);
    }
    result.putArray("respondents");
    result.putObject("official").put("overall", 60 + random.nextInt(4000) / 100.0);
    result.put("source", "fault run " + tag);
    // Every publication after the first of a key is a correction; the server says which it is.
    result.put("correctionReason", "fault run " + tag + ", " + met + " OIT items met");
    return result.toString();
  }

  /** Moves a measure one step along PLANNED → IN_PROGRESS → ON_HOLD → PLANNED … */
  private void change(MeasureState m, Record record, int number, Instant deadline) {
    String token = officer(m.agency);
    int attempt = 0;
    int backoff = 200;
    while (Instant.now().isBefore(deadline)) {
      attempt++;
      String to = next(m.status);
      String note = record.tag + " " + m.id.substring(0, 8) + " #" + number + "." + attempt;
      ObjectNode body = Api.JSON.createObjectNode().put("to", to).put("note", note);
      Api.Answer a =
          api.post(
              MEASURES, "/api/v1/measures/" + m.id + "/status", token, body.toString(), m.etag);
      if (a.ok()) {
        record.acceptedNotes.add(note);
        record.changesAccepted.incrementAndGet();
        m.status = a.json().path("status").asText();
        m.etag = a.etag();
        return;
      }
      if (a.status() == 503) {
        record.refusedNotes.add(note);
      } else if (a.status() == 0) {
        record.unansweredNotes.add(note);
      }
      backoff = pause(backoff);
      // Read the measure again and carry on from what is stored.
      String before = m.status;
      Api.Answer now = api.get(MEASURES, "/api/v1/measures/" + m.id, token);
      if (now.ok()) {
        m.status = now.json().path("status").asText();
        m.etag = now.etag();
        if (a.status() == 0 && !m.status.equals(before)) {
          record.changesAccepted.incrementAndGet(); // the unanswered change was made
          return;
        }
      }
    }
    record.gaveUp.incrementAndGet();
  }

  static String next(String status) {
    return switch (status) {
      case "PLANNED" -> "IN_PROGRESS";
      case "IN_PROGRESS" -> "ON_HOLD";
      default -> "PLANNED";
    };
  }

  private static int pause(int backoff) {
    Processes.sleep(backoff);
    return Math.min(2000, backoff * 2);
  }

  private void parallel(List<String> items, Consumer<String> action) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (String item : items) {
        futures.add(pool.submit(() -> action.accept(item)));
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
