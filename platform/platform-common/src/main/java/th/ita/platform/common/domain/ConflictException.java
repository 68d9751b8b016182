package th.ita.platform.common.domain;

import java.util.Map;

/** The change is well-formed but the record's current state does not allow it. */
public class ConflictException extends DomainException {

  public ConflictException(String detail) {
    super(detail, Map.of());
  }

  public ConflictException(String detail, Map<String, Object> context) {
    super(detail, context);
  }
}
