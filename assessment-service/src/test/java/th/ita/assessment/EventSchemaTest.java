package th.ita.assessment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import th.ita.assessment.event.ResultPublishedV2;
import th.ita.platform.common.event.Topics;
import th.ita.platform.testing.EventSchemas;
import th.ita.platform.testing.PlatformTestResource;
import th.ita.platform.testing.TestTokens;
import th.ita.platform.testing.TestTopics;

/** The documented event schemas describe what really goes on the topics, field for field. */
@QuarkusTest
@QuarkusTestResource(
    value = PlatformTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "assessment"))
class EventSchemaTest {

  @Test
  void resultPublishedMatchesItsSchema() throws Exception {
    String agency = Fixtures.agency(Fixtures.newCode("S-DITP"));
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .contentType(ContentType.JSON)
        .body(Fixtures.seedResult("DITP-2566"))
        .put("/api/v1/agencies/{a}/results/2566", agency)
        .then()
        .statusCode(200);
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.RESULTS);
    given()
        .auth()
        .oauth2(TestTokens.assessor())
        .header("If-Match", Fixtures.etag(agency, 2566))
        .post("/api/v1/agencies/{a}/results/2566/publish", agency)
        .then()
        .statusCode(200);

    var event = TestTopics.awaitEvent(mark, e -> agency.equals(e.key()));
    assertThat(event.headers()).containsEntry("ce_dataschema", ResultPublishedV2.SCHEMA);
    assertThat(EventSchemas.violations("result-published.v2.schema.json", event.value())).isEmpty();
  }

  @Test
  void frameworkPublishedMatchesItsSchema() throws Exception {
    // The bundled frameworks were announced at start-up.
    var event =
        TestTopics.awaitEvent(TestTopics.beginning(Topics.FRAMEWORKS), e -> "2566".equals(e.key()));
    assertThat(event.ceType()).isEqualTo("FrameworkPublished");
    assertThat(EventSchemas.violations("framework-published.schema.json", event.value())).isEmpty();
  }

  @Test
  void agencySnapshotsMatchTheirSchema() throws Exception {
    Map<TopicPartition, Long> mark = TestTopics.endOffsets(Topics.AGENCIES);
    String agency = Fixtures.agency(Fixtures.newCode("S-AGENCY"));
    var event = TestTopics.awaitEvent(mark, e -> agency.equals(e.key()));
    assertThat(EventSchemas.violations("agency-snapshot.schema.json", event.value())).isEmpty();
  }

  @Test
  void theSchemaRejectsAnUndocumentedField() throws Exception {
    String broken =
        "{\"code\":\"X\",\"nameTh\":\"ก\",\"type\":\"DEPARTMENT\",\"typeNameTh\":\"ก\",\"typeNameEn\":\"D\",\"version\":0,\"surprise\":1}";
    assertThat(EventSchemas.violations("agency-snapshot.schema.json", broken))
        .anyMatch(m -> m.contains("surprise"));
  }
}
