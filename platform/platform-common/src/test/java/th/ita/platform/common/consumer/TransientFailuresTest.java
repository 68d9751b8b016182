package th.ita.platform.common.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  private static SQLException sql(String state) {
    return new SQLException("database said " + state, state);
  }

  @Test
  void databaseTroubleIsTransient() {
    // lost connection, admin shutdown, database closed to connections, deadlock, serialization,
    // lock not available, table briefly missing, unique race between replicas
    for (String state :
        new String[] {"08006", "57P01", "55000", "40P01", "40001", "55P03", "42P01", "23505"}) {
      assertThat(TransientFailures.isTransient(new PersistenceException("wrapped", sql(state))))
          .as(state)
          .isTrue();
    }
  }

  @Test
  void aFailedCommitOrAPoolTimeoutIsTransient() {
    assertThat(
            TransientFailures.isTransient(
                new IllegalStateException("commit", new RollbackException("rolled back"))))
        .isTrue();
    assertThat(TransientFailures.isTransient(new SQLException("Sorry, acquisition timeout!")))
        .isTrue();
  }

  @Test
  void dataTheDatabaseRefusesAsDataIsNot() {
    for (String state : new String[] {"22001", "22P02", "23502", "23514"}) {
      assertThat(TransientFailures.isTransient(new PersistenceException("wrapped", sql(state))))
          .as(state)
          .isFalse();
    }
  }

  @Test
  void anUnreadableMessageOrAnyOtherFailureIsNot() {
    assertThat(TransientFailures.isTransient(new UnreadableEventException("not JSON"))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalArgumentException("no agencyCode")))
        .isFalse();
    assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
  }
}
