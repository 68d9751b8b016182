package th.ita.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.OpenApiConventions;
import th.ita.platform.testing.PlatformTestResource;

/** Integrators generate clients from this document; it must follow the platform's conventions. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenApiTest {

  @Test
  void everyOperationIsDocumentedForClientGeneration() throws Exception {
    assertThat(OpenApiConventions.breaches()).isEmpty();
  }

  @Test
  void everyDocumentOperationListsTheRenderedFormatsBesideItsData() {
    var openapi = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
    for (String path : java.util.List.of("/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/measures",
        "/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/progress",
        "/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/analysis", "/api/v1/dashboards/{fiscalYear}")) {
      java.util.Map<String, Object> content = openapi.getMap("paths.'" + path + "'.get.responses.'200'.content");
      assertThat(content).as(path).containsOnlyKeys("application/json", "text/html", "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/csv");
      assertThat(openapi.getString("paths.'" + path + "'.get.responses.'200'.content.'application/pdf'.schema.format"))
          .isEqualTo("binary");
      assertThat(openapi.getMap("paths.'" + path + "'.get")).as(path).doesNotContainKey("x-ita-document");
    }
  }
}
