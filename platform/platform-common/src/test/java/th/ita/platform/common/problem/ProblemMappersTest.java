package th.ita.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The problems the mappers answer with, built from the exceptions Hibernate Validator and Jackson
 * really throw, so the field names a client reads are the ones it sent.
 */
class ProblemMappersTest {

  enum Round {
    DRAFT,
    FINAL
  }

  record Question(@NotBlank String code, @Min(0) int score) {}

  record Body(@NotBlank String name, List<@Valid Question> questions, Round round, Integer year) {}

  /** Stands for a resource method: a query parameter and a request body. */
  static class Resource {
    public void create(@NotNull @Min(2500) Integer fiscalYear, @Valid @NotNull Body body) {}
  }

  private static ValidatorFactory factory;
  private static Validator validator;
  private final ProblemMappers mappers = new ProblemMappers();
  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @BeforeAll
  static void validator() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  private static Set<ConstraintViolation<Resource>> parameterViolations(
      Integer fiscalYear, Body body) throws NoSuchMethodException {
    Method create = Resource.class.getMethod("create", Integer.class, Body.class);
    return validator
        .forExecutables()
        .validateParameters(new Resource(), create, new Object[] {fiscalYear, body});
  }

  private static ConstraintViolation<Resource> only(Set<ConstraintViolation<Resource>> violations) {
    assertThat(violations).hasSize(1);
    return violations.iterator().next();
  }

  @Test
  void aBodyFieldIsNamedByItsJsonPathWithoutTheMethodAndParameter() throws Exception {
    Body body =
        new Body(
            "ok",
            List.of(new Question("Q1", 1), new Question("Q2", 2), new Question(" ", 3)),
            null,
            null);

    ConstraintViolation<Resource> v = only(parameterViolations(2568, body));

    assertThat(v.getPropertyPath().toString()).isEqualTo("create.body.questions[2].code");
    assertThat(ProblemMappers.fieldOf(v.getPropertyPath())).isEqualTo("questions[2].code");
  }

  @Test
  void aQueryParameterIsNamedByItself() throws Exception {
    ConstraintViolation<Resource> v =
        only(parameterViolations(2400, new Body("ok", List.of(), null, null)));

    assertThat(ProblemMappers.fieldOf(v.getPropertyPath())).isEqualTo("fiscalYear");
  }

  @Test
  void aWholeBodyThatIsMissingIsNamedByItsParameter() throws Exception {
    ConstraintViolation<Resource> v = only(parameterViolations(2568, null));

    assertThat(ProblemMappers.fieldOf(v.getPropertyPath())).isEqualTo("body");
  }

  @Test
  void aBeanValidatedOnItsOwnKeepsItsPropertyPath() {
    Set<ConstraintViolation<Body>> violations =
        validator.validate(new Body("", List.of(), null, null));

    assertThat(violations).hasSize(1);
    assertThat(ProblemMappers.fieldOf(violations.iterator().next().getPropertyPath()))
        .isEqualTo("name");
  }

  @Test
  void violationsBecomeOneValidationProblemSortedByFieldWithTheRejectedScalars() throws Exception {
    Body body = new Body(" ", List.of(new Question("Q1", -4)), null, null);
    Set<ConstraintViolation<Resource>> violations = parameterViolations(2400, body);

    Problem problem =
        problemOf(mappers.constraintViolation(new ConstraintViolationException(violations), null));

    assertThat(problem.type()).isEqualTo(URI.create("/problems/validation"));
    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.detail()).isEqualTo("3 fields are invalid");
    assertThat(problem.errors())
        .containsExactly(
            new FieldError("fiscalYear", "must be greater than or equal to 2500", 2400),
            new FieldError("name", "must not be blank", " "),
            new FieldError("questions[0].score", "must be greater than or equal to 0", -4));
  }

  @Test
  void anUnknownPropertyIsNamedByItsJsonPath() {
    UnrecognizedPropertyException e =
        catchThrowableOfType(
            UnrecognizedPropertyException.class,
            () ->
                json.readValue(
                    "{\"name\":\"x\",\"questions\":[{\"code\":\"Q1\",\"colour\":\"red\"}]}",
                    Body.class));

    Problem problem = problemOf(mappers.unrecognizedProperty(e, null));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.errors())
        .containsExactly(new FieldError("questions[0].colour", "is not a known property"));
  }

  @Test
  void aValueOfTheWrongFormatSaysWhatIsExpectedAndEchoesTheValue() {
    InvalidFormatException e =
        catchThrowableOfType(
            InvalidFormatException.class,
            () -> json.readValue("{\"name\":\"x\",\"round\":\"PRELIMINARY\"}", Body.class));

    Problem problem = problemOf(mappers.invalidFormat(e, null));

    assertThat(problem.errors())
        .containsExactly(new FieldError("round", "must be one of DRAFT, FINAL", "PRELIMINARY"));
  }

  @Test
  void aValueOfTheWrongShapeSaysWhatIsExpected() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> json.readValue("{\"name\":\"x\",\"questions\":{\"code\":\"Q1\"}}", Body.class));

    Problem problem = problemOf(mappers.mismatchedInput(e, null));

    assertThat(problem.errors()).containsExactly(new FieldError("questions", "must be an array"));
  }

  @Test
  void aNumberBeyondItsFieldNamesTheRange() {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class,
            () -> json.readValue("{\"name\":\"x\",\"year\":9223372036854775807}", Body.class));

    Problem problem = problemOf(mappers.malformedJson(e, null));

    assertThat(problem.errors())
        .containsExactly(
            new FieldError("year", "must be between -2147483648 and 2147483647", null));
  }

  @Test
  void bodyThatIsNotJsonSaysWhere() {
    JsonProcessingException e =
        catchThrowableOfType(
            JsonProcessingException.class, () -> json.readValue("{\"name\": nope}", Body.class));

    Problem problem = problemOf(mappers.malformedJson(e, null));

    assertThat(problem.type()).isEqualTo(URI.create("/problems/malformed-request"));
    assertThat(problem.title()).isEqualTo("Malformed request");
    assertThat(problem.detail())
        .isEqualTo("The request body is not valid JSON at line 1, column 10");
    assertThat(problem.errors()).isEmpty();
  }

  @Test
  void theGenericKindOfAStatus() {
    assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.MALFORMED_REQUEST);
    assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
    assertThat(ProblemType.forStatus(406)).isEqualTo(ProblemType.NOT_ACCEPTABLE);
    assertThat(ProblemType.forStatus(415)).isEqualTo(ProblemType.UNSUPPORTED_MEDIA_TYPE);
    assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.MALFORMED_REQUEST);
    assertThat(ProblemType.forStatus(503)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
    assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
  }

  @Test
  void aKindIsNamedByItsRelativeUri() {
    assertThat(ProblemType.PRECONDITION_REQUIRED.uri())
        .isEqualTo(URI.create("/problems/precondition-required"));
    assertThat(ProblemType.TOO_MANY_REQUESTS.status()).isEqualTo(429);
  }

  @Test
  void theProblemIsAnsweredAsProblemJsonWithTheRequestPath() {
    Response response =
        ProblemMappers.respond(
            new Problem(
                ProblemType.CONFLICT.uri(), "Conflict", 409, "taken", null, List.of(), Map.of()),
            null);

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
    assertThat(((Problem) response.getEntity()).instance()).isNull();
  }

  private static Problem problemOf(Response response) {
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    return (Problem) response.getEntity();
  }
}
