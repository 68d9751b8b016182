package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TopicReader;

/** The documented event schemas describe what really goes on the topics, field for field. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class EventSchemaTest {

  private final ObjectMapper json = new ObjectMapper();

  private static JsonSchema schema(String name) throws Exception {
    try (InputStream in = EventSchemaTest.class.getResourceAsStream("/events/" + name)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void resultPublishedMatchesItsSchema() throws Exception {
    String agency = Fixtures.agency("S-DITP");
    given().auth().oauth2(TestTokens.assessor()).contentType(ContentType.JSON).body(Fixtures.seedResult("DITP-2566"))
        .put("/api/v1/agencies/{a}/results/2566", agency).then().statusCode(200);
    given().auth().oauth2(TestTokens.assessor()).post("/api/v1/agencies/{a}/results/2566/publish", agency)
        .then().statusCode(200);

    var event = TopicReader.awaitEvent(Topics.RESULTS, e -> agency.equals(e.key()), Duration.ofSeconds(20));
    assertThat(schema("result-published.schema.json").validate(json.readTree(event.value()))).isEmpty();
  }

  @Test
  void agencySnapshotsMatchTheirSchema() throws Exception {
    String agency = Fixtures.agency("S-AGENCY");
    var event = TopicReader.awaitEvent(Topics.AGENCIES, e -> agency.equals(e.key()), Duration.ofSeconds(20));
    assertThat(schema("agency-snapshot.schema.json").validate(json.readTree(event.value()))).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUndocumentedField() throws Exception {
    var broken = json.readTree("{\"code\":\"X\",\"nameTh\":\"ก\",\"type\":\"DEPARTMENT\",\"typeNameTh\":\"ก\",\"typeNameEn\":\"D\",\"version\":0,\"surprise\":1}");
    assertThat(schema("agency-snapshot.schema.json").validate(broken)).isNotEmpty();
  }
}
