package th.ita.reporting.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import th.ita.reporting.service.ResultData;

/**
 * A version 2 result joined to its framework is the version 1 result, field for field, less the
 * stamps version 2 left out (created and updated, which no document reads). The fixtures in {@code
 * src/test/resources/events} are assessment-service's own events of the seeds (written by its
 * {@code ResultPublishedV2Test}), and one result of a national import.
 */
class ResultJoinTest {

  private static final SnapshotJson JSON =
      new SnapshotJson(JsonMapper.builder().findAndAddModules().build());

  static final List<String> RESULTS =
      List.of(
          "DITP-2566",
          "ICC-2568",
          "MFA-ASEAN-2567",
          "MU-IRD-2567",
          "TCEB-2564",
          "TCEB-2565",
          "national-2567");

  static JsonNode read(String resource) {
    try (InputStream in = ResultJoinTest.class.getResourceAsStream("/events/" + resource)) {
      return JSON.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Version 2 of the result less what version 1 never carried (NACC's announced standing, in {@code
   * official.standing}), so that the two can be compared.
   */
  static JsonNode version2AsVersion1Had(String result) {
    ObjectNode v2 = (ObjectNode) read(result + ".v2.json");
    if (v2.get("official") instanceof ObjectNode official) {
      official.remove("standing");
    }
    return v2;
  }

  static JsonNode framework(String result) {
    return read("fy" + result.substring(result.length() - 4) + ".framework.json");
  }

  @Test
  void eachResultJoinedIsItsVersion1LessTheStamps() {
    for (String result : RESULTS) {
      ObjectNode v1 = (ObjectNode) read(result + ".v1.json");
      v1.remove(List.of("createdAt", "createdBy", "updatedAt", "updatedBy"));

      ObjectNode joined =
          withoutAnswerTypes(ResultJoin.join(version2AsVersion1Had(result), framework(result)));

      assertThat(joined).as(result).isEqualTo(v1);
    }
  }

  @Test
  void documentsReadTheSameResultFromEither() {
    for (String result : RESULTS) {
      ResultData v1 = JSON.read(read(result + ".v1.json").toString(), ResultData.class);
      ResultData v2 =
          JSON.read(
              JSON.write(
                  withoutAnswerTypes(
                      ResultJoin.join(version2AsVersion1Had(result), framework(result)))),
              ResultData.class);
      assertThat(v2).as(result).isEqualTo(v1);
    }
  }

  /**
   * The joined result less what frameworks announce and version 1 never carried: the level bands,
   * and each question's answer type and credited answer.
   */
  static ObjectNode withoutAnswerTypes(ObjectNode joined) {
    joined.remove("levelBands");
    for (JsonNode q : joined.get("questions")) {
      ((ObjectNode) q).remove(List.of("answerType", "creditedAnswer"));
    }
    return joined;
  }

  /** Seed 004 prints the answer before the score of its yes/no survey questions. */
  @Test
  void theYesNoQuestionsComeWithTheirCreditedAnswer() {
    ResultData joined =
        JSON.read(
            JSON.write(ResultJoin.join(read("DITP-2566.v2.json"), framework("DITP-2566"))),
            ResultData.class);

    assertThat(
            joined.questions().stream()
                .filter(q -> q.printedAnswer() != null)
                .map(q -> q.code() + " " + q.printedAnswer())
                .toList())
        .containsExactly("I4 NO", "I5 NO", "I6 NO", "E4 NO", "E8 YES", "E10 YES", "E13 YES");
    ResultData.Question i1 = joined.questions().get(0);
    assertThat(List.of(i1.code(), i1.answerType())).containsExactly("I1", "RATING");
    ResultData.Question o1 = joined.questions().get(45);
    assertThat(List.of(o1.code(), o1.answerType())).containsExactly("O1", "YES_NO");
    assertThat(o1.printedAnswer()).isNull();
  }

  /** Seed 002 prints a grade beside each question's score: the framework's bands give it. */
  @Test
  void theFrameworksLevelBandsGradeEveryScore() {
    ResultData joined =
        JSON.read(
            JSON.write(ResultJoin.join(read("TCEB-2565.v2.json"), framework("TCEB-2565"))),
            ResultData.class);

    assertThat(joined.levelBands())
        .extracting(ResultData.LevelBand::code)
        .containsExactly("AA", "A", "B", "C", "D", "E", "F");
    assertThat(
            Stream.of("100.00", "95.00", "94.99", "88.33", "50.00", "49.99", "0")
                .map(
                    s ->
                        joined
                            .gradeOf(new BigDecimal(s))
                            .map(ResultData.LevelBand::code)
                            .orElse(null))
                .toList())
        .containsExactly("AA", "AA", "A", "A", "E", "F", "F");
    assertThat(joined.gradeOf(null)).isEmpty();
  }

  /**
   * FY2568's top levels ask every tool for a minimum: they grade a whole result, so one score of
   * 96.00 is ผ่าน, the highest level a single score can reach.
   */
  @Test
  void levelsThatAskEveryToolForAMinimumGradeNoSingleScore() {
    ResultData joined =
        JSON.read(
            JSON.write(ResultJoin.join(read("ICC-2568.v2.json"), framework("ICC-2568"))),
            ResultData.class);

    assertThat(joined.levelBands())
        .extracting(ResultData.LevelBand::code)
        .containsExactly("EXCELLENT", "GOOD", "PASS", "NEEDS_IMPROVEMENT", "URGENT_IMPROVEMENT");
    assertThat(
            Stream.of("96.00", "85.00", "84.99", "69.99")
                .map(s -> joined.gradeOf(new BigDecimal(s)).map(b -> b.nameTh()).orElse(null))
                .toList())
        .containsExactly("ผ่าน", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน");
  }

  @Test
  void theSeedsFiguresComeBackWithTheirLabels() throws Exception {
    ObjectNode joined = ResultJoin.join(read("DITP-2566.v2.json"), framework("DITP-2566"));

    assertThat(joined.at("/overall/level/nameTh").asText()).isEqualTo("ต้องปรับปรุง");
    assertThat(joined.at("/overall/official").decimalValue()).isEqualByComparingTo("82.06");
    assertThat(joined.at("/indicators/0/nameTh").asText()).isEqualTo("การปฏิบัติหน้าที่");
    assertThat(joined.at("/tools/1/parts/0/computed").decimalValue()).isEqualByComparingTo("79.26");
    assertThat(joined.get("questions").size()).isEqualTo(88);
    assertThat(JSON.write(joined)).contains("\"code\":\"O1\"", "\"score\":100.00");
    assertThat(joined.at("/questions/30/code").asText()).isEqualTo("E1");
    assertThat(joined.at("/questions/30/parts"))
        .isEqualTo(JSON.tree("{\"PUBLIC\": 77.62, \"SURVEY\": 81.10}"));
  }

  @Test
  void naccsAnnouncedStandingIsKeptBesideTheFigures() throws Exception {
    ObjectNode v2 = (ObjectNode) read("DITP-2566.v2.json");
    ((ObjectNode) v2.get("official"))
        .set(
            "standing",
            JSON.tree(
                "{\"nationalAverage\": 90.19, \"typeRank\": 145, \"typeCount\": 159,"
                    + " \"ministryRank\": 11, \"ministryCount\": 12}"));

    ResultData joined =
        JSON.read(JSON.write(ResultJoin.join(v2, framework("DITP-2566"))), ResultData.class);

    assertThat(joined.officialStanding())
        .isEqualTo(new ResultData.Standing(new BigDecimal("90.19"), 145, 159, 11, 12));
  }
}
