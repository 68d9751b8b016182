package th.ita.platform.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aDatabaseThatCannotBeReachedIsUnavailable() {
    for (String state : new String[] {"08001", "08006", "57P01", "57P03", "53300", "55000"}) {
      assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("down", state)))).as(state).isTrue();
    }
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Sorry, acquisition timeout!"))).isTrue();
  }

  @Test
  void otherDatabaseErrorsAreNot() {
    assertThat(DatabaseUnavailable.causedBy(new PersistenceException(new SQLException("no such table", "42P01")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("bug"))).isFalse();
  }
}
