package th.ita.platform.testing;

import io.quarkus.arc.profile.IfBuildProfile;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Gives a service under test {@link MovableClock} in place of the platform's (a default bean). */
@Dependent
@IfBuildProfile("test")
public class MovableClockProducer {

  @Produces
  @Singleton
  Clock clock() {
    return MovableClock.INSTANCE;
  }
}
