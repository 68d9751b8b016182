package th.ita.platform.common.domain;

import java.util.List;
import java.util.Map;
import th.ita.platform.common.problem.FieldError;

/** One or more fields of the input break a rule the domain checks itself. */
public class InvalidInputException extends DomainException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(
        errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid",
        Map.of());
    this.errors = List.copyOf(errors);
  }

  /** A whole-request problem that no single field owns. */
  public InvalidInputException(String detail) {
    super(detail, Map.of());
    this.errors = List.of();
  }

  public static InvalidInputException field(String field, String message) {
    return new InvalidInputException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
