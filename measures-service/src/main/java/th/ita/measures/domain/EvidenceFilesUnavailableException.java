package th.ita.measures.domain;

import th.ita.platform.common.domain.UnavailableException;

/**
 * The store that keeps evidence files' bytes cannot be reached or refused the request: a 503 with
 * {@code Retry-After}. The request's transaction rolls back with it, so nothing of it is kept.
 */
public class EvidenceFilesUnavailableException extends UnavailableException {

  /** What {@code Retry-After} advises, in seconds: as long as for the database. */
  public static final int RETRY_AFTER_SECONDS = 5;

  public EvidenceFilesUnavailableException(String detail) {
    super(detail);
  }
}
