package th.ita.assessment.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.mapping.ResultMapper;
import th.ita.assessment.service.ResultScorer;

/**
 * The event has its own class, but consumers see the same data as always: the JSON of the scored
 * result as the API shows it, without ranks. Serialised as the platform does (nulls left out).
 */
class ResultPublishedTest {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  private static <T> T read(String resource, Class<T> type) throws IOException {
    try (InputStream in = ResultPublishedTest.class.getResourceAsStream(resource)) {
      return JSON.readValue(in, type);
    }
  }

  @Test
  void theEventCarriesExactlyTheResultsJson() throws IOException {
    Framework framework = Framework.of(read("/frameworks/fy2566.json", FrameworkDefinition.class));
    ResultInput input = read("/demo/results/DITP-2566.json", ResultInput.class);
    Agency agency = new Agency();
    agency.code = "DITP";
    agency.nameTh = "กรมส่งเสริมการค้าระหว่างประเทศ";
    agency.nameEn = "Department of International Trade Promotion";
    agency.type = AgencyType.DEPARTMENT;
    AssessmentResult result = new AssessmentResult();
    result.id = UUID.randomUUID();
    result.agencyCode = agency.code;
    result.fiscalYear = 2566;
    result.round = Round.FINAL;
    result.revision = 2;
    result.version = 3;
    result.status = Status.PUBLISHED;
    result.correctionReason = "NACC re-scored i1";
    result.created("assessor", Clock.systemUTC());
    result.publishedAt = OffsetDateTime.of(2023, 10, 2, 2, 0, 0, 0, ZoneOffset.UTC);
    result.publishedBy = "assessor";
    Scorecard card = new ResultScorer().score(framework, input);

    String event =
        JSON.writeValueAsString(
            ResultPublished.of(
                agency,
                result,
                input,
                card,
                ResultPublished.Target.own(new BigDecimal("95.00")),
                new ResultPublished.Thresholds(new BigDecimal("97.50"), new BigDecimal("95.00"))));
    // Version 1 is frozen: what the view gained since (NACC's standing) is version 2's only.
    String view =
        JSON.writeValueAsString(new ResultMapper().toView(agency, result, input, card))
            .replaceFirst(",\"officialStanding\":\\{[^}]*\\}", "");

    // The result as the API shows it, then what the agency's documents measure it against.
    ObjectNode tree = (ObjectNode) JSON.readTree(event);
    assertThat(tree.remove("target"))
        .isEqualTo(JSON.readTree("{\"score\": 95.00, \"source\": \"AGENCY\"}"));
    assertThat(tree.remove("thresholds"))
        .isEqualTo(JSON.readTree("{\"keepAbove\": 97.50, \"urgentBelow\": 95.00}"));
    assertThat(tree).isEqualTo(JSON.readTree(view));
    assertThat(event)
        .isEqualTo(
            view.substring(0, view.length() - 1)
                + ",\"target\":{\"score\":95.00,\"source\":\"AGENCY\"}"
                + ",\"thresholds\":{\"keepAbove\":97.50,\"urgentBelow\":95.00}}");
  }
}
