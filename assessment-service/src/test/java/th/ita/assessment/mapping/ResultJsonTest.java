package th.ita.assessment.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.domain.Standing;
import th.ita.assessment.mapping.ResultJson.Rendered;
import th.ita.assessment.mapping.ResultJson.Representation;
import th.ita.assessment.rest.view.ResultView;
import th.ita.assessment.service.ResultScorer;

/**
 * A stored view completed with ranks is byte for byte the view written whole with them, wherever
 * the JSON mapper puts the ranks: among the properties in alphabetical order (as the platform's
 * mapper writes them) or last, in the order of declaration.
 */
class ResultJsonTest {

  private static ObjectMapper mapper(boolean alphabetical) {
    return JsonMapper.builder()
        .findAndAddModules()
        .serializationInclusion(JsonInclude.Include.NON_NULL)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, alphabetical)
        .build();
  }

  private static <T> T read(ObjectMapper json, String resource, Class<T> type) throws IOException {
    try (InputStream in = ResultJsonTest.class.getResourceAsStream(resource)) {
      return json.readValue(in, type);
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theRanksAreWrittenWhereTheMapperWritesThem(boolean alphabetical) throws IOException {
    ObjectMapper json = mapper(alphabetical);
    Framework framework =
        Framework.of(read(json, "/frameworks/fy2566.json", FrameworkDefinition.class));
    ResultInput input = read(json, "/demo/results/DITP-2566.json", ResultInput.class);
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
    result.revision = 1;
    result.version = 2;
    result.status = Status.PUBLISHED;
    result.created("assessor", Clock.systemUTC());
    result.publishedAt = OffsetDateTime.of(2023, 10, 2, 2, 0, 0, 0, ZoneOffset.UTC);
    result.publishedBy = "assessor";
    Scorecard card = new ResultScorer().score(framework, input);
    ResultMapper views = new ResultMapper();
    ResultJson rendering = new ResultJson(views, json);
    ResultView view = views.toView(agency, result, input, card);
    Standing standing = new Standing(145, 159, 11, 12, null, null, new BigDecimal("38.46"));

    Rendered rendered = rendering.render(agency, result, input, card);
    assertThat(rendered.view()).isEqualTo(json.writeValueAsBytes(view));

    String etag = ResultJson.etag(result.version, rendered.view());
    Representation shown = rendering.withRanks(rendered.view(), rendered.ranksAt(), etag, standing);
    assertThat(new String(shown.body(), StandardCharsets.UTF_8))
        .isEqualTo(json.writeValueAsString(view.withRanks(BenchmarkMapper.toRanks(standing))));
    assertThat(shown.etag()).startsWith(etag + "-").hasSize(etag.length() + 17);

    Representation moved =
        rendering.withRanks(
            rendered.view(),
            rendered.ranksAt(),
            etag,
            new Standing(146, 160, 11, 12, null, null, new BigDecimal("38.36")));
    assertThat(moved.etag()).isNotEqualTo(shown.etag()).startsWith(etag + "-");

    Representation unranked = rendering.withRanks(rendered.view(), rendered.ranksAt(), etag, null);
    assertThat(unranked.body()).isEqualTo(rendered.view());
    assertThat(unranked.etag()).isEqualTo(etag);
  }
}
