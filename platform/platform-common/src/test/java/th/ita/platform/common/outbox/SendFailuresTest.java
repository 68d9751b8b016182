package th.ita.platform.common.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

  @Test
  void onlyTheRecordOrItsTopicMakeASendFailForGood() {
    assertThat(
            SendFailures.isPermanent(
                new CompletionException(new RecordTooLargeException("1.1 MB"))))
        .isTrue();
    assertThat(SendFailures.isPermanent(new InvalidTopicException("not a valid topic!"))).isTrue();
    assertThat(SendFailures.isPermanent(new TimeoutException("broker away"))).isFalse();
    assertThat(SendFailures.isPermanent(new NotLeaderOrFollowerException("election"))).isFalse();
    assertThat(SendFailures.isPermanent(new IllegalStateException("producer closed"))).isFalse();
  }
}
