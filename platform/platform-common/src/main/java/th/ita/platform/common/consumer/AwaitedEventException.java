package th.ita.platform.common.consumer;

/**
 * An event that cannot be applied yet because it refers to another event that has not arrived: a
 * {@code ResultPublished} naming a framework version whose {@code FrameworkPublished} comes on
 * another topic, so in no set order. Transient (see {@link TransientFailures}): the consumer tries
 * again, in place, until the awaited event has been applied; never dead-lettered.
 */
public class AwaitedEventException extends RuntimeException {

  public AwaitedEventException(ConsumedEvent event, String awaited) {
    super(event.describe() + " waits for " + awaited);
  }

  /** A result naming a version of a year's framework that has not arrived. */
  public static AwaitedEventException framework(ConsumedEvent event, int fiscalYear, long version) {
    return new AwaitedEventException(
        event,
        "the FY"
            + fiscalYear
            + " framework's version "
            + version
            + " (FrameworkPublished on ita.frameworks)");
  }
}
