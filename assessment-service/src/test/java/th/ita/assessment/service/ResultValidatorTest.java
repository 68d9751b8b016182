package th.ita.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import th.ita.assessment.domain.Framework;
import th.ita.assessment.domain.FrameworkDefinition;
import th.ita.assessment.domain.FrameworkDefinition.AnswerType;
import th.ita.assessment.domain.FrameworkDefinition.PartCode;
import th.ita.assessment.domain.FrameworkDefinition.ToolCode;
import th.ita.assessment.domain.ResultInput;
import th.ita.assessment.domain.ResultInput.OfficialFigures;
import th.ita.assessment.domain.ResultInput.OfficialIndicator;
import th.ita.assessment.domain.ResultInput.QuestionScore;
import th.ita.assessment.domain.ResultInput.RespondentCount;
import th.ita.assessment.domain.ResultInput.Round;
import th.ita.platform.common.problem.FieldError;

/** Every problem of a result is found at once, against its year's framework; no Quarkus needed. */
class ResultValidatorTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ValidatorFactory VALIDATION =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private final ResultValidator validator = new ResultValidator(VALIDATION);

  @AfterAll
  static void close() {
    VALIDATION.close();
  }

  private static Framework fy2566() throws IOException {
    try (InputStream in =
        ResultValidatorTest.class.getResourceAsStream("/frameworks/fy2566.json")) {
      return Framework.of(JSON.readValue(in, FrameworkDefinition.class));
    }
  }

  /** DITP's FY2566 result as NACC published it: every question of every tool. */
  private static ResultInput ditp2566() throws IOException {
    try (InputStream in =
        ResultValidatorTest.class.getResourceAsStream("/demo/results/DITP-2566.json")) {
      return JSON.readValue(in, ResultInput.class);
    }
  }

  private static ResultInput withQuestions(ResultInput in, List<QuestionScore> questions) {
    return new ResultInput(
        in.round(), questions, in.respondents(), in.official(), in.source(), in.correctionReason());
  }

  private static List<String> fields(List<FieldError> errors) {
    return errors.stream().map(FieldError::field).toList();
  }

  @Test
  void aCompleteResultIsValid() throws IOException {
    assertThat(validator.validate(fy2566(), ditp2566())).isEmpty();
  }

  @Test
  void onlyOfficialFiguresAreValidWithoutAnyQuestion() throws IOException {
    ResultInput input =
        new ResultInput(
            Round.FINAL,
            List.of(),
            List.of(),
            new OfficialFigures(
                new BigDecimal("82.06"),
                List.of(),
                List.of(new OfficialIndicator(1, new BigDecimal("91")))),
            null,
            null);
    assertThat(validator.validate(fy2566(), input)).isEmpty();
  }

  @Test
  void aToolThatIsGivenMustHaveAllItsQuestions() throws IOException {
    ResultInput full = ditp2566();
    List<QuestionScore> questions = new ArrayList<>(full.questions());
    QuestionScore removed = questions.remove(0);

    List<FieldError> errors = validator.validate(fy2566(), withQuestions(full, questions));

    assertThat(errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.field()).isEqualTo("questions");
              assertThat(e.message())
                  .startsWith("question " + removed.code() + " of ")
                  .endsWith(" is missing; a tool that is given must have all of its questions");
            });
  }

  @Test
  void unknownTwiceAndMalformedQuestionsAreAllReportedSortedByField() throws IOException {
    ResultInput full = ditp2566();
    List<QuestionScore> questions = new ArrayList<>(full.questions());
    QuestionScore first = questions.get(0);
    questions.add(new QuestionScore("Z99", new BigDecimal("50"), null, null));
    questions.add(new QuestionScore(first.code(), first.score(), first.subItems(), first.parts()));
    questions.set(1, new QuestionScore(questions.get(1).code(), new BigDecimal("101"), null, null));
    int unknown = questions.size() - 2;
    int twice = questions.size() - 1;

    List<FieldError> errors = validator.validate(fy2566(), withQuestions(full, questions));

    assertThat(fields(errors))
        .containsExactly(
            "questions[1].score",
            "questions[" + unknown + "].code",
            "questions[" + twice + "].code");
    assertThat(errors.get(0).message())
        .isEqualTo("must be between 0 and 100, with at most 6 decimals");
    assertThat(errors.get(1).message())
        .isEqualTo("unknown question code 'Z99' in the FY2566 framework");
    assertThat(errors.get(2).message()).isEqualTo("question '" + first.code() + "' is given twice");
  }

  /**
   * A yes/no OIT item is checked once, 0 or 100; a yes/no survey question (seed 004's I4, ไม่มี -
   * 99.08) scores the share of respondents who gave the credited answer.
   */
  @Test
  void onlyAYesNoOitItemIsZeroOrHundred() throws IOException {
    Framework fy2566 = fy2566();
    assertThat(fy2566.find("I4").orElseThrow().question().answerType())
        .isEqualTo(AnswerType.YES_NO);
    ResultInput full = ditp2566();
    List<QuestionScore> questions = new ArrayList<>(full.questions());
    int i4 = indexOf(questions, "I4");
    int o1 = indexOf(questions, "O1");
    questions.set(i4, new QuestionScore("I4", new BigDecimal("99.08"), null, null));
    questions.set(o1, new QuestionScore("O1", new BigDecimal("50"), null, null));

    List<FieldError> errors = validator.validate(fy2566, withQuestions(full, questions));

    assertThat(errors)
        .containsExactly(
            new FieldError(
                "questions[" + o1 + "].score",
                "'O1' is a yes/no item: its score is 0 or 100",
                new BigDecimal("50")));
  }

  private static int indexOf(List<QuestionScore> questions, String code) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException(code);
  }

  /** Sub-items may come with the question's published score (seed 002's E6: 88.33). */
  @Test
  void aPublishedScoreMayComeWithItsSubItemsButNotWithParts() throws IOException {
    ResultInput full = ditp2566();
    List<QuestionScore> questions = new ArrayList<>(full.questions());
    int i1 = indexOf(questions, "I1");
    questions.set(
        i1,
        new QuestionScore(
            "I1",
            new BigDecimal("81.18"),
            List.of(new BigDecimal("81.17"), new BigDecimal("81.19")),
            null));
    assertThat(validator.validate(fy2566(), withQuestions(full, questions))).isEmpty();

    int e1 = indexOf(questions, "E1");
    QuestionScore given = questions.get(e1);
    questions.set(e1, new QuestionScore("E1", new BigDecimal("79.36"), null, given.parts()));
    assertThat(validator.validate(fy2566(), withQuestions(full, questions)))
        .containsExactly(
            new FieldError(
                "questions[" + e1 + "]", "give exactly one of score, subItems or parts"));
  }

  @Test
  void aQuestionGivesExactlyOneOfScoreSubItemsOrParts() throws IOException {
    ResultInput full = ditp2566();
    List<QuestionScore> questions = new ArrayList<>(full.questions());
    QuestionScore q = questions.get(0);
    questions.set(0, new QuestionScore(q.code(), null, null, null));

    assertThat(validator.validate(fy2566(), withQuestions(full, questions)))
        .containsExactly(
            new FieldError("questions[0]", "give exactly one of score, subItems or parts"));
  }

  @Test
  void officialFiguresAndRespondentsMustExistInTheFramework() throws IOException {
    ResultInput input =
        new ResultInput(
            Round.FINAL,
            List.of(),
            List.of(new RespondentCount(ToolCode.IIT, PartCode.PUBLIC, 10)),
            new OfficialFigures(
                null, List.of(), List.of(new OfficialIndicator(42, new BigDecimal("90")))),
            null,
            null);

    List<FieldError> errors = validator.validate(fy2566(), input);

    assertThat(fields(errors))
        .containsExactly("official.indicators[0].number", "respondents[0].part");
    assertThat(errors.get(0).message()).isEqualTo("indicator 42 is not in the FY2566 framework");
    assertThat(errors.get(1).message()).isEqualTo("IIT has no part PUBLIC");
  }
}
