package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.assessment.ImportFiles.TemplateRow;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

/**
 * What an import refuses row by row (a row without an agency code, an agency with too many rows),
 * and how its job gives up: a job whose worker died is taken over, and given up once it has no
 * attempt left. (JobTableTest in platform-common shows the attempts one by one.)
 */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class ImportLimitsTest {

  @Inject AgroalDataSource dataSource;

  private static JsonPath awaitFinished(String id) {
    JsonPath[] job = new JsonPath[1];
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> {
              job[0] =
                  given()
                      .auth()
                      .oauth2(TestTokens.assessor())
                      .get("/api/v1/imports/{id}", id)
                      .then()
                      .statusCode(200)
                      .extract()
                      .jsonPath();
              return List.of("DONE", "FAILED").contains(job[0].getString("state"));
            });
    return job[0];
  }

  private static String importCsv(List<List<String>> rows) {
    return given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType("text/csv")
        .body(ImportFiles.csv(rows))
        .post("/api/v1/imports?fiscalYear=2567&createAgencies=true")
        .then()
        .statusCode(202)
        .extract()
        .jsonPath()
        .getString("id");
  }

  /** An error as the API shows it (fields without a value are left out). */
  private static Map<String, Object> error(
      Integer line, String agency, String message, String value) {
    Map<String, Object> error = new HashMap<>();
    error.put("line", line);
    error.put("agencyCode", agency);
    error.put("field", "agency_code");
    error.put("message", message);
    error.put("value", value);
    error.values().removeIf(Objects::isNull);
    return error;
  }

  @Test
  void aRowWithoutAnAgencyCodeIsAnErrorOfItsLine() {
    List<TemplateRow> template = ImportFiles.template(2567);
    List<List<String>> rows =
        new ArrayList<>(
            ImportFiles.agencyRows("LIM-GOOD", "DEPARTMENT", template, ImportFiles::typicalScore));
    List<String> blank = new ArrayList<>(rows.get(4));
    blank.set(0, "");
    rows.add(3, blank); // line 5 (the header is line 1)
    rows.add(blank); // the last line

    JsonPath job = awaitFinished(importCsv(rows));

    assertThat(job.getString("state")).isEqualTo("DONE");
    assertThat(job.getInt("attempts")).isEqualTo(1);
    assertThat(job.getInt("rowsDone")).isEqualTo(rows.size());
    assertThat(job.getInt("agenciesLoaded")).isEqualTo(1);
    assertThat(job.getInt("agenciesRejected")).isEqualTo(1);
    assertThat(job.<Map<String, Object>>getList("errors"))
        .containsExactly(
            error(5, null, "the agency code is empty", null),
            error(rows.size() + 1, null, "the agency code is empty", null));
  }

  @Test
  void anAgencyWithMoreRowsThanOneAgencyMayHaveIsRejectedAtTheFirstLinePastTheLimit() {
    List<TemplateRow> template = ImportFiles.template(2567);
    List<List<String>> huge = new ArrayList<>();
    while (huge.size() < 1001) {
      huge.addAll(
          ImportFiles.agencyRows("LIM-HUGE", "DEPARTMENT", template, ImportFiles::typicalScore));
    }
    huge = huge.subList(0, 1001);
    List<List<String>> rows =
        new ArrayList<>(
            ImportFiles.agencyRows("LIM-FINE", "DEPARTMENT", template, ImportFiles::typicalScore));
    rows.addAll(huge);
    Collections.shuffle(rows, new Random(1001));
    int lastHugeLine = 0;
    for (int i = 0, seen = 0; i < rows.size(); i++) {
      if (rows.get(i).get(0).equals("LIM-HUGE") && ++seen == 1001) {
        lastHugeLine = i + 2; // the header is line 1
      }
    }

    JsonPath job = awaitFinished(importCsv(rows));

    assertThat(job.getString("state")).isEqualTo("DONE");
    assertThat(job.getInt("rowsDone")).isEqualTo(rows.size());
    assertThat(job.getInt("agenciesLoaded")).isEqualTo(1);
    assertThat(job.getInt("agenciesRejected")).isEqualTo(1);
    assertThat(job.<Map<String, Object>>getList("errors"))
        .containsExactly(
            error(
                lastHugeLine,
                "LIM-HUGE",
                "agency LIM-HUGE has 1001 rows, more than the 1000 one agency may have (ita.imports.max-rows-per-agency);"
                    + " none of them was loaded",
                "LIM-HUGE"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/LIM-HUGE")
        .then()
        .statusCode(404);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/LIM-FINE")
        .then()
        .statusCode(200);
  }

  @Test
  void anImportWhoseWorkerDiedIsTakenOverAndResumesWhereItWas() throws SQLException {
    // As a replica left it when it was killed: attempt 1 running, one agency's rows still staged.
    UUID id = insertJob("RUNNING", 1, "1 hour");
    stage(id, 7, "");

    JsonPath job = awaitFinished(id.toString());

    assertThat(job.getString("state")).isEqualTo("DONE");
    assertThat(job.getInt("attempts")).isEqualTo(2);
    assertThat(job.getInt("rowsDone")).isEqualTo(1);
    assertThat(job.getInt("agenciesRejected")).isEqualTo(1);
    assertThat(job.<Map<String, Object>>getList("errors"))
        .containsExactly(error(7, null, "the agency code is empty", null));
    assertThat(job.getString("failure")).isNull();
  }

  @Test
  void anImportWhoseWorkerDiedOnItsLastAttemptIsGivenUpAndLeavesNoStagedRows() throws SQLException {
    UUID id = insertJob("RUNNING", 3, "1 hour");
    stage(id, 2, "LIM-GONE");

    JsonPath job = awaitFinished(id.toString());

    assertThat(job.getString("state")).isEqualTo("FAILED");
    assertThat(job.getInt("attempts")).isEqualTo(3);
    assertThat(job.getString("failure"))
        .isEqualTo(
            "gave up after 3 attempts: the last one stopped without finishing"
                + " (its worker stopped, for example out of memory, or lost the database)");
    assertThat(job.getString("finishedAt")).isNotNull();
    assertThat(stagedRows(id)).isZero();
  }

  private UUID insertJob(String state, int attempts, String heartbeatAgo) throws SQLException {
    UUID id = UUID.randomUUID();
    byte[] sha = new byte[32];
    new Random().nextBytes(sha);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                """
        INSERT INTO import_job (id, fiscal_year, file_name, file_format, file_sha256, publish, create_agencies, state,
                                rows_total, rows_done, agencies_total, agencies_loaded, agencies_unchanged,
                                agencies_rejected, agencies_created, created_at, created_by, started_at, heartbeat_at,
                                attempts, version)
        VALUES (?, 2567, 'left-behind.csv', 'CSV', ?, false, false, ?, 1, 0, 1, 0, 0, 0, 0, now() - interval '2 hours',
                'assessor', now() - ?::interval, now() - ?::interval, ?, 0)""")) {
      s.setObject(1, id);
      s.setString(2, HexFormat.of().formatHex(sha));
      s.setString(3, state);
      s.setString(4, heartbeatAgo);
      s.setString(5, heartbeatAgo);
      s.setInt(6, attempts);
      s.executeUpdate();
    }
    return id;
  }

  private void stage(UUID job, int line, String agencyCode) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO import_block (job_id, first_line, agency_code, lines, round, question, part, score)"
                    + " VALUES (?, ?, ?, ARRAY[?], '{FINAL}', '{i1}', '{NULL}', '{90}')")) {
      s.setObject(1, job);
      s.setInt(2, line);
      s.setString(3, agencyCode);
      s.setInt(4, line);
      s.executeUpdate();
    }
  }

  private long stagedRows(UUID job) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT coalesce(sum(cardinality(lines)), 0) FROM import_block WHERE job_id = ?")) {
      s.setObject(1, job);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
