package th.ita.reporting.event;

/**
 * The event cannot be projected: not JSON, or a required field is missing or of the wrong type.
 * Live, it sends the message to {@code ita.dead-letter}; in a rebuild, it is counted and skipped.
 */
public class UnreadableEventException extends RuntimeException {

  public UnreadableEventException(String message) {
    super(message);
  }

  public UnreadableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
