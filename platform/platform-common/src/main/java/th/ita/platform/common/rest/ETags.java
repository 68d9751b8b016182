package th.ita.platform.common.rest;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.Map;
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

  /**
   * The version a client read, from an If-Match header that an update must carry: without it the
   * write could silently overwrite someone else's (428).
   */
  public static long required(String ifMatch, String what) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send the ETag of the "
              + what
              + " you read as If-Match, so that a concurrent change is not overwritten");
    }
    return version(ifMatch);
  }

  /**
   * Refuses a write based on a stale read: 428 when the client sent no version at all, 412 when the
   * {@code what} moved on since it was read. Every update in the platform goes through here.
   */
  public static void requireCurrent(String what, long current, Long expected) {
    if (expected == null) {
      throw new ProblemException(
          ProblemType.PRECONDITION_REQUIRED,
          "Send the ETag of the "
              + what
              + " you read as If-Match, so that a concurrent change is not overwritten");
    }
    if (current != expected) {
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "The "
              + what
              + " is at version "
              + current
              + ", not "
              + expected
              + "; reload it and apply your change again",
          List.of(),
          Map.of("currentVersion", current));
    }
  }

  /** The version in an If-Match header, or null when there is none (the service decides). */
  public static Long optional(String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null : version(ifMatch);
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
      throw new ProblemException(
          ProblemType.PRECONDITION_FAILED,
          "If-Match must be an ETag this service issued, such as \"3\", not " + ifMatch);
    }
  }
}
