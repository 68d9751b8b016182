package th.ita.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.DomainException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.domain.UnavailableException;

class DomainProblemsTest {

  @Test
  void notFoundIs404WithTheUsualWording() {
    Problem problem = DomainProblems.toProblem(NotFoundException.of("Agency", "XYZ"));

    assertThat(problem.type()).isEqualTo(URI.create("/problems/not-found"));
    assertThat(problem.status()).isEqualTo(404);
    assertThat(problem.detail()).isEqualTo("Agency 'XYZ' does not exist");
  }

  @Test
  void conflictKeepsItsContext() {
    Problem problem =
        DomainProblems.toProblem(
            new ConflictException("The plan is published", Map.of("status", "PUBLISHED")));

    assertThat(problem.status()).isEqualTo(409);
    assertThat(problem.title()).isEqualTo("Conflict");
    assertThat(problem.context()).containsExactly(Map.entry("status", "PUBLISHED"));
  }

  @Test
  void invalidInputNamesEachField() {
    Problem problem =
        DomainProblems.toProblem(
            new InvalidInputException(
                List.of(
                    new FieldError("target", "must be between 0 and 100"),
                    new FieldError("tiers", "must rise"))));

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.type()).isEqualTo(URI.create("/problems/validation"));
    assertThat(problem.detail()).isEqualTo("2 fields are invalid");
    assertThat(problem.errors()).extracting(FieldError::field).containsExactly("target", "tiers");
  }

  @Test
  void accessDeniedIs403() {
    assertThat(DomainProblems.toProblem(new AccessDeniedException("not yours")).status())
        .isEqualTo(403);
  }

  @Test
  void unavailableIs503() {
    Problem problem = DomainProblems.toProblem(new UnavailableException("Kafka could not be read"));

    assertThat(problem.status()).isEqualTo(503);
    assertThat(problem.type()).isEqualTo(URI.create("/problems/service-unavailable"));
    assertThat(problem.detail()).isEqualTo("Kafka could not be read");
  }

  @Test
  void anUnknownKindIsAProgrammingError() {
    DomainException unknown = new DomainException("?", Map.of()) {};

    assertThatThrownBy(() -> DomainProblems.toProblem(unknown))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
