package th.ita.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aDatabaseThatCannotBeReachedIsUnavailable() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P03", "53300", "55000"}) {
      assertThat(
              DatabaseUnavailable.causedBy(
                  new PersistenceException(new SQLException("down", state))))
          .as(state)
          .isTrue();
    }
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!")))
        .isTrue();
  }

  @Test
  void aCommitThatLostItsConnectionIsUnavailable() {
    // Narayana's RollbackException carries the driver's I/O error as a suppressed exception.
    RollbackException commit = new RollbackException("ARJUNA016053: Could not commit transaction.");
    commit.addSuppressed(
        new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("commit failed", commit)))
        .isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(
            DatabaseUnavailable.causedBy(
                new PersistenceException(new SQLException("no such table", "42P01"))))
        .isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
  }
}
