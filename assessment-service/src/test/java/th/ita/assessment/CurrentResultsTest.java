package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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

  /** Revision, overall score, level and indicator scores of the agency's current FINAL result. */
  private List<Object> currentOf(String agency) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                List.of(
                    (Object[])
                        em.createNativeQuery(
                                """
                                SELECT revision, overall_score, level_code, indicator_scores::text
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
        .containsExactly(1, new BigDecimal("81.2500"), "NEEDS_IMPROVEMENT", "{\"2\": 81.25}");

    publish(agency, scores("88.50", "NACC re-issued it"));
    assertThat(currentOf(agency))
        .containsExactly(2, new BigDecimal("88.5000"), "PASS", "{\"2\": 88.50}");

    // Revision 1 recorded again (as a replayed write would) leaves revision 2 current.
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                current.published(
                    em.createQuery(
                            "from AssessmentResult where agencyCode = ?1 and fiscalYear = 2567 and round = ?2 and revision = 1",
                            AssessmentResult.class)
                        .setParameter(1, agency)
                        .setParameter(2, Round.FINAL)
                        .getSingleResult()));
    assertThat(currentOf(agency)).element(0).isEqualTo(2);
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
}
