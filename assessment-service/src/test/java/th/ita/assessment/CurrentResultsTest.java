package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.repository.CurrentResultRepository;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * The current results hold each agency's latest published revision per year and round, written with
 * the publication: what rankings and benchmarks read instead of every revision.
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class CurrentResultsTest {

  private static final String RESULT = "/api/v1/agencies/{a}/results/2567";
  private static final String RESULT_OF_YEAR = "/api/v1/agencies/{a}/results/{y}";

  @Inject EntityManager em;
  @Inject CurrentResultRepository current;

  private static void publish(String agency, String body) {
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(body)
        .put(RESULT, agency)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, 2567))
        .post(RESULT + "/publish", agency)
        .then()
        .statusCode(200);
  }

  private static String scores(String overall, String reason) {
    return """
        {%s"round": "FINAL", "official": {"overall": %s, "indicators": [{"number": 2, "score": %s}]}}"""
        .formatted(
            reason == null ? "" : "\"correctionReason\": \"" + reason + "\", ", overall, overall);
  }

  /**
   * Revision, overall score, published score, level and indicator scores of the agency's current
   * FINAL result.
   */
  private List<Object> currentOf(String agency) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                List.of(
                    (Object[])
                        em.createNativeQuery(
                                """
                                SELECT revision, overall_score, published_score, level_code,
                                       indicator_scores::text
                                FROM current_result
                                WHERE fiscal_year = 2567 AND round = 'FINAL' AND agency_code = ?1""")
                            .setParameter(1, agency)
                            .getSingleResult()));
  }

  @Test
  void aPublicationBecomesTheCurrentResultAndAnOlderRevisionNeverReplacesIt() {
    String agency = Fixtures.agency(Fixtures.newCode("CUR"));
    publish(agency, scores("81.25", null));
    assertThat(currentOf(agency))
        .containsExactly(
            1,
            new BigDecimal("81.2500"),
            new BigDecimal("81.25"),
            "NEEDS_IMPROVEMENT",
            "{\"2\": 81.25}");

    publish(agency, scores("88.50", "NACC re-issued it"));
    assertThat(currentOf(agency))
        .containsExactly(
            2, new BigDecimal("88.5000"), new BigDecimal("88.50"), "PASS", "{\"2\": 88.50}");

    // Revision 1 recorded again (as a replayed write would) leaves revision 2 current.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                current.published(
                    List.of(
                        new CurrentResultRepository.Published(
                            em.createQuery(
                                    "from AssessmentResult where agencyCode = ?1 and fiscalYear = 2567 and round = ?2 and revision = 1",
                                    AssessmentResult.class)
                                .setParameter(1, agency)
                                .setParameter(2, Round.FINAL)
                                .getSingleResult(),
                            new BigDecimal("81.25")))));
    assertThat(currentOf(agency))
        .containsExactly(
            2, new BigDecimal("88.5000"), new BigDecimal("88.50"), "PASS", "{\"2\": 88.50}");
  }

  /**
   * Whatever the tests have published, imported and corrected so far: the current results are
   * exactly the latest published revision of every agency, year and round.
   */
  @Test
  void theCurrentResultsAreTheLatestPublishedRevisionOfEach() {
    publish(Fixtures.agency(Fixtures.newCode("CUR")), scores("90.00", null));
    Number mismatches =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Number)
                        em.createNativeQuery(
                                """
                                WITH latest AS (
                                  SELECT DISTINCT ON (fiscal_year, round, agency_code) *
                                  FROM assessment_result WHERE status = 'PUBLISHED'
                                  ORDER BY fiscal_year, round, agency_code, revision DESC)
                                SELECT count(*) FROM latest l
                                FULL JOIN current_result c ON c.fiscal_year = l.fiscal_year
                                  AND c.round = l.round AND c.agency_code = l.agency_code
                                WHERE c.result_id IS DISTINCT FROM l.id
                                   OR c.revision IS DISTINCT FROM l.revision
                                   OR c.overall_score IS DISTINCT FROM l.overall_score
                                   OR c.level_code IS DISTINCT FROM l.level_code
                                   OR c.indicator_scores IS DISTINCT FROM l.indicator_scores
                                   OR c.published_at IS DISTINCT FROM l.published_at""")
                            .getSingleResult());
    Number rows =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    (Number)
                        em.createNativeQuery("SELECT count(*) FROM current_result")
                            .getSingleResult());
    assertThat(mismatches.longValue()).isZero();
    assertThat(rows.longValue()).isPositive();
  }

  /**
   * A score whose third decimal is 5 is published half-up (85.125 as 85.13): it ranks on that
   * figure, sharing first place with an agency published at 85.13 and ahead of 85.124 (85.12), and
   * the rankings, its result and the benchmark all show it so. In a fiscal year of this test's own
   * (a copy of FY2568's framework as FY2652).
   */
  @Test
  void aScoreEndingInFiveThousandthsRanksAndShowsRoundedHalfUp() {
    int year = 2652;
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"fiscalYear\": " + year + "}")
        .post("/api/v1/frameworks/2568/clone")
        .then()
        .statusCode(201);
    String half = publishIn(year, "RKA", "85.125");
    String exact = publishIn(year, "RKB", "85.13");
    String below = publishIn(year, "RKC", "85.124");

    given()
        .config(Fixtures.EXACT)
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/results/{y}/rankings", year)
        .then()
        .statusCode(200)
        .body("items.agencyCode", equalTo(List.of(half, exact, below)))
        .body("items.rank", equalTo(List.of(1, 1, 3)))
        .body(
            "items.score",
            equalTo(
                List.of(
                    new BigDecimal("85.13"), new BigDecimal("85.13"), new BigDecimal("85.12"))));
    given()
        .config(Fixtures.EXACT)
        .auth()
        .oauth2(TestTokens.viewer())
        .get(RESULT_OF_YEAR, half, year)
        .then()
        .statusCode(200)
        .body("overall.score", equalTo(new BigDecimal("85.13")))
        .body("ranks.national", equalTo(1))
        .body("ranks.nationalOf", equalTo(3));
    // (85.13 + 85.13 + 85.12) / 3 = 85.1266…: the published scores are averaged.
    given()
        .config(Fixtures.EXACT)
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/results/{y}/benchmark?target=85.13", year)
        .then()
        .statusCode(200)
        .body("average", equalTo(new BigDecimal("85.13")))
        .body("atOrAboveTarget", equalTo(2));
  }

  private static String publishIn(int year, String prefix, String overall) {
    String agency = Fixtures.agency(Fixtures.newCode(prefix));
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(
            """
            {"round": "FINAL", "official": {"overall": %s,
              "tools": [{"code": "IIT", "score": %s}, {"code": "EIT", "score": %s}, {"code": "OIT", "score": %s}],
              "indicators": [{"number": 1, "score": %s}]}}"""
                .formatted(overall, overall, overall, overall, overall))
        .put(RESULT_OF_YEAR, agency, year)
        .then()
        .statusCode(200);
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, year))
        .post(RESULT_OF_YEAR + "/publish", agency, year)
        .then()
        .statusCode(200);
    return agency;
  }
}
