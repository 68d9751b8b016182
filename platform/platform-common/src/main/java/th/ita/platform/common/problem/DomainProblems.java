package th.ita.platform.common.problem;

import java.util.List;
import th.ita.platform.common.domain.AccessDeniedException;
import th.ita.platform.common.domain.ConflictException;
import th.ita.platform.common.domain.DomainException;
import th.ita.platform.common.domain.InvalidInputException;
import th.ita.platform.common.domain.NotFoundException;
import th.ita.platform.common.domain.UnavailableException;

/** The one translation of the domain's exceptions into problem+json bodies. */
public final class DomainProblems {

  private DomainProblems() {}

  public static Problem toProblem(DomainException e) {
    ProblemType type = typeOf(e);
    List<FieldError> errors =
        e instanceof InvalidInputException invalid ? invalid.errors() : List.of();
    return new Problem(
        type.uri(), type.title(), type.status(), e.getMessage(), null, errors, e.context());
  }

  static ProblemType typeOf(DomainException e) {
    if (e instanceof NotFoundException) {
      return ProblemType.NOT_FOUND;
    }
    if (e instanceof ConflictException) {
      return ProblemType.CONFLICT;
    }
    if (e instanceof InvalidInputException) {
      return ProblemType.VALIDATION;
    }
    if (e instanceof AccessDeniedException) {
      return ProblemType.FORBIDDEN;
    }
    if (e instanceof UnavailableException) {
      return ProblemType.SERVICE_UNAVAILABLE;
    }
    throw new IllegalArgumentException("No problem type for " + e.getClass().getName());
  }
}
