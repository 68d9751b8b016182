package th.ita.platform.common.problem;

import java.net.URI;

/**
 * The kinds of problem the platform answers with. The URIs are relative references (RFC 9457 allows
 * them) documented in the README, so they stay stable whatever host serves the API.
 */
public enum ProblemType {
  VALIDATION(400, "Validation failed"),
  MALFORMED_REQUEST(400, "Malformed request"),
  UNAUTHENTICATED(401, "Authentication required"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  TOO_LARGE(413, "Content too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  SERVICE_UNAVAILABLE(503, "Service unavailable"),
  INTERNAL(500, "Internal error");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public URI uri() {
    return URI.create("/problems/" + name().toLowerCase().replace('_', '-'));
  }

  /** The generic kind for a status; 400 without field details means the body was unreadable. */
  public static ProblemType forStatus(int status) {
    if (status == 400) {
      return MALFORMED_REQUEST;
    }
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
  }
}
