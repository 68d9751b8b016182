package th.ita.platform.common.rest;

import jakarta.ws.rs.core.EntityTag;
import th.ita.platform.common.problem.ProblemException;
import th.ita.platform.common.problem.ProblemType;

/**
 * Entity versions as HTTP ETags. A client reads a resource, edits it and sends the ETag back as
 * If-Match; the service refuses the write if the resource moved on in between.
 */
public final class ETags {

  private ETags() {}

  public static EntityTag of(long version) {
    return new EntityTag(Long.toString(version));
  }

  /** The version in an If-Match header: {@code "3"}, {@code W/"3"} or a bare {@code 3}. */
  public static long version(String ifMatch) {
    String value = ifMatch.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ProblemException(ProblemType.PRECONDITION_FAILED,
          "If-Match must be an ETag this service issued, such as \"3\", not " + ifMatch);
    }
  }
}
