package th.ita.platform.common.consumer;

/**
 * The service is shutting down while a message waits for its retry. The message is neither
 * acknowledged nor dead-lettered: its offset is not committed, so it is delivered again after the
 * restart (see {@link DeadLetterUnlessStopping}).
 */
public class ConsumerStoppedException extends RuntimeException {

  public ConsumerStoppedException(String channel, Throwable cause) {
    super(
        "The "
            + channel
            + " consumer stopped before the message could be applied; it will be"
            + " delivered again",
        cause);
  }
}
