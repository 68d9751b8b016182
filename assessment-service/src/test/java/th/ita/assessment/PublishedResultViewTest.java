package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.PublishedView;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.mapping.BenchmarkMapper;
import th.ita.assessment.mapping.ResultJson;
import th.ita.assessment.mapping.ResultMapper;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.BenchmarkService;
import th.ita.assessment.service.FrameworkService;
import th.ita.assessment.service.ResultScorer;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * A published result is served from the JSON stored when it was published: the same bytes a fresh
 * scoring gives, answered with 304 while neither it nor its ranks have moved, kept briefly by
 * shared caches; drafts are never kept. Ranks are read in a fiscal year of this test's own (a copy
 * of FY2568's framework as FY2651), so that no other test's results move them.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class PublishedResultViewTest {

  private static final int YEAR = 2651;
  private static final String RESULT = "/api/v1/agencies/{a}/results/{y}";

  @Inject ObjectMapper json;
  @Inject ResultMapper mapper;
  @Inject ResultScorer scorer;
  @Inject FrameworkService frameworks;
  @Inject BenchmarkService benchmarks;
  @Inject EntityManager em;
  @Inject AgroalDataSource database;

  private static RequestSpecification as(String token) {
    return given().config(Fixtures.EXACT).auth().oauth2(token);
  }

  @AfterEach
  void resetClock() {
    MovableClock.INSTANCE.reset();
  }

  @BeforeEach
  void ownYear() {
    if (as(TestTokens.viewer()).get("/api/v1/frameworks/" + YEAR).statusCode() == 200) {
      return;
    }
    as(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": " + YEAR + "}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(201);
  }

  private static void draft(String agency, int year, String body) {
    as(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(body)
        .put(RESULT, agency, year)
        .then()
        .statusCode(200);
  }

  private static void publish(String agency, int year) {
    as(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, year))
        .post(RESULT + "/publish", agency, year)
        .then()
        .statusCode(200);
  }

  private static String scores(String overall) {
    return """
        {"round": "FINAL", "official": {"overall": %s,
          "tools": [{"code": "IIT", "score": %s}, {"code": "EIT", "score": %s}, {"code": "OIT", "score": %s}],
          "indicators": [{"number": 1, "score": %s}]}}"""
        .formatted(overall, overall, overall, overall, overall);
  }

  /** A new agency with a published FINAL result of the test's year. */
  private static String published(String prefix, String overall) {
    String agency = Fixtures.agency(Fixtures.newCode(prefix));
    draft(agency, YEAR, scores(overall));
    publish(agency, YEAR);
    return agency;
  }

  private static ExtractableResponse<Response> read(String agency, String ifNoneMatch) {
    RequestSpecification request = as(TestTokens.viewer());
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return request.get(RESULT, agency, YEAR).then().extract();
  }

  private PublishedView stored(String agency, int year) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                em.createQuery(
                        "from PublishedView where agencyCode = ?1 and fiscalYear = ?2 order by revision desc",
                        PublishedView.class)
                    .setParameter(1, agency)
                    .setParameter(2, year)
                    .setMaxResults(1)
                    .getSingleResult());
  }

  /** The result's view as it is rendered afresh: the stored input scored again. */
  private ResultView rescored(String agency, int year) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              AssessmentResult result =
                  em.createQuery(
                          "from AssessmentResult where agencyCode = ?1 and fiscalYear = ?2 and round = ?3 order by revision desc",
                          AssessmentResult.class)
                      .setParameter(1, agency)
                      .setParameter(2, year)
                      .setParameter(3, Round.FINAL)
                      .setMaxResults(1)
                      .getSingleResult();
              ResultInput input = json.readValue(result.input, ResultInput.class);
              Scorecard card = scorer.score(frameworks.get(year), input);
              ResultView view = mapper.toView(em.find(Agency.class, agency), result, input, card);
              return benchmarks
                  .standing(result)
                  .map(s -> view.withRanks(BenchmarkMapper.toRanks(s)))
                  .orElse(view);
            });
  }

  private String text(Object value) throws Exception {
    return json.writeValueAsString(value);
  }

  @Test
  void theStoredViewIsExactlyTheRevisionScoredAfresh() throws Exception {
    String agency = Fixtures.agency(Fixtures.newCode("VIEW"));
    draft(agency, 2566, Fixtures.seedResult("DITP-2566"));
    publish(agency, 2566);

    PublishedView stored = stored(agency, 2566);
    ResultView fresh = rescored(agency, 2566);
    String withoutRanks = text(fresh.withRanks(null));
    assertThat(new String(stored.view, StandardCharsets.UTF_8)).isEqualTo(withoutRanks);
    assertThat(stored.etag)
        .isEqualTo(ResultJson.etag(fresh.version(), withoutRanks.getBytes(StandardCharsets.UTF_8)));
    assertThat(fresh.ranks()).isNotNull();

    // What a reader gets is the stored view with its ranks: the bytes of the whole view written
    // at once, as the API wrote it before views were stored.
    ExtractableResponse<Response> served =
        as(TestTokens.viewer()).get(RESULT, agency, 2566).then().statusCode(200).extract();
    assertThat(served.asString()).isEqualTo(text(fresh));
    assertThat(served.contentType())
        .isEqualTo(
            as(TestTokens.viewer())
                .get(RESULT + "/revisions", agency, 2566)
                .then()
                .extract()
                .contentType());
  }

  @Test
  void anImportStoresEachPublishedRevisionsRowAndItsFirstReadRendersTheView() throws Exception {
    String first = Fixtures.newCode("IMPV");
    String second = Fixtures.newCode("IMPV");
    var template = ImportFiles.template(YEAR);
    List<List<String>> rows = new ArrayList<>();
    rows.addAll(ImportFiles.agencyRows(first, "DEPARTMENT", template, ImportFiles::typicalScore));
    rows.addAll(
        ImportFiles.agencyRows(
            second,
            "PROVINCE",
            template,
            (q, p) -> q.equals("i1") ? "80" : ImportFiles.typicalScore(q, p)));
    String id =
        as(TestTokens.assessor())
            .contentType("text/csv")
            .body(ImportFiles.csv(rows))
            .post("/api/v1/imports?fiscalYear=" + YEAR + "&publish=true&createAgencies=true")
            .then()
            .statusCode(202)
            .extract()
            .path("id");
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                "DONE"
                    .equals(
                        as(TestTokens.assessor())
                            .get("/api/v1/imports/{id}", id)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("state")));

    for (String agency : List.of(first, second)) {
      ResultView fresh = rescored(agency, YEAR);
      assertThat(fresh.status()).isEqualTo(AssessmentResult.Status.PUBLISHED);
      // The import stores the revision's row, but leaves its view to the first read.
      assertThat(stored(agency, YEAR).revision).isEqualTo(1);
      assertThat(stored(agency, YEAR).view).isNull();
      assertThat(read(agency, null).asString()).isEqualTo(text(fresh));
      assertThat(new String(stored(agency, YEAR).view, StandardCharsets.UTF_8))
          .isEqualTo(text(fresh.withRanks(null)));
      assertThat(read(agency, null).asString()).isEqualTo(text(fresh));
    }
  }

  @Test
  void aCurrentETagIsAnswered304UntilTheRanksMove() {
    String agency = published("ETAG", "80.00");
    ExtractableResponse<Response> first = read(agency, null);
    assertThat(first.statusCode()).isEqualTo(200);
    String etag = first.header("ETag");
    long of = first.<Integer>path("ranks.nationalOf");
    long rank = first.<Integer>path("ranks.national");

    ExtractableResponse<Response> again = read(agency, etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.asByteArray()).isEmpty();
    assertThat(again.header("ETag")).isEqualTo(etag);
    assertThat(again.header("Cache-Control")).isEqualTo("public, max-age=60");
    assertThat(read(agency, "W/" + etag).statusCode()).isEqualTo(304);
    assertThat(read(agency, "\"1-0000000000000000\", " + etag).statusCode()).isEqualTo(304);
    assertThat(read(agency, "*").statusCode()).isEqualTo(304);
    assertThat(read(agency, "\"1-0000000000000000\"").statusCode()).isEqualTo(200);

    // Another agency publishes a higher score: the result is the same, its ranks are not.
    published("ETAG", "99.00");
    ExtractableResponse<Response> moved = read(agency, etag);
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(moved.<Integer>path("ranks.national")).isEqualTo((int) rank + 1);
    assertThat(moved.<Integer>path("ranks.nationalOf")).isEqualTo((int) of + 1);
    assertThat(moved.header("ETag")).isNotEqualTo(etag);
    assertThat(read(agency, moved.header("ETag")).statusCode()).isEqualTo(304);
  }

  @Test
  void draftsAreNeverKeptByCachesAndPublishedResultsForAMinute() {
    String agency = Fixtures.agency(Fixtures.newCode("CACHE"));
    draft(agency, YEAR, scores("85.00"));
    ExtractableResponse<Response> draft =
        as(TestTokens.assessor()).get(RESULT, agency, YEAR).then().statusCode(200).extract();
    assertThat(draft.<String>path("status")).isEqualTo("DRAFT");
    assertThat(draft.header("Cache-Control")).isEqualTo("private, no-store");
    assertThat(draft.header("ETag")).isEqualTo("\"0\"");
    // A draft is always sent whole: its ETag is the version an edit names.
    as(TestTokens.assessor())
        .header("If-None-Match", "\"0\"")
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .header("Cache-Control", "private, no-store");

    publish(agency, YEAR);
    String published =
        as(TestTokens.viewer())
            .get(RESULT, agency, YEAR)
            .then()
            .statusCode(200)
            .header("Cache-Control", "public, max-age=60")
            .extract()
            .header("ETag");
    // Those who may see drafts are shown the same stored result while there is no newer draft.
    as(TestTokens.assessor())
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .header("Cache-Control", "public, max-age=60")
        .header("ETag", published);
  }

  @Test
  void aCorrectionChangesTheETag() {
    String agency = published("FIX", "70.00");
    String before = read(agency, null).header("ETag");
    // The assessor is shown the published revision, now kept for them too.
    as(TestTokens.assessor())
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"))
        .body("revision", equalTo(1));

    // A correction is sent with the ETag of the published result it corrects, as before.
    String correction =
        scores("71.00").replaceFirst("\\{", "{\"correctionReason\": \"NACC re-issued it\",");
    as(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(correction)
        .header("If-Match", before)
        .put(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .body("revision", equalTo(2));
    // Until it is published, readers still have revision 1, and those who may see drafts the
    // correction.
    assertThat(read(agency, before).statusCode()).isEqualTo(304);
    as(TestTokens.assessor())
        .header("If-None-Match", before)
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("revision", equalTo(2))
        .header("Cache-Control", "private, no-store");

    publish(agency, YEAR);
    ExtractableResponse<Response> corrected = read(agency, before);
    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(corrected.<Integer>path("revision")).isEqualTo(2);
    assertThat(corrected.header("ETag")).isNotEqualTo(before);
  }

  @Test
  void aFinalDraftHidesThePublishedInterimRoundFromThoseWhoMaySeeIt() {
    String agency = Fixtures.agency(Fixtures.newCode("ROUND"));
    draft(agency, YEAR, scores("60.00").replace("\"FINAL\"", "\"INTERIM\""));
    as(TestTokens.assessor())
        .header("If-Match", "\"0\"")
        .post(RESULT + "/publish?round=INTERIM", agency, YEAR)
        .then()
        .statusCode(200);
    // The published INTERIM round, shown to the assessor and kept for them, until the FINAL draft.
    as(TestTokens.assessor())
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .body("round", equalTo("INTERIM"))
        .body("status", equalTo("PUBLISHED"));
    draft(agency, YEAR, scores("65.00"));

    // Without a round: FINAL where there is one. A viewer knows of no FINAL round yet.
    assertThat(read(agency, null).<String>path("round")).isEqualTo("INTERIM");
    as(TestTokens.assessor())
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .body("round", equalTo("FINAL"))
        .body("status", equalTo("DRAFT"));
    as(TestTokens.assessor())
        .get(RESULT + "?round=INTERIM", agency, YEAR)
        .then()
        .statusCode(200)
        .body("round", equalTo("INTERIM"))
        .body("status", equalTo("PUBLISHED"));
  }

  @Test
  void aRenamedAgencysResultsAreRenderedAgainWithItsNewName() throws Exception {
    String agency = published("NAME", "75.00");
    String before = read(agency, null).header("ETag");

    String version =
        as(TestTokens.admin()).get("/api/v1/agencies/{a}", agency).then().extract().header("ETag");
    as(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", version)
        .body(AgencyData.agency(agency).named("ชื่อใหม่").json())
        .put("/api/v1/agencies/{a}", agency)
        .then()
        .statusCode(200);
    assertThat(stored(agency, YEAR).view).isNull();

    ExtractableResponse<Response> renamed = read(agency, before);
    assertThat(renamed.statusCode()).isEqualTo(200);
    assertThat(renamed.<String>path("agencyNameTh")).isEqualTo("ชื่อใหม่");
    assertThat(renamed.header("ETag")).isNotEqualTo(before);
    assertThat(renamed.asString()).isEqualTo(text(rescored(agency, YEAR)));
    assertThat(new String(stored(agency, YEAR).view, StandardCharsets.UTF_8))
        .isEqualTo(text(rescored(agency, YEAR).withRanks(null)));
  }

  @Test
  void aRevisionPublishedBeforeViewsWereStoredIsRenderedAndStoredByItsFirstRead() {
    String agency = published("OLD", "77.00");
    ExtractableResponse<Response> first = read(agency, null);
    PublishedView stored = stored(agency, YEAR);
    // As the migration leaves a revision published before it: a row without its view.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery(
                        "UPDATE published_result_view SET view = NULL, etag = NULL WHERE result_id = ?1")
                    .setParameter(1, stored.resultId)
                    .executeUpdate());

    // The view just shown is kept in memory for a second, so the emptied row is not read yet.
    assertThat(read(agency, null).asString()).isEqualTo(first.asString());
    assertThat(stored(agency, YEAR).view).isNull();
    MovableClock.INSTANCE.advance(Duration.ofSeconds(1));

    ExtractableResponse<Response> rendered = read(agency, first.header("ETag"));
    assertThat(rendered.statusCode()).isEqualTo(304);
    assertThat(read(agency, null).asString()).isEqualTo(first.asString());
    PublishedView again = stored(agency, YEAR);
    assertThat(again.view).isEqualTo(stored.view);
    assertThat(again.etag).isEqualTo(stored.etag);
  }

  /**
   * An assessor's kept view is answered from memory until a change commits, on any instance:
   * PostgreSQL's notification of the change drops it, and the next read renders and stores the
   * emptied view again.
   */
  @Test
  void anAssessorsKeptViewIsAnsweredUntilAChangeIsNotified() {
    String other = published("ASSESSOR", "79.00");
    emptyView(stored(other, YEAR), false);
    String agency = published("ASSESSOR", "78.00");
    String first = assessorsRead(agency);
    PublishedView stored = stored(agency, YEAR);

    // Emptied without a notification (triggers off for the session): once this instance listens,
    // the kept view is answered without reading the database, which would have stored it again.
    // (Retried: the instance starts listening shortly after it starts.)
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assessorsRead(agency);
              emptyView(stored, false);
              assertThat(assessorsRead(agency)).isEqualTo(first);
              assertThat(stored(agency, YEAR).view).isNull();
            });

    // Another agency's view filled by its first read changes nothing shown, and notifies nothing:
    // notifications come in the order of their commits, so none from the stored views may come
    // before a marker sent after the fill.
    assertThat(notifiedBefore("marker", () -> read(other, null)))
        .doesNotContain("published_result_view");
    assertThat(stored(other, YEAR).view).isNotNull();

    // Emptied as a rename on another instance empties it: notified, so read again and stored.
    // (The row is first put back as it was, unnotified: only emptying a stored view notifies.)
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              em.createNativeQuery("SET LOCAL session_replication_role = replica").executeUpdate();
              em.createNativeQuery(
                      "UPDATE published_result_view SET view = ?1, etag = ?2 WHERE result_id = ?3")
                  .setParameter(1, stored.view)
                  .setParameter(2, stored.etag)
                  .setParameter(3, stored.resultId)
                  .executeUpdate();
            });
    emptyView(stored, true);
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(assessorsRead(agency)).isEqualTo(first);
              PublishedView again = stored(agency, YEAR);
              assertThat(again.view).isEqualTo(stored.view);
              assertThat(again.etag).isEqualTo(stored.etag);
            });
  }

  /**
   * The payloads notified on {@code ita_results} by what {@code change} commits, before {@code
   * marker}, which is notified after it.
   */
  private List<String> notifiedBefore(String marker, Runnable change) {
    List<String> before = new ArrayList<>();
    try (Connection listener = database.getConnection();
        Statement s = listener.createStatement()) {
      s.execute("LISTEN ita_results");
      try {
        change.run();
        s.execute("SELECT pg_notify('ita_results', '" + marker + "')");
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
          PGNotification[] got = listener.unwrap(PGConnection.class).getNotifications(1000);
          for (PGNotification n : got == null ? new PGNotification[0] : got) {
            if (marker.equals(n.getParameter())) {
              return before;
            }
            before.add(n.getParameter());
          }
        }
        throw new AssertionError("the marker was not notified within 10 s");
      } finally {
        s.execute("UNLISTEN *");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String assessorsRead(String agency) {
    return as(TestTokens.assessor())
        .get(RESULT, agency, YEAR)
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  /** Empties the stored view by SQL, with the change notified as any commit is, or without. */
  private void emptyView(PublishedView view, boolean notified) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              if (!notified) {
                em.createNativeQuery("SET LOCAL session_replication_role = replica")
                    .executeUpdate();
              }
              em.createNativeQuery(
                      "UPDATE published_result_view SET view = NULL, etag = NULL WHERE result_id = ?1")
                  .setParameter(1, view.resultId)
                  .executeUpdate();
            });
  }
}
