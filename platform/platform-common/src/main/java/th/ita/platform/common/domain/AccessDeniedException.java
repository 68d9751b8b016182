package th.ita.platform.common.domain;

import java.util.Map;

/** The caller is known but may not do this (e.g. change another agency's plan). */
public class AccessDeniedException extends DomainException {

  public AccessDeniedException(String detail) {
    super(detail, Map.of());
  }
}
