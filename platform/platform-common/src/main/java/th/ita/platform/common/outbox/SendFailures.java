package th.ita.platform.common.outbox;

import java.util.Set;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;

/**
 * Tells a send that failed for good from one that will go through once Kafka is back. Only the
 * record itself or its topic can make a send fail for good; a broker that is down, slow or electing
 * a leader only delays it, and such a send is retried for as long as it takes.
 */
final class SendFailures {

  private static final Set<Class<? extends Throwable>> PERMANENT =
      Set.of(
          RecordTooLargeException.class,
          RecordBatchTooLargeException.class,
          InvalidTopicException.class,
          InvalidRecordException.class,
          SerializationException.class,
          TopicAuthorizationException.class);

  private SendFailures() {}

  static boolean isPermanent(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends Throwable> kind : PERMANENT) {
        if (kind.isInstance(t)) {
          return true;
        }
      }
    }
    return false;
  }
}
