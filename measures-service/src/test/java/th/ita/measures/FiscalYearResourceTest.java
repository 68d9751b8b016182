package th.ita.measures;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;

@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "measures"))
class FiscalYearResourceTest {

  @Test
  void aFiscalYearHasFourQuartersFromOctober() {
    given()
        .auth()
        .oauth2(TestTokens.officer("DITP"))
        .get("/api/v1/fiscal-years/2568")
        .then()
        .statusCode(200)
        .body("start", equalTo("2024-10-01"))
        .body("end", equalTo("2025-09-30"))
        .body("labelTh", equalTo("ปีงบประมาณ พ.ศ. 2568"))
        .body("quarters.quarter", equalTo(List.of("Q1", "Q2", "Q3", "Q4")))
        .body("quarters[0].end", equalTo("2024-12-31"))
        .body("quarters[0].labelTh", equalTo("ไตรมาส 1 (ต.ค. – ธ.ค. 2567)"))
        .body("quarters[1].labelEn", equalTo("Q2 (Jan – Mar 2025)"));
  }

  @Test
  void aCommonEraYearIsRejectedWithTheReason() {
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/fiscal-years/2025")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItem("fiscalYear"));
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/fiscal-years/twenty")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("fiscalYear"))
        .body("errors[0].message", equalTo("must be a whole number from 2500 to 2700"))
        .body("errors[0].rejectedValue", equalTo("twenty"));
  }

  @Test
  void readsNeedAToken() {
    given().get("/api/v1/fiscal-years/current").then().statusCode(401);
    given()
        .auth()
        .oauth2(TestTokens.viewer())
        .get("/api/v1/fiscal-years/current")
        .then()
        .statusCode(200);
  }
}
