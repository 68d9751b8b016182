package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.FrameworkRecord;
import th.ita.assessment.service.FrameworkService;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.OutboxEvent;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/**
 * Each framework version is announced once with its texts on {@code ita.frameworks}: the bundled
 * ones at start-up, a new or changed one in the transaction that stores it.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class FrameworkPublishingTest {

  private final ObjectMapper json = new ObjectMapper();

  @Inject FrameworkService frameworks;

  /** The versions announced for the year, oldest first, as the outbox holds them. */
  private List<Long> announcedVersions(int year) {
    List<OutboxEvent> events =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    OutboxEvent.<OutboxEvent>list(
                        "key = ?1 and type = ?2 order by seq",
                        String.valueOf(year),
                        EventTypes.FRAMEWORK_PUBLISHED));
    return events.stream().map(e -> read(e.payload).get("version").asLong()).toList();
  }

  private JsonNode read(String payload) {
    try {
      return json.readTree(payload);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void everyBundledFrameworkWasAnnouncedOnceAtStartUp() throws Exception {
    for (int year : List.of(2565, 2566, 2567, 2568)) {
      assertThat(announcedVersions(year)).as("FY" + year).containsExactly(0L);
    }
    var event =
        TestTopics.awaitEvent(TestTopics.beginning(Topics.FRAMEWORKS), e -> "2566".equals(e.key()));
    assertThat(event.ceType()).isEqualTo("FrameworkPublished");
    assertThat(event.headers()).containsEntry("ce_subject", "2566");
    JsonNode data = json.readTree(event.value());
    assertThat(data.get("questions").size()).isEqualTo(88);
    assertThat(data.at("/questions/0/code").asText()).isEqualTo("I1");
    assertThat(data.at("/indicators/0/nameTh").asText()).isEqualTo("การปฏิบัติหน้าที่");
    // Seed 004 prints the answer before the score of its yes/no survey questions.
    assertThat(answers(data))
        .containsExactly(
            "I4 YES_NO NO",
            "I5 YES_NO NO",
            "I6 YES_NO NO",
            "E4 YES_NO NO",
            "E8 YES_NO YES",
            "E10 YES_NO YES",
            "E13 YES_NO YES");
    assertThat(data.at("/questions/0/answerType").asText()).isEqualTo("RATING");
    assertThat(data.at("/questions/87/answerType").asText()).isEqualTo("YES_NO"); // O43
    assertThat(EventSchemas.violations("framework-published.schema.json", event.value())).isEmpty();
  }

  /** "I4 YES_NO NO" for each question that has a credited answer, in the framework's order. */
  private static List<String> answers(JsonNode framework) {
    List<String> answers = new ArrayList<>();
    for (JsonNode q : framework.get("questions")) {
      if (q.hasNonNull("creditedAnswer")) {
        answers.add(
            q.get("code").asText()
                + " "
                + q.get("answerType").asText()
                + " "
                + q.get("creditedAnswer").asText());
      }
    }
    return answers;
  }

  /**
   * V11 gives FY2566's yes/no survey questions their answer type in a database that stored them as
   * ratings, as a new version that the next start announces. Run on a copy of FY2566 stored the old
   * way.
   */
  @Test
  void theYesNoQuestionsAreANewVersionAnnouncedWithTheirAnswers() throws Exception {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2594}")
        .post("/api/v1/frameworks/2566/clone")
        .then()
        .statusCode(201);
    sql(
        """
        UPDATE framework SET definition = jsonb_set(definition, '{questions}', (
          SELECT jsonb_agg(CASE WHEN q -> 'creditedAnswer' IS NOT NULL
                                THEN (q - 'creditedAnswer') || jsonb_build_object('answerType', 'RATING')
                                ELSE q END ORDER BY n)
          FROM jsonb_array_elements(definition -> 'questions') WITH ORDINALITY AS e(q, n)))
        WHERE fiscal_year = 2594""");
    assertThat(
            answers(json.readTree(QuarkusTransaction.requiringNew().call(() -> definition(2594)))))
        .isEmpty();
    var mark = TestTopics.endOffsets(Topics.FRAMEWORKS);

    String types = migration("V11__yes_no_questions.sql").replace("= 2566", "= 2594");
    sql(types);
    sql(types); // a second run finds them typed and changes nothing
    frameworks.announceUnannounced();

    assertThat(announcedVersions(2594)).containsExactly(0L, 1L);
    var announced =
        TestTopics.awaitEvent(
            mark, e -> "2594".equals(e.key()) && read(e.value()).get("version").asLong() == 1);
    JsonNode data = json.readTree(announced.value());
    assertThat(answers(data))
        .containsExactly(
            "I4 YES_NO NO",
            "I5 YES_NO NO",
            "I6 YES_NO NO",
            "E4 YES_NO NO",
            "E8 YES_NO YES",
            "E10 YES_NO YES",
            "E13 YES_NO YES");
    assertThat(data.at("/questions/0/answerType").asText()).isEqualTo("RATING");
  }

  @Test
  void aClonedFrameworkAndEachChangeOfItAreAnnounced() throws Exception {
    var mark = TestTopics.endOffsets(Topics.FRAMEWORKS);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2591}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(201);
    assertThat(announcedVersions(2591)).containsExactly(0L);

    var response =
        given()
            .auth()
            .oauth2(TestTokens.admin())
            .get("/api/v1/frameworks/2591")
            .then()
            .statusCode(200)
            .extract();
    Map<String, Object> framework = response.jsonPath().getMap("");
    framework.put("titleEn", "ITA framework, fiscal year 2048 (draft)");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", response.header("ETag"))
        .body(framework)
        .put("/api/v1/frameworks/2591")
        .then()
        .statusCode(200);
    assertThat(announcedVersions(2591)).containsExactly(0L, 1L);

    var changed =
        TestTopics.awaitEvent(
            mark, e -> "2591".equals(e.key()) && read(e.value()).get("version").asLong() == 1);
    assertThat(json.readTree(changed.value()).get("titleEn").asText())
        .isEqualTo("ITA framework, fiscal year 2048 (draft)");
    assertThat(EventSchemas.violations("framework-published.schema.json", changed.value()))
        .isEmpty();
  }

  @Test
  void aFrameworkNeverAnnouncedIsAnnouncedOnceAtTheNextStart() {
    assertThat(announcedVersions(2564)).containsExactly(0L);
    // As a framework stored before the event existed.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                FrameworkRecord.getEntityManager()
                    .createNativeQuery(
                        "UPDATE framework SET announced_version = NULL WHERE fiscal_year = 2564")
                    .executeUpdate());

    frameworks.announceUnannounced();
    frameworks.announceUnannounced(); // a second replica, or the start after

    assertThat(announcedVersions(2564)).containsExactly(0L, 0L);
  }

  /**
   * V10 renames the FY2567 and FY2568 OIT sub-groups 9.4 and 10.2 in a database that holds the old
   * names, as a new version that the next start announces. Run here on a copy of FY2567 given the
   * old names (a fresh database loads the new names from frameworks/ and V10 finds nothing to do).
   */
  @Test
  void theSubGroupRenameIsANewVersionAnnouncedWithTheNewNames() throws Exception {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": 2593}")
        .post("/api/v1/frameworks/2567/clone")
        .then()
        .statusCode(201);
    sql(
        """
        UPDATE framework SET definition = cast(replace(replace(replace(replace(cast(definition as text),
          'การบริหารและพัฒนาทรัพยากรบุคคลและการขับเคลื่อนจริยธรรม', 'การบริหารและพัฒนาทรัพยากรบุคคล'),
          'Human resource management and development, and ethics', 'Human resource management and development'),
          'แผนป้องกันการทุจริตและมาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส'),
          'Corruption prevention plan and integrity and transparency measures', 'Integrity and transparency measures') as jsonb)
        WHERE fiscal_year = 2593""");
    String before = QuarkusTransaction.requiringNew().call(() -> definition(2593));
    assertThat(before).contains("\"Integrity and transparency measures\"");
    var mark = TestTopics.endOffsets(Topics.FRAMEWORKS);

    String rename = migration("V10__oit_sub_group_names.sql").replace("(2567, 2568)", "(2593)");
    sql(rename);
    sql(rename); // a second run finds the new names and changes nothing
    frameworks.announceUnannounced();

    assertThat(announcedVersions(2593)).containsExactly(0L, 1L);
    var announced =
        TestTopics.awaitEvent(
            mark, e -> "2593".equals(e.key()) && read(e.value()).get("version").asLong() == 1);
    JsonNode data = json.readTree(announced.value());
    JsonNode oit9 = data.at("/indicators/8/subGroups");
    JsonNode oit10 = data.at("/indicators/9/subGroups");
    assertThat(oit9.get(3).get("nameTh").asText())
        .isEqualTo("การบริหารและพัฒนาทรัพยากรบุคคลและการขับเคลื่อนจริยธรรม");
    assertThat(oit9.get(3).get("nameEn").asText())
        .isEqualTo("Human resource management and development, and ethics");
    assertThat(oit10.get(1).get("nameTh").asText())
        .isEqualTo("แผนป้องกันการทุจริตและมาตรการส่งเสริมคุณธรรมและความโปร่งใส");
    assertThat(oit10.get(1).get("nameEn").asText())
        .isEqualTo("Corruption prevention plan and integrity and transparency measures");
    // The other sub-groups keep their names, and every question stays where it was.
    assertThat(oit9.get(0).get("nameTh").asText()).isEqualTo("ข้อมูลพื้นฐาน");
    assertThat(oit10.get(0).get("nameTh").asText()).isEqualTo("การดำเนินการเพื่อป้องกันการทุจริต");
    JsonNode old = json.readTree(before);
    JsonNode now = json.readTree(QuarkusTransaction.requiringNew().call(() -> definition(2593)));
    assertThat(now.get("questions")).isEqualTo(old.get("questions"));
    for (int i = 0; i < old.get("indicators").size(); i++) {
      JsonNode oldGroups = old.at("/indicators/" + i + "/subGroups");
      JsonNode newGroups = now.at("/indicators/" + i + "/subGroups");
      assertThat(newGroups.size()).isEqualTo(oldGroups.size());
      for (int g = 0; g < oldGroups.size(); g++) {
        assertThat(newGroups.get(g).get("code")).isEqualTo(oldGroups.get(g).get("code"));
        assertThat(newGroups.get(g).get("questions")).isEqualTo(oldGroups.get(g).get("questions"));
      }
    }
    assertThat(EventSchemas.violations("framework-published.schema.json", announced.value()))
        .isEmpty();
  }

  private static void sql(String statement) {
    QuarkusTransaction.requiringNew()
        .run(() -> FrameworkRecord.getEntityManager().createNativeQuery(statement).executeUpdate());
  }

  private static String definition(int year) {
    return (String)
        FrameworkRecord.getEntityManager()
            .createNativeQuery(
                "SELECT cast(definition as text) FROM framework WHERE fiscal_year = ?1")
            .setParameter(1, year)
            .getSingleResult();
  }

  private static String migration(String name) throws IOException {
    try (InputStream in =
        Thread.currentThread()
            .getContextClassLoader()
            .getResourceAsStream("db/migration/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
