package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.ita.measures.job.OverdueJob;
import th.ita.measures.job.ReminderJob;
import th.ita.measures.service.ReminderService;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * Reminders and overdue notices delivered to a real SMTP server (GreenMail): each once, in the
 * contact's language, none to a contact who unsubscribed, and none lost while the server is down.
 * Each test plans in a fiscal year of its own, later than those of the overdue job's tests, and
 * writes to addresses of its own.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
@QuarkusTestResource(SmtpPort.class)
class RemindersTest {

  private static final Pattern UNSUBSCRIBE =
      Pattern.compile("/api/v1/reminder-contacts/unsubscribe\\?token=([A-Za-z0-9_-]{43})");

  @Inject ReminderJob reminders;
  @Inject OverdueJob overdue;

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
  void aMilestoneDueIn14DaysRemindsEachSubscribedContactOnceInTheirLanguage() {
    String agency = MeasuresFixtures.agency("RM-TWO-WEEKS");
    MeasuresFixtures.plan(agency, 2551);
    String measure = MeasuresFixtures.addMeasure(agency, 2551);
    approve(agency, 2551);
    putContacts(
        agency,
        """
        {"contacts": [
          {"name": "นายสมชาย ใจดี", "email": "somchai@rm1.example"},
          {"name": "Jane Smith", "email": "jane@rm1.example", "language": "en"},
          {"name": "นางสาวสมหญิง รักดี", "email": "somying@rm1.example", "language": "th"},
          {"name": "งานพัสดุ", "email": "pasadu@rm1.example", "responsibleUnit": "งานพัสดุ"},
          {"name": "งานการเงิน", "email": "finance@rm1.example", "responsibleUnit": "งานการเงิน"}
        ]}""");
    // A plan still in draft is not chased, whoever listens.
    String draft = MeasuresFixtures.agency("RM-DRAFT");
    MeasuresFixtures.plan(draft, 2551);
    MeasuresFixtures.addMeasure(draft, 2551);
    putContacts(draft, "{\"contacts\": [{\"name\": \"ร่าง\", \"email\": \"draft@rm1.example\"}]}");

    // Q2 of FY2551 ends on 31 March 2008: 14 days before, in Bangkok.
    moveTo("2008-03-17T09:00:00");
    ReminderService.Run first = reminders.remind();

    assertThat(first.sent()).isEqualTo(4);
    assertThat(recipients())
        .containsExactlyInAnyOrder(
            "somchai@rm1.example", "jane@rm1.example", "somying@rm1.example", "pasadu@rm1.example");
    MimeMessage thai = only("somchai@rm1.example");
    assertThat(subject(thai))
        .isEqualTo("[ITA] อีก 14 วันครบกำหนด: เปิดใช้ระบบ – ไตรมาสที่ 2 (ม.ค. – มี.ค. 2551)");
    assertThat(body(thai))
        .startsWith("เรียน นายสมชาย ใจดี\n\nขั้นตอนของมาตรการต่อไปนี้จะครบกำหนดในอีก 14 วัน\n")
        .contains(
            "\nหน่วยงาน: หน่วยงาน RM-TWO-WEEKS\n"
                + "มาตรการ: จัดทำระบบยืม-คืนทรัพย์สินของราชการออนไลน์\n"
                + "ขั้นตอน: เปิดใช้ระบบ\n"
                + "ระยะเวลา: ไตรมาสที่ 2 (ม.ค. – มี.ค. 2551)\n"
                + "ครบกำหนด: 31 มี.ค. 2551 (อีก 14 วัน)\n\n"
                + "ดูมาตรการ: http://localhost:8082/api/v1/measures/"
                + measure
                + "\n")
        .containsPattern(UNSUBSCRIBE);
    MimeMessage english = only("jane@rm1.example");
    assertThat(subject(english))
        .isEqualTo("[ITA] Due in 14 days: เปิดใช้ระบบ – Q2 (Jan – Mar 2008)");
    assertThat(body(english))
        .startsWith("Dear Jane Smith,\n\nThe following milestone of a measure is due in 14 days.\n")
        .contains("\nPeriod: Q2 (Jan – Mar 2008)\nDue: 31 Mar 2008 (14 days left)\n");

    // Again, as after a restart or on another replica: nothing more.
    ReminderService.Run again = reminders.remind();
    assertThat(again.claimed()).isZero();
    assertThat(again.sent()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(4);

    // Somying follows the link in her message, without logging in.
    String token = unsubscribeToken(only("somying@rm1.example"));
    given()
        .get("/api/v1/reminder-contacts/unsubscribe?token={t}", token)
        .then()
        .statusCode(200)
        .body("email", equalTo("somying@rm1.example"))
        .body("agencyCode", equalTo(agency));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get("/api/v1/agencies/{a}/reminder-contacts", agency)
        .then()
        .statusCode(200)
        .body("contacts.subscribed", equalTo(List.of(true, true, false, true, true)));

    // Three days before the quarter ends: the 3-day reminder, to all but her.
    moveTo("2008-03-28T09:00:00");
    assertThat(reminders.remind().sent()).isEqualTo(3);
    assertThat(recipients())
        .containsExactlyInAnyOrder(
            "somchai@rm1.example",
            "jane@rm1.example",
            "somying@rm1.example",
            "pasadu@rm1.example",
            "somchai@rm1.example",
            "jane@rm1.example",
            "pasadu@rm1.example");
    assertThat(
            Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals("somchai@rm1.example"))
                .map(RemindersTest::subject))
        .containsExactlyInAnyOrder(
            "[ITA] อีก 14 วันครบกำหนด: เปิดใช้ระบบ – ไตรมาสที่ 2 (ม.ค. – มี.ค. 2551)",
            "[ITA] อีก 3 วันครบกำหนด: เปิดใช้ระบบ – ไตรมาสที่ 2 (ม.ค. – มี.ค. 2551)");
  }

  @Test
  void anOverdueMilestoneGetsItsNoticeOnce() {
    String agency = MeasuresFixtures.agency("RM-OVERDUE");
    MeasuresFixtures.plan(agency, 2555);
    MeasuresFixtures.addMeasure(agency, 2555);
    approve(agency, 2555);
    putContacts(
        agency, "{\"contacts\": [{\"name\": \"นายสมชาย ใจดี\", \"email\": \"late@rm2.example\"}]}");

    // Q1 of FY2555 ended on 31 December 2011.
    moveTo("2012-01-01T08:00:00");
    overdue.markOverdue();
    ReminderService.Run run = reminders.remind();

    assertThat(run.sent()).isEqualTo(1);
    MimeMessage notice = only("late@rm2.example");
    assertThat(subject(notice))
        .isEqualTo("[ITA] เลยกำหนด: ประกาศหลักเกณฑ์ – ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2554)");
    assertThat(body(notice))
        .startsWith(
            "เรียน นายสมชาย ใจดี\n\nขั้นตอนของมาตรการต่อไปนี้เลยกำหนดแล้วและยังไม่แล้วเสร็จ\n")
        .contains("\nระยะเวลา: ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2554)\nครบกำหนด: 31 ธ.ค. 2554\n");

    moveTo("2012-01-01T09:00:00");
    overdue.markOverdue();
    assertThat(reminders.remind().sent()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void aReminderThatCouldNotBeSentGoesOutOnceTheServerIsBack() {
    String agency = MeasuresFixtures.agency("RM-OUTAGE");
    MeasuresFixtures.plan(agency, 2553);
    MeasuresFixtures.addMeasure(agency, 2553);
    approve(agency, 2553);
    putContacts(
        agency, "{\"contacts\": [{\"name\": \"นายสมชาย ใจดี\", \"email\": \"wait@rm3.example\"}]}");

    smtp.stop();
    // Q2 of FY2553 ends on 31 March 2010.
    moveTo("2010-03-17T09:00:00");
    ReminderService.Run down = reminders.remind();
    assertThat(down.claimed()).isEqualTo(1);
    assertThat(down.sent()).isZero();
    assertThat(down.stillPending()).isEqualTo(1);

    startSmtp();
    moveTo("2010-03-17T10:00:00");
    ReminderService.Run back = reminders.remind();
    assertThat(back.claimed()).isZero();
    assertThat(back.sent()).isEqualTo(1);
    assertThat(subject(only("wait@rm3.example")))
        .isEqualTo("[ITA] อีก 14 วันครบกำหนด: เปิดใช้ระบบ – ไตรมาสที่ 2 (ม.ค. – มี.ค. 2553)");

    assertThat(reminders.remind().sent()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(1);
  }

  @Test
  void contactsAreTheAgencysOwnAndTheirAddressesAreChecked() {
    String agency = MeasuresFixtures.agency("RM-OWN");
    String other = MeasuresFixtures.agency("RM-OTHER");
    String path = "/api/v1/agencies/{a}/reminder-contacts";
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .get(path, agency)
        .then()
        .statusCode(200)
        .header("ETag", "\"0\"")
        .body("contacts", equalTo(List.of()));
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.head(agency))
            .contentType(ContentType.JSON)
            .body("{\"contacts\": [{\"name\": \"ผู้อำนวยการ\", \"email\": \"head@rm4.example\"}]}")
            .put(path, agency)
            .then()
            .statusCode(200)
            .body("contacts[0].language", equalTo("th"))
            .body("contacts[0].subscribed", equalTo(true))
            .extract()
            .header("ETag");
    assertThat(etag).isEqualTo("\"1\"");

    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            "{\"contacts\": [{\"name\": \"ก\", \"email\": \"not an address\"},"
                + " {\"name\": \"ข\", \"email\": \"b@rm4.example\", \"language\": \"fr\"}]}")
        .put(path, agency)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", equalTo(List.of("contacts[0].email", "contacts[1].language")));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body(
            "{\"contacts\": [{\"name\": \"ก\", \"email\": \"a@rm4.example\"},"
                + " {\"name\": \"ข\", \"email\": \"A@RM4.example\"}]}")
        .put(path, agency)
        .then()
        .statusCode(400)
        .body("errors.field", equalTo(List.of("contacts[1].email")));
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body("{\"contacts\": []}")
        .put(path, agency)
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .header("If-Match", "\"7\"")
        .contentType(ContentType.JSON)
        .body("{\"contacts\": []}")
        .put(path, agency)
        .then()
        .statusCode(412);

    // Another agency's officer: no such contacts to read, and no right to write them.
    given().auth().oauth2(TestTokens.officer(other)).get(path, agency).then().statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.officer(other))
        .header("If-Match", etag)
        .contentType(ContentType.JSON)
        .body("{\"contacts\": []}")
        .put(path, agency)
        .then()
        .statusCode(403);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get(path, agency)
        .then()
        .statusCode(200)
        .body("contacts.email", equalTo(List.of("head@rm4.example")));

    given().get("/api/v1/reminder-contacts/unsubscribe?token=short").then().statusCode(400);
    given()
        .get("/api/v1/reminder-contacts/unsubscribe?token={t}", "A".repeat(43))
        .then()
        .statusCode(404);
  }

  private static void moveTo(String bangkokDateTime) {
    MovableClock.INSTANCE.moveTo(
        LocalDateTime.parse(bangkokDateTime).atZone(MovableClock.BANGKOK).toInstant());
  }

  private static void putContacts(String agency, String body) {
    given()
        .auth()
        .oauth2(TestTokens.officer(agency))
        .contentType(ContentType.JSON)
        .body(body)
        .put("/api/v1/agencies/{a}/reminder-contacts", agency)
        .then()
        .statusCode(200);
  }

  private static void approve(String agency, int year) {
    String etag =
        given()
            .auth()
            .oauth2(TestTokens.officer(agency))
            .get("/api/v1/agencies/{a}/plans/{y}", agency, year)
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
        .post("/api/v1/agencies/{a}/plans/{y}/approve", agency, year)
        .then()
        .statusCode(200);
  }

  private List<String> recipients() {
    return Arrays.stream(smtp.getReceivedMessages()).map(RemindersTest::recipient).toList();
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

  private static String unsubscribeToken(MimeMessage m) {
    Matcher matcher = UNSUBSCRIBE.matcher(body(m));
    assertThat(matcher.find()).isTrue();
    return matcher.group(1);
  }
}
