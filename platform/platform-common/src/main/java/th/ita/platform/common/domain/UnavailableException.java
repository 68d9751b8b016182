package th.ita.platform.common.domain;

import java.util.Map;

/**
 * Something the request needs (Kafka, say) could not be reached, or the work outlasted its limit;
 * nothing changed, and the same request may succeed later.
 */
public class UnavailableException extends DomainException {

  public UnavailableException(String detail) {
    super(detail, Map.of());
  }
}
