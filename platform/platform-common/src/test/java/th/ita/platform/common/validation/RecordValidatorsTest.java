package th.ita.platform.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordValidatorsTest {

  record Question(@NotBlank String code) {}

  record Answers(@NotNull String round, List<@Valid @NotNull Question> questions) {}

  /**
   * A factory whose own resolver, like JPA's for an attribute not loaded, lets validation reach
   * nothing: what the record validator finds, it finds by its own traversal.
   */
  private final ValidatorFactory factory =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .traversableResolver(
              new TraversableResolver() {
                @Override
                public boolean isReachable(
                    Object o, Path.Node p, Class<?> root, Path path, ElementType type) {
                  return false;
                }

                @Override
                public boolean isCascadable(
                    Object o, Path.Node p, Class<?> root, Path path, ElementType type) {
                  return false;
                }
              })
          .buildValidatorFactory();

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void reachesEveryPropertyWithTheFactorysConstraintsAndMessages() {
    Answers answers = new Answers(null, List.of(new Question("i1"), new Question(" ")));

    Set<ConstraintViolation<Answers>> violations = RecordValidators.of(factory).validate(answers);

    assertThat(violations)
        .extracting(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage)
        .containsExactlyInAnyOrder(
            tuple("round", "must not be null"), tuple("questions[1].code", "must not be blank"));
    assertThat(factory.getValidator().validate(answers)).isEmpty();
  }

  @Test
  void aValidRecordHasNoViolations() {
    assertThat(
            RecordValidators.of(factory)
                .validate(new Answers("FINAL", List.of(new Question("i1")))))
        .isEmpty();
  }
}
