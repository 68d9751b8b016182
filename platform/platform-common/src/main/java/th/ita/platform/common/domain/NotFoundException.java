package th.ita.platform.common.domain;

import java.util.Map;

/** The record does not exist, or the caller may not learn that it does. */
public class NotFoundException extends DomainException {

  public NotFoundException(String detail) {
    super(detail, Map.of());
  }

  /** "{what} '{id}' does not exist", the wording every service uses. */
  public static NotFoundException of(String what, Object id) {
    return new NotFoundException(what + " '" + id + "' does not exist");
  }
}
