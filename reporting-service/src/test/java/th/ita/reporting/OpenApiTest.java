package th.ita.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.platform.testing.OpenApiConventions;
import th.ita.platform.testing.PlatformTestResource;

/** Integrators generate clients from this document; it must follow the platform's conventions. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "reporting"))
class OpenApiTest {

  @Test
  void everyOperationIsDocumentedForClientGeneration() throws Exception {
    assertThat(OpenApiConventions.breaches()).isEmpty();
  }

  static final List<String> RENDERED =
      List.of(
          "text/html",
          "application/pdf",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "text/csv");
  static final List<String> DOCUMENTS =
      List.of(
          "/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/measures",
          "/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/progress",
          "/api/v1/agencies/{agencyCode}/reports/{fiscalYear}/analysis",
          "/api/v1/dashboards/{fiscalYear}");

  @Test
  void everyDocumentOperationListsTheRenderedFormatsBesideItsData() {
    var openapi =
        RestAssured.given()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String path : DOCUMENTS) {
      Map<String, Object> content =
          openapi.getMap("paths.'" + path + "'.get.responses.'200'.content");
      List<String> all = new ArrayList<>(RENDERED);
      all.add("application/json");
      assertThat(content).as(path).containsOnlyKeys(all);
      assertThat(
              openapi.getString(
                  "paths.'"
                      + path
                      + "'.get.responses.'200'.content.'application/pdf'.schema.format"))
          .isEqualTo("binary");
      assertThat(
              openapi.getString(
                  "paths.'" + path + "'.get.parameters.find { it.name == 'format' }.schema.enum"))
          .as(path)
          .isEqualTo("[json, html, pdf, docx, xlsx, csv]");
      assertThat(openapi.getMap("paths.'" + path + "'.get"))
          .as(path)
          .doesNotContainKey("x-ita-document");
    }
    assertThat(RestAssured.given().get("/q/openapi?format=json").asString())
        .doesNotContain("x-ita-document");
  }

  /**
   * Generated clients pick their return type from the 200 schema: a file operation must be all
   * binary.
   */
  @Test
  void everyDocumentHasAFileOperationThatAnswersOnlyBinaryFormats() {
    var openapi =
        RestAssured.given()
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    for (String path : DOCUMENTS) {
      String file = path + ".{format}";
      assertThat(openapi.getString("paths.'" + file + "'.get.operationId"))
          .as(file)
          .endsWith("File");
      Map<String, Object> content =
          openapi.getMap("paths.'" + file + "'.get.responses.'200'.content");
      assertThat(content).as(file).containsOnlyKeys(RENDERED);
      for (String type : RENDERED) {
        assertThat(
                openapi.getString(
                    "paths.'"
                        + file
                        + "'.get.responses.'200'.content.'"
                        + type
                        + "'.schema.format"))
            .as(file + " " + type)
            .isEqualTo("binary");
      }
      assertThat(
              openapi.getString(
                  "paths.'" + file + "'.get.parameters.find { it.name == 'format' }.schema.enum"))
          .as(file)
          .isEqualTo("[html, pdf, docx, xlsx, csv]");
    }
  }
}
