package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.arc.Arc;
import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.openapi.runtime.io.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.openapi.KeptOpenApiDocuments;
import th.ita.platform.testing.OpenApiConventions;
import th.ita.platform.testing.PlatformTestResource;

/** Integrators generate clients from this document; it must follow the platform's conventions. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class OpenApiTest {

  @Test
  void everyOperationIsDocumentedForClientGeneration() throws Exception {
    assertThat(OpenApiConventions.breaches()).isEmpty();
  }

  /** The "enums as enums" check can fail: a closed set served as a plain string is a breach. */
  @Test
  void aClosedSetAsAPlainStringIsABreach() throws Exception {
    String body = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(body);
    ((ObjectNode) doc.at("/components/schemas/RankedAgency/properties"))
        .putObject("type")
        .put("type", "string");
    assertThat(OpenApiConventions.breaches(doc))
        .containsExactly(
            "RankedAgency.type: a closed set of values as a plain string; make it an enum");
  }

  /**
   * The document needs no token: each format is written once and then kept, so that no request
   * makes the service serialise its whole API description again.
   */
  @Test
  void eachFormatIsWrittenOnceAndServedFromThen() {
    String json = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    String yaml = given().get("/q/openapi").then().statusCode(200).extract().asString();
    OpenApiDocumentService documents = Arc.container().instance(OpenApiDocumentService.class).get();

    assertThat(documents).isInstanceOf(KeptOpenApiDocuments.class);
    for (Format format : Format.values()) {
      byte[] kept = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, format);
      byte[] again = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, format);
      assertThat(again == kept)
          .as(format + ": the bytes written before, not written again")
          .isTrue();
    }
    assertThat(
            new String(
                documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON),
                StandardCharsets.UTF_8))
        .isEqualTo(json);
    assertThat(yaml).startsWith("---\nopenapi: 3.");
  }
}
