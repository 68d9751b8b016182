package th.ita.reporting.job;

/**
 * Bearer tokens with which reporting-service calls measures-service: role {@code viewer}, audience
 * {@code measures-service}. A viewer reads published plans, so thumbnails exist for the evidence of
 * published plans only.
 */
public interface MeasuresTokens {

  /** A token valid for at least the next few seconds. */
  String token();

  /** Forgets a cached token measures-service refused, so the next call gets a new one. */
  default void forget() {}
}
