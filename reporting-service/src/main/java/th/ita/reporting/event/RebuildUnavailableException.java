package th.ita.reporting.event;

/**
 * A rebuild could not finish because Kafka could not be read or the replay outlasted
 * {@code ita.projections.rebuild-timeout}; the read model is unchanged and the caller may try again
 * later (the REST layer answers 503).
 */
public class RebuildUnavailableException extends RuntimeException {

  public RebuildUnavailableException(String detail) {
    super(detail);
  }
}
