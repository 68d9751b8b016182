package th.ita.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import th.ita.platform.common.calendar.FiscalQuarter;
import th.ita.platform.common.calendar.FiscalYear;
import th.ita.platform.common.calendar.ThaiDates;

/**
 * Reminders on the platform as {@code ./ita} runs it, with the mail server it starts: a milestone
 * whose quarter ends in 14 days brings its contact exactly one Thai reminder, a restart sends it no
 * second one, and a milestone past its quarter brings its overdue notice.
 *
 * <p>Milestones fall due when their quarter ends, so the platform runs on a rehearsed date ({@code
 * ITA_CLOCK_OFFSET}): the next day that is 14 days before the end of the second, third or fourth
 * quarter. The plan then also has a milestone in the quarter before, already overdue. The overdue
 * notice window is widened to 100 days so that both are on the same day; the jobs run every two
 * seconds instead of hourly. The platform is the one {@link WebhooksSystemTest} uses too ({@link
 * SharedPlatform}, where these settings are); this class runs after it, since it restarts it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedPlatform.class)
@Order(2)
class RemindersSystemTest {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Locale THAI = Locale.forLanguageTag("th");
  private static final String FIRST = "somying@ditp.go.th";
  private static final String SECOND = "somchai@ditp.go.th";

  /** The platform's today: 14 days before a quarter's end. */
  private static final LocalDate TODAY = SharedPlatform.TODAY;

  /** The Buddhist-era fiscal year of {@link #TODAY} (October to September). */
  private static final int FISCAL_YEAR =
      TODAY.getYear() + 543 + (TODAY.getMonthValue() >= 10 ? 1 : 0);

  /** Q2, Q3 or Q4: the quarter that ends in 14 days. */
  private static final int QUARTER = (TODAY.getMonthValue() + 2) % 12 / 3 + 1;

  private static RunningPlatform platform;

  @BeforeAll
  static void share(RunningPlatform shared) {
    platform = shared;
  }

  @Test
  @Order(1)
  void aMilestoneDueIn14DaysBringsOneThaiReminderAndAnOverdueOneItsNotice() throws Exception {
    assertThat(platform.output())
        .contains("Mail (GreenMail)", platform.mailApiUrl() + "/api/user/ADDRESS/messages/");
    String head = platform.token("agency-head", "DITP");
    String plan = platform.measuresUrl() + "/api/v1/agencies/DITP/plans/" + FISCAL_YEAR;
    send(put(plan, head, null, "{\"titleTh\": \"มาตรการส่งเสริมคุณธรรมและความโปร่งใส\"}"), 200);
    send(post(plan + "/measures", head, null, measure()), 201);
    String approval = "{\"approverNameTh\": \"นายทดสอบ ระบบ\", \"approverPositionTh\": \"อธิบดี\"}";
    send(post(plan + "/approve", head, etag(plan, head), approval), 200);
    send(post(plan + "/publish", head, etag(plan, head), null), 200);

    send(put(contacts(), head, null, contactsBody(FIRST)), 200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(subjects(FIRST)).hasSize(2));
    assertThat(subjects(FIRST))
        .containsExactlyInAnyOrder(
            "[ITA] อีก 14 วันครบกำหนด: ส่งรายงานผลการดำเนินงาน – " + quarter(QUARTER),
            "[ITA] เลยกำหนด: จัดประชุมชี้แจงเจ้าหน้าที่ – " + quarter(QUARTER - 1));
    JsonNode reminder = messages(FIRST).get(0);
    assertThat(reminder.get("mimeMessage").asText()).contains("Content-Type: text/plain");
  }

  @Test
  @Order(2)
  void aRestartSendsNoReminderTwice() throws Exception {
    assertThat(platform.stop()).isTrue();
    platform.start();
    // The mail server kept its messages in memory, so its mailboxes start empty again. A contact
    // added now hears of both milestones once: the job has run since the restart. The first
    // contact hears nothing more, because the platform recorded what it sent.
    String head = platform.token("agency-head", "DITP");
    send(put(contacts(), head, etag(contacts(), head), contactsBody(FIRST, SECOND)), 200);

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(subjects(SECOND)).hasSize(2));
    assertThat(subjects(FIRST)).isEmpty();
  }

  /** "ไตรมาสที่ 2 (ม.ค. – มี.ค. 2570)", as the messages name a quarter. */
  private static String quarter(int number) {
    FiscalQuarter quarter = FiscalQuarter.valueOf("Q" + number);
    return ThaiDates.quarterName(quarter, THAI)
        + " ("
        + ThaiDates.quarterMonths(FiscalYear.of(FISCAL_YEAR), quarter, THAI)
        + ")";
  }

  private static String contacts() {
    return platform.measuresUrl() + "/api/v1/agencies/DITP/reminder-contacts";
  }

  private static String measure() {
    ObjectNode m = JSON.createObjectNode();
    m.put("titleTh", "เผยแพร่ผลการดำเนินงานตามมาตรการให้ผู้มีส่วนได้ส่วนเสียทราบ");
    m.put("periodStart", LocalDate.of(FISCAL_YEAR - 544, 10, 1).toString());
    m.put("periodEnd", LocalDate.of(FISCAL_YEAR - 543, 9, 30).toString());
    ArrayNode milestones = m.putArray("milestones");
    milestones
        .addObject()
        .put("quarter", "Q" + (QUARTER - 1))
        .put("activity", "จัดประชุมชี้แจงเจ้าหน้าที่");
    milestones.addObject().put("quarter", "Q" + QUARTER).put("activity", "ส่งรายงานผลการดำเนินงาน");
    return m.toString();
  }

  private static String contactsBody(String... emails) {
    ObjectNode body = JSON.createObjectNode();
    ArrayNode list = body.putArray("contacts");
    for (String email : emails) {
      list.addObject()
          .put("name", "เจ้าหน้าที่ " + email)
          .put("email", email)
          .put("language", "th");
    }
    return body.toString();
  }

  private static List<String> subjects(String email) throws Exception {
    List<String> subjects = new ArrayList<>();
    messages(email).forEach(m -> subjects.add(m.get("subject").asText()));
    return subjects;
  }

  private static JsonNode messages(String email) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(platform.mailApiUrl() + "/api/user/" + email + "/messages/"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // GreenMail knows an address once a message reached it.
    return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createArrayNode();
  }

  private static String etag(String url, String token) throws Exception {
    return send(
            HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token), 200)
        .headers()
        .firstValue("ETag")
        .orElseThrow();
  }

  private static HttpRequest.Builder put(String url, String token, String ifMatch, String body) {
    return json(url, token, ifMatch).PUT(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder post(String url, String token, String ifMatch, String body) {
    return json(url, token, ifMatch)
        .POST(
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder json(String url, String token, String ifMatch) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json");
    return ifMatch == null ? request : request.header("If-Match", ifMatch);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, int expected)
      throws Exception {
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("%s %s: %s", request.build().method(), request.build().uri(), response.body())
        .isEqualTo(expected);
    return response;
  }
}
