package th.ita.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** reporting-service's read model is fed by real Kafka events and scoped by the caller's agency. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class DirectoryResourceTest {

  private static void register(String code, String ministry) {
    TestTopics.sendCloudEvent(
        Topics.AGENCIES,
        code,
        UUID.randomUUID().toString(),
        "AgencyRegistered",
        """
        {"code":"%s","nameTh":"หน่วยงาน %s","type":"DEPARTMENT","ministryCode":"%s","version":0}"""
            .formatted(code, code, ministry));
  }

  @Test
  void agenciesFromEventsAreListedAndFilteredByMinistry() {
    register("REP-1", "MFA");
    register("REP-2", "MOC");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get("/api/v1/report-agencies?size=200")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItems("REP-1", "REP-2")));

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/report-agencies?ministry=mfa&size=200")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("REP-1"))
        .body("items.findAll { it.ministryCode != 'MFA' }.size()", equalTo(0));
  }

  @Test
  void anOfficerSeesOnlyTheirAgency() {
    register("REP-3", "MOC");
    register("REP-4", "MOC");
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                given()
                    .auth()
                    .oauth2(TestTokens.viewer())
                    .get("/api/v1/report-agencies?ministry=MOC&size=200")
                    .then()
                    .body("items.code", hasItems("REP-3", "REP-4")));
    given()
        .auth()
        .oauth2(TestTokens.officer("REP-3"))
        .get("/api/v1/report-agencies?size=200")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("REP-3")));
    given()
        .get("/api/v1/report-agencies")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
  }
}
