package th.ita.platform.common.outbox;

/**
 * The change would announce an event larger than the topics accept. Thrown while the event is
 * written, so the change's transaction rolls back and nothing is stored; the REST layer answers 413
 * with both figures.
 */
public class EventTooLargeException extends RuntimeException {

  private final String eventType;
  private final long sizeBytes;
  private final long limitBytes;

  public EventTooLargeException(String eventType, long sizeBytes, long limitBytes) {
    super(
        String.format(
            "This change would be announced as a %s event of %,d bytes, above the limit of %,d bytes"
                + " (ita.outbox.max-event-bytes) that every consumer can receive; nothing was stored. Make the change"
                + " smaller, for example with shorter texts or fewer entries",
            eventType, sizeBytes, limitBytes));
    this.eventType = eventType;
    this.sizeBytes = sizeBytes;
    this.limitBytes = limitBytes;
  }

  public String eventType() {
    return eventType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
