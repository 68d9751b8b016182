package th.ita.platform.common.consumer;

/**
 * The message can never be applied, whatever happens later: not JSON, not a CloudEvent, a field
 * missing or of the wrong type, an unknown type version, or data the database refuses as data.
 * Live, it goes to {@code ita.dead-letter} with this message as the reason; a read-model rebuild
 * counts and skips it. Everything else a consumer meets is retried (see {@link ConsumerRetries}).
 */
public class UnreadableEventException extends RuntimeException {

  public UnreadableEventException(String message) {
    super(message);
  }

  public UnreadableEventException(String message, Throwable cause) {
    super(message, cause);
  }
}
