package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.MovableClock;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class AgencyResourceTest {

  @AfterEach
  void realTime() {
    MovableClock.INSTANCE.reset();
  }

  @Test
  void theRegistryStampsEachChangeWithThePlatformsClock() {
    String code = Fixtures.newCode("CLK");
    MovableClock.INSTANCE.moveTo(
        Instant.parse("2026-09-30T17:00:00Z")); // 1 October, midnight in Bangkok
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency(code).json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201)
        .body("createdAt", equalTo("2026-09-30T17:00:00Z"))
        .body("updatedAt", equalTo("2026-09-30T17:00:00Z"));

    MovableClock.INSTANCE.advance(Duration.ofDays(1));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", "\"0\"")
        .body(AgencyData.agency(code).named("หน่วยงานที่เปลี่ยนชื่อ").json())
        .put("/api/v1/agencies/{a}", code)
        .then()
        .statusCode(200)
        .body("createdAt", equalTo("2026-09-30T17:00:00Z"))
        .body("updatedAt", equalTo("2026-10-01T17:00:00Z"));
  }

  @Test
  void adminRegistersAnAgencyAndEveryoneWithATokenReadsIt() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("reg-1").named("กรมทดสอบ").json())
        .when()
        .post("/api/v1/agencies")
        .then()
        .statusCode(201)
        .header("Location", containsString("/api/v1/agencies/REG-1"))
        .body("code", equalTo("REG-1"))
        .body("nameTh", equalTo("กรมทดสอบ"))
        .body("typeNameTh", equalTo("ส่วนราชการระดับกรม"))
        .body("ministry.code", equalTo("MOC"))
        .body("createdAt", containsString("T"));

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .when()
        .get("/api/v1/agencies/reg-1")
        .then()
        .statusCode(200)
        .header("ETag", equalTo("\"0\""))
        .body("nameEn", equalTo("Test agency"));

    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .when()
        .get("/api/v1/agencies?ministry=moc&size=200")
        .then()
        .statusCode(200)
        .body("items.code", hasItem("REG-1"))
        .body("size", equalTo(200));
  }

  @Test
  void registeringTheSameCodeTwiceIsAConflict() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("DUP-1").named("กรมหนึ่ง").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("dup-1").named("กรมสอง").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("DUP-1"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies/DUP-1")
        .then()
        .body("nameTh", equalTo("กรมหนึ่ง"));
  }

  @Test
  void invalidInputListsEveryFieldAndWritesNothing() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(
            """
            {"code":"bad code!","nameTh":" ","type":"DEPARTMENT","ministry":{"code":"","nameTh":""}}""")
        .when()
        .post("/api/v1/agencies")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("/problems/validation"))
        .body("errors.field", hasItem("code"))
        .body("errors.field", hasItem("nameTh"))
        .body("errors.field", hasItem("ministry.code"))
        .body("errors.field", hasItem("ministry.nameTh"))
        .body("errors", hasSize(4));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .get("/api/v1/agencies?q=bad")
        .then()
        .body("totalItems", equalTo(0));
  }

  @Test
  void wrongTypesAndMalformedJsonAreClientErrors() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"code\":\"X1\",\"nameTh\":\"ก\",\"type\":\"MINISTRY_OF_MAGIC\"}")
        .post("/api/v1/agencies")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("type"))
        .body("errors[0].message", containsString("DEPARTMENT"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body("{\"code\":\"X1\",")
        .post("/api/v1/agencies")
        .then()
        .log()
        .ifValidationFails()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("title", equalTo("Malformed request"));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .post("/api/v1/agencies")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies?size=1000")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/NOPE")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", containsString("NOPE"));
  }

  @Test
  void writesNeedAValidTokenAndTheAdminRole() {
    given()
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("SEC-1").named("ก").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", "Bearer");
    given().get("/api/v1/agencies").then().statusCode(401);
    given().auth().oauth2("not-a-jwt").get("/api/v1/agencies").then().statusCode(401);
    given()
        .auth()
        .oauth2(forged())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("SEC-1").named("ก").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(401);
    for (String token :
        new String[] {TestTokens.viewer(), TestTokens.assessor(), TestTokens.officer("SEC-1")}) {
      given()
          .auth()
          .oauth2(token)
          .contentType(ContentType.JSON)
          .body(AgencyData.agency("SEC-1").named("ก").json())
          .post("/api/v1/agencies")
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    given().auth().oauth2(TestTokens.admin()).get("/api/v1/agencies/SEC-1").then().statusCode(404);
  }

  @Test
  void anOfficerSeesOnlyTheirOwnAgency() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("OWN-1").named("กรมของฉัน").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("OTHER-1").named("กรมอื่น").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);

    String officer = TestTokens.officer("OWN-1");
    given().auth().oauth2(officer).get("/api/v1/agencies/own-1").then().statusCode(200);
    given()
        .auth()
        .oauth2(officer)
        .get("/api/v1/agencies/OTHER-1")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("OWN-1"));
    given()
        .auth()
        .oauth2(officer)
        .get("/api/v1/agencies?size=200")
        .then()
        .statusCode(200)
        .body("items.code", equalTo(List.of("OWN-1")))
        .body("items.code", not(hasItem("OTHER-1")));
  }

  @Test
  void concurrentEditsNeverOverwriteEachOther() {
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("EDIT-1").named("ชื่อเดิม").json())
        .post("/api/v1/agencies")
        .then()
        .statusCode(201);
    String etag =
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/agencies/EDIT-1").header("ETag");

    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(AgencyData.agency("EDIT-1").named("ชื่อใหม่ของคนแรก").json())
        .put("/api/v1/agencies/EDIT-1")
        .then()
        .statusCode(200)
        .body("version", equalTo(1))
        .header("ETag", equalTo("\"1\""));
    // The second editor read version 0 too; their write is refused, not applied.
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .header("If-Match", etag)
        .body(AgencyData.agency("EDIT-1").named("ชื่อใหม่ของคนที่สอง").json())
        .put("/api/v1/agencies/EDIT-1")
        .then()
        .statusCode(412)
        .contentType("application/problem+json")
        .body("context.currentVersion", equalTo(1));
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .contentType(ContentType.JSON)
        .body(AgencyData.agency("EDIT-1").named("ไม่มี If-Match").json())
        .put("/api/v1/agencies/EDIT-1")
        .then()
        .statusCode(428);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/agencies/EDIT-1")
        .then()
        .body("nameTh", equalTo("ชื่อใหม่ของคนแรก"));
  }

  @Test
  void unknownPathsAndUnexpectedMethodsAreProblems() {
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .auth()
        .oauth2(TestTokens.admin())
        .delete("/api/v1/agencies/X")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }

  private static String forged() {
    try {
      return TestTokens.forged("ita-admin");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void healthReadinessChecksTheDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("Database connections health check"))
        .body("checks.name", hasItem("Kafka connection health check"))
        .body("status", equalTo("UP"));
    given()
        .get("/q/openapi?format=json")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/agencies'.post.operationId", equalTo("registerAgency"))
        .body("components.securitySchemes.bearerAuth", notNullValue())
        .body("components.schemas.Problem", notNullValue());
  }
}
