package th.ita.platform.common.domain;

import java.util.Map;

/**
 * A rule of the domain that a request broke: an unknown record, a change the record's state does
 * not allow, invalid input, a stale version or an agency the caller may not touch. Services and
 * domain classes throw these without knowing HTTP; one mapper ({@code DomainProblems}) turns each
 * kind into its problem+json answer. Nothing is written, because it is thrown before, or rolls
 * back, the transaction.
 */
public abstract class DomainException extends RuntimeException {

  private final transient Map<String, Object> context;

  protected DomainException(String detail, Map<String, Object> context) {
    super(detail);
    this.context = Map.copyOf(context);
  }

  /** Machine-readable facts for the answer's {@code context}, e.g. the current state. */
  public Map<String, Object> context() {
    return context;
  }
}
