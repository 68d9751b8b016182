package th.ita.assessment.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.Agency;
import th.ita.assessment.domain.AgencyType;
import th.ita.assessment.domain.AssessmentResult;
import th.ita.assessment.domain.AssessmentResult.Status;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.Scorecard;
import th.ita.assessment.service.ResultScorer;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.testing.EventSchemas;

/**
 * Version 2 of {@code ResultPublished} carries the seed results in a tenth of version 1's bytes,
 * and loses nothing a consumer cannot join back from {@code FrameworkPublished}. Sizes are counted
 * as the outbox counts {@code size_bytes}: key, type, subject, data (and the data schema) in UTF-8,
 * plus the outbox's 512-byte allowance for the other CloudEvent headers.
 *
 * <p>The events of the seeds are also written to {@code target/event-fixtures}, where the
 * consumers' fixtures ({@code src/test/resources/events} of measures-service and reporting-service)
 * were taken from.
 */
class ResultPublishedV2Test {

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .findAndAddModules()
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .build();

  static final List<String> SEEDS =
      List.of("DITP-2566", "ICC-2568", "MFA-ASEAN-2567", "MU-IRD-2567", "TCEB-2564", "TCEB-2565");

  /**
   * Each seed's size as the outbox counts it ({@code size_bytes}): version 1, version 2. Seeds with
   * few scored questions and long notes in {@code source} (kept: documents show it) shrink less.
   */
  static final Map<String, List<Integer>> SIZES =
      Map.of(
          "DITP-2566", List.of(37_658, 4_758),
          "ICC-2568", List.of(3_939, 1_764),
          "MFA-ASEAN-2567", List.of(25_923, 3_194),
          "MU-IRD-2567", List.of(15_032, 3_171),
          "TCEB-2564", List.of(4_041, 1_597),
          "TCEB-2565", List.of(21_684, 4_016));

  @Test
  void theSeedsSizesAsTheOutboxCountsThem() throws IOException {
    Path out = Path.of("target/event-fixtures");
    Files.createDirectories(out);
    Map<String, List<Integer>> sizes = new LinkedHashMap<>();
    for (String seed : SEEDS) {
      Events e = events(seed);
      String v1 = JSON.writeValueAsString(e.v1);
      String v2 = JSON.writeValueAsString(e.v2);
      sizes.put(
          seed,
          List.of(
              (int) size(e.v1.agencyCode(), v1, null),
              (int) size(e.v1.agencyCode(), v2, ResultPublishedV2.SCHEMA)));
      Files.writeString(out.resolve(seed + ".v1.json"), v1);
      Files.writeString(out.resolve(seed + ".v2.json"), v2);
      Files.writeString(
          out.resolve("fy" + e.v1.fiscalYear() + ".framework.json"),
          JSON.writeValueAsString(FrameworkPublished.of(e.framework, 0)));
    }
    assertThat(sizes).isEqualTo(SIZES);
  }

  /**
   * The benchmark's national loads wrote 26,218 bytes per result (median); the same kind of result
   * now takes under a tenth of that: 25,637 bytes as version 1 (the FY2567 sub-groups' names grew
   * by 181 bytes), 2,399 as version 2.
   */
  @Test
  void aNationalImportsResultTakesUnderATenthOfItsVersion1Bytes() throws IOException {
    Events national = national();
    String v1 = JSON.writeValueAsString(national.v1);
    String v2 = JSON.writeValueAsString(national.v2);
    long before = size(national.v1.agencyCode(), v1, null);
    long after = size(national.v1.agencyCode(), v2, ResultPublishedV2.SCHEMA);
    assertThat(List.of(before, after)).containsExactly(25_637L, 2_399L);
    assertThat(after * 10).isLessThan(before);
    Files.createDirectories(Path.of("target/event-fixtures"));
    Files.writeString(Path.of("target/event-fixtures/national-2567.v1.json"), v1);
    Files.writeString(Path.of("target/event-fixtures/national-2567.v2.json"), v2);
  }

  @Test
  void version2CarriesNoLabelOrTextOfTheFramework() throws IOException {
    Events e = events("DITP-2566");
    String v2 = JSON.writeValueAsString(e.v2);
    for (FrameworkPublished.Question q : FrameworkPublished.of(e.framework, 0).questions()) {
      if (q.textTh() != null) {
        assertThat(v2).doesNotContain(q.textTh());
      }
    }
    assertThat(v2).doesNotContain("textTh", "textEn", "nameTh\"", "nameEn\"", "issues", "weight");
    JsonNode tree = JSON.readTree(v2);
    assertThat(tree.at("/questions/I1").decimalValue()).isEqualByComparingTo("81.18");
    assertThat(tree.at("/questions/E1")).isEqualTo(JSON.readTree("[79.36, 77.62, 81.10]"));
    assertThat(tree.at("/indicators/9/subGroups"))
        .isEqualTo(
            JSON.readTree(
                "{\"9.1\": 100.00, \"9.2\": 100.00, \"9.3\": 100.00, \"9.4\": 100.00, \"9.5\": 100.00}"));
    assertThat(tree.get("level").asText()).isEqualTo("NEEDS_IMPROVEMENT");
  }

  @Test
  void everySeedsEventsMatchTheirSchemas() throws IOException {
    for (String seed : SEEDS) {
      Events e = events(seed);
      assertThat(
              EventSchemas.violations(
                  "result-published.schema.json", JSON.writeValueAsString(e.v1)))
          .as(seed + " v1")
          .isEmpty();
      assertThat(
              EventSchemas.violations(
                  "result-published.v2.schema.json", JSON.writeValueAsString(e.v2)))
          .as(seed + " v2")
          .isEmpty();
      assertThat(
              EventSchemas.violations(
                  "framework-published.schema.json",
                  JSON.writeValueAsString(FrameworkPublished.of(e.framework, 3))))
          .as(seed + " framework")
          .isEmpty();
    }
    assertThat(
            EventSchemas.violations(
                "result-published.v2.schema.json", JSON.writeValueAsString(national().v2)))
        .isEmpty();
  }

  /**
   * A result as a national import loads it (the benchmark's data set): every question of FY2567,
   * the EIT ones by part, OIT met or not, with "bulk import" as its source.
   */
  static Events national() throws IOException {
    Framework framework = Framework.of(read("/frameworks/fy2567.json", FrameworkDefinition.class));
    List<ResultInput.QuestionScore> scores = new ArrayList<>();
    int n = 0;
    for (Framework.Placement p : framework.questions()) {
      n++;
      BigDecimal score = new BigDecimal(70 + (n * 37 % 29) + "." + (10 + n * 53 % 89));
      if (p.tool().hasParts()) {
        scores.add(
            new ResultInput.QuestionScore(
                p.code(),
                null,
                null,
                new ResultInput.PartScores(score, score.subtract(new BigDecimal("3.17")))));
      } else if (p.tool().code() == FrameworkDefinition.ToolCode.OIT) {
        scores.add(
            new ResultInput.QuestionScore(
                p.code(), n % 7 == 0 ? BigDecimal.ZERO : new BigDecimal("100"), null, null));
      } else {
        scores.add(new ResultInput.QuestionScore(p.code(), score, null, null));
      }
    }
    ResultInput input =
        new ResultInput(ResultInput.Round.FINAL, scores, List.of(), null, "bulk import", null);
    Agency agency = new Agency();
    agency.code = "BM-00042";
    agency.nameTh = "หน่วยงานทดสอบ 42";
    agency.type = AgencyType.DEPARTMENT;
    return events(agency, 2567, framework, input);
  }

  record Events(ResultPublished v1, ResultPublishedV2 v2, Framework framework) {}

  static Events events(String seed) throws IOException {
    String code = seed.substring(0, seed.lastIndexOf('-'));
    int year = Integer.parseInt(seed.substring(seed.lastIndexOf('-') + 1));
    Framework framework =
        Framework.of(read("/frameworks/fy" + year + ".json", FrameworkDefinition.class));
    ResultInput input = read("/demo/results/" + seed + ".json", ResultInput.class);
    JsonNode registry =
        JSON.readTree(ResultPublishedV2Test.class.getResource("/demo/agencies.json"));
    Agency agency = new Agency();
    for (JsonNode a : registry) {
      if (a.get("code").asText().equals(code)) {
        agency.code = code;
        agency.nameTh = a.get("nameTh").asText();
        agency.nameEn = a.path("nameEn").asText(null);
        agency.type = AgencyType.valueOf(a.get("type").asText());
      }
    }
    return events(agency, year, framework, input);
  }

  static Events events(Agency agency, int year, Framework framework, ResultInput input) {
    AssessmentResult result = new AssessmentResult();
    result.id = UUID.randomUUID();
    result.agencyCode = agency.code;
    result.fiscalYear = year;
    result.round = input.round();
    result.revision = 1;
    result.version = 1;
    result.status = Status.PUBLISHED;
    result.createdAt = OffsetDateTime.of(year - 543, 10, 1, 2, 0, 0, 0, ZoneOffset.UTC);
    result.createdBy = "assessor";
    result.updatedAt = OffsetDateTime.of(year - 543, 10, 2, 2, 0, 0, 0, ZoneOffset.UTC);
    result.updatedBy = "assessor";
    result.publishedAt = result.updatedAt;
    result.publishedBy = "assessor";
    Scorecard card = new ResultScorer().score(framework, input);
    ResultPublished.Target target = ResultPublished.Target.national(new BigDecimal("85.00"));
    ResultPublished.Thresholds thresholds =
        new ResultPublished.Thresholds(new BigDecimal("97.50"), new BigDecimal("95.00"));
    return new Events(
        ResultPublished.of(agency, result, input, card, target, thresholds),
        ResultPublishedV2.of(agency, result, 0, input, card, target, thresholds),
        framework);
  }

  /** What the outbox records as {@code size_bytes} for a result event of this agency. */
  static long size(String agency, String data, String dataSchema) {
    return bytes(agency) * 2
        + bytes(EventTypes.RESULT_PUBLISHED)
        + bytes(data)
        + 512
        + (dataSchema == null ? 0 : "ce_dataschema".length() + bytes(dataSchema));
  }

  private static long bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }

  static <T> T read(String resource, Class<T> type) throws IOException {
    try (InputStream in = ResultPublishedV2Test.class.getResourceAsStream(resource)) {
      return JSON.readValue(in, type);
    }
  }
}
