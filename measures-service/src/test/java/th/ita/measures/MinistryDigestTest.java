package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.measures.job.DigestJob;
import th.ita.measures.job.OverdueJob;
import th.ita.measures.service.DigestService;
import th.ita.platform.common.directory.DirectoryAgency;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * The ministries' weekly digest of their agencies' overdue milestones, delivered to a real SMTP
 * server (GreenMail): one a week to each coordinator, in their language, whatever runs or replicas
 * there are, none to a coordinator who unsubscribed and none when nothing is overdue. The plans
 * here run in fiscal year 2505 (1961–62), earlier than any other test's, with their one milestone
 * in Q1: the overdue job run here marks only them, and leaves nothing open for another test's
 * overdue job to count.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
@QuarkusTestResource(SmtpPort.class)
class MinistryDigestTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("/api/v1/reminder-contacts/unsubscribe\\?token=([A-Za-z0-9_-]{43})");
  private static final String PATH = "/api/v1/ministries/{m}/reminder-contacts";

  @Inject DigestJob digests;
  @Inject OverdueJob overdue;
  @Inject EntityManager em;

  @ConfigProperty(name = "quarkus.mailer.port")
  int smtpPort;

  private GreenMail smtp;

  @BeforeEach
  void startSmtp() {
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stopSmtpAndRealTimeAgain() {
    smtp.stop();
    MovableClock.INSTANCE.reset();
  }

  @Test
  void eachCoordinatorGetsOneDigestAWeekOfTheMinistrysOverdueMilestones() throws Exception {
    agency("DG-ONE", "กรมหนึ่ง", "Department One", "MDG");
    agency("DG-TWO", "กรมสอง", "Department Two", "MDG");
    agency("DG-QUIET", "กรมเงียบ", "Quiet Department", "MDQ");
    String one = approvedPlanWithAQ1Measure("DG-ONE", "จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์");
    String two = approvedPlanWithAQ1Measure("DG-TWO", "เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง");
    putContacts(
        "MDG",
        """
        {"contacts": [
          {"name": "นายสมชาย ใจดี", "email": "somchai@mdg.example"},
          {"name": "Jane Smith", "email": "jane@mdg.example", "language": "en"},
          {"name": "นางสาวสมหญิง รักดี", "email": "somying@mdg.example", "language": "th"}
        ]}""");
    // A ministry whose agency has nothing overdue: its coordinator hears nothing.
    putContacts("MDQ", "{\"contacts\": [{\"name\": \"เงียบ\", \"email\": \"quiet@mdq.example\"}]}");

    // Q1 of FY2505 ended on 31 December 1961; 1 January 1962 was a Monday.
    moveTo("1962-01-01T07:00:00");
    assertThat(overdue.markOverdue()).isEqualTo(2);
    // Before 08.00 on Monday the week's digest is not due yet.
    DigestService.Run early = digests.send();
    assertThat(early.week()).isEqualTo("1962-W01");
    assertThat(early.claimed()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // From 08.00 on: two replicas run the job at the same moment.
    moveTo("1962-01-01T08:00:00");
    List<DigestService.Run> runs = concurrently(() -> digests.send(), () -> digests.send());
    assertThat(runs.stream().mapToInt(DigestService.Run::claimed).sum()).isEqualTo(3);
    assertThat(runs.stream().mapToInt(DigestService.Run::sent).sum()).isEqualTo(3);
    assertThat(recipients())
        .containsExactlyInAnyOrder(
            "somchai@mdg.example", "jane@mdg.example", "somying@mdg.example");

    MimeMessage thai = only("somchai@mdg.example");
    assertThat(subject(thai))
        .isEqualTo("[ITA] สรุปประจำสัปดาห์: ขั้นตอนที่เลยกำหนด 2 รายการ – กระทรวงทดสอบสรุป");
    assertThat(withoutToken(body(thai)))
        .isEqualTo(
            """
            เรียน นายสมชาย ใจดี

            สรุปขั้นตอนของมาตรการที่เลยกำหนดแล้วและยังไม่แล้วเสร็จ ของหน่วยงานในกระทรวงทดสอบสรุป\
             ณ วันที่ 1 ม.ค. 2505 รวม 2 รายการ

            หน่วยงาน: กรมหนึ่ง
            - มาตรการ: จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์
              ขั้นตอน: ประกาศหลักเกณฑ์
              ไตรมาส: ไตรมาสที่ 1/2505
              ครบกำหนด: 31 ธ.ค. 2504
              ผู้รับผิดชอบ: งานพัสดุ, งานเทคโนโลยีสารสนเทศ
              ดูมาตรการ: http://localhost:8082/api/v1/measures/%s

            หน่วยงาน: กรมสอง
            - มาตรการ: เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง
              ขั้นตอน: ประกาศหลักเกณฑ์
              ไตรมาส: ไตรมาสที่ 1/2505
              ครบกำหนด: 31 ธ.ค. 2504
              ผู้รับผิดชอบ: งานพัสดุ, งานเทคโนโลยีสารสนเทศ
              ดูมาตรการ: http://localhost:8082/api/v1/measures/%s

            --
            อีเมลนี้ส่งจากระบบติดตามมาตรการ ITA โดยอัตโนมัติ สัปดาห์ละครั้ง
            หากไม่ต้องการรับสรุปนี้อีก: http://localhost:8082/api/v1/reminder-contacts/unsubscribe?token=TOKEN\
            """
                .formatted(one, two));
    MimeMessage english = only("jane@mdg.example");
    assertThat(subject(english))
        .isEqualTo("[ITA] Weekly digest: 2 overdue milestones – Ministry of Digests");
    assertThat(withoutToken(body(english)))
        .startsWith(
            "Dear Jane Smith,\n\nThese milestones of measures of the agencies of Ministry of"
                + " Digests are overdue and not yet done, as of 1 Jan 1962: 2 in all.\n\n"
                + "Agency: Department One\n"
                + "- Measure: จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์\n"
                + "  Milestone: ประกาศหลักเกณฑ์\n"
                + "  Quarter: Q1 FY1962\n"
                + "  Due: 31 Dec 1961\n")
        .contains("\nAgency: Department Two\n")
        .endsWith(
            "To stop this digest: http://localhost:8082/api/v1/reminder-contacts/unsubscribe?token=TOKEN");
    assertThat(english.getHeader("List-Unsubscribe")[0]).matches("<http://localhost:8082.*>");

    // Later the same week, as after a restart: nothing more.
    moveTo("1962-01-03T15:00:00");
    DigestService.Run again = digests.send();
    assertThat(again.claimed()).isZero();
    assertThat(again.sent()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    assertThat(ledgerRows("MDQ")).isZero();

    // Somying follows the link in her digest, without logging in.
    given()
        .get("/api/v1/reminder-contacts/unsubscribe?token={t}", token(only("somying@mdg.example")))
        .then()
        .statusCode(200)
        .body("email", equalTo("somying@mdg.example"))
        .body("ministryCode", equalTo("MDG"))
        .body(
            "message",
            equalTo(
                "ที่อยู่อีเมล somying@mdg.example จะไม่ได้รับสรุปประจำสัปดาห์ของกระทรวง MDG อีกต่อไป"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(PATH, "MDG")
        .then()
        .statusCode(200)
        .body("contacts.subscribed", equalTo(List.of(true, true, false)));

    // The next Monday: the week's digest to the two still subscribed, once.
    moveTo("1962-01-08T09:30:00");
    DigestService.Run nextWeek = digests.send();
    assertThat(nextWeek.week()).isEqualTo("1962-W02");
    assertThat(nextWeek.claimed()).isEqualTo(2);
    assertThat(nextWeek.sent()).isEqualTo(2);
    assertThat(digests.send().sent()).isZero();
    assertThat(recipients())
        .containsExactlyInAnyOrder(
            "somchai@mdg.example",
            "jane@mdg.example",
            "somying@mdg.example",
            "somchai@mdg.example",
            "jane@mdg.example");
    assertThat(ledgerRows("MDG")).isEqualTo(5);
    assertThat(ledgerRows("MDQ")).isZero();

    // The mail server is down at 08.00 of the third Monday: the digests wait for it, then go once.
    smtp.stop();
    moveTo("1962-01-15T08:00:00");
    DigestService.Run down = digests.send();
    assertThat(down.claimed()).isEqualTo(2);
    assertThat(down.sent()).isZero();
    assertThat(down.stillPending()).isEqualTo(2);
    startSmtp();
    moveTo("1962-01-15T09:00:00");
    DigestService.Run back = digests.send();
    assertThat(back.claimed()).isZero();
    assertThat(back.sent()).isEqualTo(2);
    assertThat(digests.send().sent()).isZero();
    assertThat(recipients()).containsExactlyInAnyOrder("somchai@mdg.example", "jane@mdg.example");

    // Down through the whole fourth week: its digests give way to the fifth week's, never two.
    smtp.stop();
    moveTo("1962-01-22T08:00:00");
    assertThat(digests.send().stillPending()).isEqualTo(2);
    startSmtp();
    moveTo("1962-01-29T08:00:00");
    DigestService.Run fifth = digests.send();
    assertThat(fifth.week()).isEqualTo("1962-W05");
    assertThat(fifth.claimed()).isEqualTo(2);
    assertThat(fifth.dropped()).isEqualTo(2);
    assertThat(fifth.sent()).isEqualTo(2);
    assertThat(recipients()).containsExactlyInAnyOrder("somchai@mdg.example", "jane@mdg.example");
    assertThat(ledgerRows("MDG")).isEqualTo(11);
  }

  @Test
  void onlyAnItaAdminSeesOrChangesAMinistrysCoordinators() {
    agency("DG-RULES", "กรมกติกา", "Department of Rules", "MDR");
    String body = "{\"contacts\": [{\"name\": \"ผู้ประสานงาน\", \"email\": \"co@mdr.example\"}]}";

    given()
        .auth()
        .oauth2(TestTokens.officer("DG-RULES"))
        .contentType(ContentType.JSON)
        .body(body)
        .put(PATH, "MDR")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.head("DG-RULES"))
        .contentType(ContentType.JSON)
        .body(body)
        .put(PATH, "MDR")
        .then()
        .statusCode(403);
    given().auth().oauth2(TestTokens.viewer()).get(PATH, "MDR").then().statusCode(403);
    given().auth().oauth2(TestTokens.officer("DG-RULES")).get(PATH, "MDR").then().statusCode(403);
    given().get(PATH, "MDR").then().statusCode(401);

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(PATH, "mdr")
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("ministryCode", equalTo("MDR"))
        .body("contacts", equalTo(List.of()));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(PATH, "NO-SUCH-MINISTRY")
        .then()
        .statusCode(404)
        .body(
            "detail",
            equalTo(
                "Ministry 'NO-SUCH-MINISTRY' does not exist: no agency of the directory is in it"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put(PATH, "NO-SUCH-MINISTRY")
        .then()
        .statusCode(404);

    String etag =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .contentType(ContentType.JSON)
            .body(body)
            .put(PATH, "MDR")
            .then()
            .statusCode(200)
            .body("contacts[0].language", equalTo("th"))
            .body("contacts[0].subscribed", equalTo(true))
            .extract()
            .header("ETag");
    assertThat(etag).isEqualTo("\"1\"");

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            "{\"contacts\": [{\"name\": \"ก\", \"email\": \"not an address\"},"
                + " {\"name\": \"ข\", \"email\": \"b@mdr.example\", \"language\": \"fr\"}]}")
        .put(PATH, "MDR")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("contacts[0].email", "contacts[1].language")));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            "{\"contacts\": [{\"name\": \"ก\", \"email\": \"a@mdr.example\"},"
                + " {\"name\": \"ข\", \"email\": \"A@MDR.example\"}]}")
        .put(PATH, "MDR")
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("contacts[1].email")))
        .body("errors.message", equalTo(List.of("is already contacts[0].email")));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"contacts\": []}")
        .put(PATH, "MDR")
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .header("If-Match", "\"7\"")
        .contentType(ContentType.JSON)
        .body("{\"contacts\": []}")
        .put(PATH, "MDR")
        .then()
        .statusCode(412);
    // None of the refused edits changed the list.
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(PATH, "MDR")
        .then()
        .statusCode(200)
        .header("ETag", etag)
        .body("contacts.email", equalTo(List.of("co@mdr.example")));
  }

  /** Announces an agency of the ministry as the registry would, and waits until it is known. */
  private static void agency(String code, String nameTh, String nameEn, String ministry) {
    Map<String, Object> agency = new LinkedHashMap<>();
    agency.put("code", code);
    agency.put("nameTh", nameTh);
    agency.put("nameEn", nameEn);
    agency.put("type", "DEPARTMENT");
    agency.put("typeNameTh", "ส่วนราชการระดับกรม");
    agency.put("ministryCode", ministry);
    agency.put("ministryNameTh", "กระทรวงทดสอบสรุป");
    agency.put("ministryNameEn", "Ministry of Digests");
    agency.put("version", 0);
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        code,
        UUID.randomUUID().toString(),
        EventTypes.AGENCY_REGISTERED,
        json(agency));
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                QuarkusTransaction.requiringNew()
                    .call(() -> DirectoryAgency.findById(code) != null));
  }

  /**
   * An approved FY2505 plan with one measure that runs through Q1 only, its one milestone
   * "ประกาศหลักเกณฑ์" due on 31 December 1961; answers the measure's id.
   */
  private static String approvedPlanWithAQ1Measure(String agency, String title) {
    MeasuresFixtures.plan(agency, 2505);
    ObjectNode measure = (ObjectNode) read(MeasuresFixtures.measureBody(2505));
    measure.put("titleTh", title);
    measure.put("periodEnd", "1961-12-31");
    ArrayNode milestones = measure.putArray("milestones");
    milestones.addObject().put("quarter", "Q1").put("activity", "ประกาศหลักเกณฑ์");
    String id =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .contentType(ContentType.JSON)
            .body(measure.toString())
            .post("/api/v1/agencies/{a}/plans/2505/measures", agency)
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/2505", agency)
            .then()
            .statusCode(200)
            .extract()
            .header("ETag");
    given()
        .auth()
        .oauth2(TestTokens.head(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(MeasuresFixtures.APPROVAL)
        .post("/api/v1/agencies/{a}/plans/2505/approve", agency)
        .then()
        .statusCode(200);
    return id;
  }

  private static void putContacts(String ministry, String body) {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(body)
        .put(PATH, ministry)
        .then()
        .statusCode(200);
  }

  /** Runs both at the same moment on threads of their own, as two replicas would. */
  @SafeVarargs
  private static <T> List<T> concurrently(Callable<T>... tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
    try {
      CyclicBarrier start = new CyclicBarrier(tasks.length);
      List<CompletableFuture<T>> futures =
          Arrays.stream(tasks)
              .map(
                  task ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              start.await();
                              return task.call();
                            } catch (Exception e) {
                              throw new IllegalStateException(e);
                            }
                          },
                          pool))
              .toList();
      return futures.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdown();
    }
  }

  private long ledgerRows(String ministry) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM digest_sent WHERE ministry_code = ?1")
                            .setParameter(1, ministry)
                            .getSingleResult())
                    .longValue());
  }

  private static void moveTo(String bangkokDateTime) {
    MovableClock.INSTANCE.moveTo(
        LocalDateTime.parse(bangkokDateTime).atZone(MovableClock.BANGKOK).toInstant());
  }

  private List<String> recipients() {
    return Arrays.stream(smtp.getReceivedMessages()).map(MinistryDigestTest::recipient).toList();
  }

  private MimeMessage only(String address) {
    List<MimeMessage> to =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> recipient(m).equals(address))
            .toList();
    assertThat(to).as("messages to " + address).hasSize(1);
    return to.get(0);
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getRecipients(RecipientType.TO)[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String body(MimeMessage m) {
    try {
      return ((String) m.getContent()).replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String token(MimeMessage m) {
    Matcher matcher = UNSUBSCRIBE.matcher(body(m));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }

  private static String withoutToken(String body) {
    return UNSUBSCRIBE
        .matcher(body)
        .replaceAll("/api/v1/reminder-contacts/unsubscribe?token=TOKEN");
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
