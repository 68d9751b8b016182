package th.ita.platform.common.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by services for a client mistake they detect themselves (an unknown agency, an illegal
 * transition, a duplicate code). The mapper turns it into problem+json; nothing is written because
 * it is thrown before, or rolls back, the transaction.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of(), Map.of());
  }

  public ProblemException(
      ProblemType type, String detail, List<FieldError> errors, Map<String, Object> context) {
    super(detail);
    this.problem =
        new Problem(type.uri(), type.title(), type.status(), detail, null, errors, context);
  }

  public static ProblemException notFound(String what, Object id) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " '" + id + "' does not exist");
  }

  public static ProblemException validation(List<FieldError> errors) {
    return new ProblemException(
        ProblemType.VALIDATION,
        errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
        errors,
        Map.of());
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  public Problem problem() {
    return problem;
  }
}
