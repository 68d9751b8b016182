package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.reporting.render.Format;
import th.ita.reporting.render.UnsupportedFormatException;

/**
 * Report jobs give up honestly: a failing job is tried ita.jobs.max-attempts (3) times and then
 * ends FAILED with the reason; a job whose worker died is taken over, or given up when it has no
 * attempt left. (JobTableTest in platform-common shows that a FAILED job is never claimed again.)
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class ReportJobAttemptsTest {

  @Inject AgroalDataSource dataSource;

  private static JsonPath job(UUID id) {
    return given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/report-jobs/{id}", id)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void aJobThatFailsEveryAttemptEndsFailedWithTheReasonAfterThree() throws SQLException {
    // A format this version cannot render, as a job queued by a newer version might carry.
    UUID id = insert("tiff", "QUEUED", 0, null);

    await().atMost(Duration.ofSeconds(30)).until(() -> job(id).getString("state").equals("FAILED"));
    JsonPath failed = job(id);
    assertThat(failed.getInt("attempts")).isEqualTo(3);
    assertThat(failed.getString("error"))
        .isEqualTo(
            "gave up after 3 attempts: "
                + new UnsupportedFormatException(true, "tiff", EnumSet.allOf(Format.class))
                    .getMessage());
    assertThat(failed.getString("finishedAt")).isNotNull();
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/report-jobs/{id}/file", id)
        .then()
        .statusCode(409)
        .body(
            "detail",
            equalTo("Report job " + id + " is FAILED, not DONE: " + failed.getString("error")));
  }

  @Test
  void aJobWhoseWorkerDiedOnItsLastAttemptIsGivenUp() throws SQLException {
    UUID id = insert("xlsx", "RUNNING", 3, "1 hour");

    await().atMost(Duration.ofSeconds(30)).until(() -> job(id).getString("state").equals("FAILED"));
    JsonPath failed = job(id);
    assertThat(failed.getInt("attempts")).isEqualTo(3);
    assertThat(failed.getString("error"))
        .isEqualTo(
            "gave up after 3 attempts: the last one stopped without finishing"
                + " (its worker stopped, for example out of memory, or lost the database)");
  }

  @Test
  void aJobWhoseWorkerDiedIsTakenOverAndFinished() throws SQLException {
    UUID id = insert("xlsx", "RUNNING", 1, "1 hour");

    await().atMost(Duration.ofSeconds(60)).until(() -> job(id).getString("state").equals("DONE"));
    JsonPath done = job(id);
    assertThat(done.getInt("attempts")).isEqualTo(2);
    assertThat(done.getInt("progress")).isEqualTo(100);
    assertThat(done.getString("error")).isNull();
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/report-jobs/{id}/file", id)
        .then()
        .statusCode(200)
        .contentType(Format.XLSX.contentType());
  }

  /**
   * A job row as an instance left it: queued, or running with its heartbeat {@code heartbeatAgo}
   * old.
   */
  private UUID insert(String format, String state, int attempts, String heartbeatAgo)
      throws SQLException {
    UUID id = UUID.randomUUID();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                """
        INSERT INTO report_job (id, kind, fiscal_year, format, lang, state, progress, requested_by, created_at,
                                started_at, heartbeat_at, attempts)
        VALUES (?, 'DASHBOARD', 2567, ?, 'th', ?, 0, 'ita-admin', now(),
                CASE WHEN ?::text IS NULL THEN NULL ELSE now() - ?::interval END,
                CASE WHEN ?::text IS NULL THEN NULL ELSE now() - ?::interval END, ?)""")) {
      s.setObject(1, id);
      s.setString(2, format);
      s.setString(3, state);
      for (int i = 4; i <= 7; i++) {
        s.setString(i, heartbeatAgo);
      }
      s.setInt(8, attempts);
      s.executeUpdate();
    }
    return id;
  }
}
