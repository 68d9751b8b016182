package th.ita.system;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One platform for {@link WebhooksSystemTest} and {@link RemindersSystemTest}, which a {@code
 * RunningPlatform} parameter of their {@code @BeforeAll} receives. Starting the platform takes most
 * of a minute on two cores, so it is started once, on first use, with the settings of both; and
 * stopped ({@link RunningPlatform#killIfAlive}) as soon as both classes have run, so that it does
 * not idle beside the platforms the other system tests start. When only one of them runs ({@code
 * -Dtest=}), JUnit stops it when the test plan ends, closing what the root store holds. Failed
 * tests change neither; should the test JVM end first, RunningPlatform's shutdown hook stops it.
 *
 * <p>Their data stay apart. The reminders test plans for DITP and reads only its contacts'
 * mailboxes; the webhooks test registers an agency of its own, whose subscriptions hear only that
 * agency's {@code ResultPublished}, and nothing it does sends mail. Both run on the reminders'
 * rehearsed date ({@link #TODAY}): the webhooks test's FY2567 results need only that year's
 * framework, which the platform keeps whatever its date, and deliveries are queued, retried and
 * taken on the same shifted clock, so their timing stays as it is (their signatures carry the real
 * time, which the test checks only against the signature).
 *
 * <p>The two run one after the other ({@link OrderedClassesFirst}), the webhooks test first: the
 * reminders test restarts the platform, and should that fail, no other class is left without one.
 */
final class SharedPlatform implements ParameterResolver, AfterAllCallback {

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

  /** The platform's today: 14 days before a quarter ends, when reminders and notices go out. */
  static final LocalDate TODAY = fourteenDaysBeforeAQuarterEnds(LocalDate.now(BANGKOK));

  private static final List<Class<?>> SHARERS =
      List.of(WebhooksSystemTest.class, RemindersSystemTest.class);

  private static final Namespace NAMESPACE = Namespace.create(SharedPlatform.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunningPlatform.class;
  }

  @Override
  public RunningPlatform resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return store(context)
        .computeIfAbsent(Started.class, key -> Started.start(), Started.class)
        .platform();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Store store = store(context);
    @SuppressWarnings("unchecked")
    Set<Class<?>> done = store.computeIfAbsent("done", key -> new HashSet<Class<?>>(), Set.class);
    done.add(context.getRequiredTestClass());
    if (done.containsAll(SHARERS)) {
      Started started = store.remove(Started.class, Started.class);
      if (started != null) {
        started.close();
      }
    }
  }

  private static Store store(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE);
  }

  /** The next day, from tomorrow on, that is 14 days before the end of Q2, Q3 or Q4. */
  private static LocalDate fourteenDaysBeforeAQuarterEnds(LocalDate today) {
    for (int year = today.getYear(); ; year++) {
      for (LocalDate quarterEnd :
          List.of(
              LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), LocalDate.of(year, 9, 30))) {
        LocalDate day = quarterEnd.minusDays(14);
        if (day.isAfter(today)) {
          return day;
        }
      }
    }
  }

  /** The running platform as the root store holds it: closing it stops it. */
  private record Started(RunningPlatform platform) implements AutoCloseable {

    static Started start() {
      RunningPlatform platform;
      try {
        platform = settings(new RunningPlatform("shared-state"));
      } catch (IOException e) {
        throw new IllegalStateException("No state directory for the shared platform", e);
      }
      try {
        platform.start();
      } catch (Exception e) {
        platform.killIfAlive();
        throw new IllegalStateException("The shared platform did not start", e);
      }
      return new Started(platform);
    }

    /**
     * The reminders test's: its rehearsed date, jobs every two seconds instead of hourly, and an
     * overdue notice window of 100 days, so that a milestone of the quarter before is still
     * noticed. The webhooks test's: localhost receivers over http, and a retry schedule of seconds
     * instead of hours.
     */
    private static RunningPlatform settings(RunningPlatform platform) {
      long offsetDays = ChronoUnit.DAYS.between(LocalDate.now(BANGKOK), TODAY);
      return platform
          .withEnvironment("ITA_CLOCK_OFFSET", "P" + offsetDays + "D")
          .withEnvironment("ITA_REMINDERS_EVERY", "2s")
          .withEnvironment("ITA_REMINDERS_INITIAL_DELAY", "1s")
          .withEnvironment("ITA_REMINDERS_OVERDUE_NOTICE_DAYS", "100")
          .withEnvironment("ITA_OVERDUE_EVERY", "2s")
          .withEnvironment("ITA_OVERDUE_INITIAL_DELAY", "1s")
          .withEnvironment("ITA_WEBHOOKS_ALLOWED_HOSTS", "localhost")
          .withEnvironment(
              "ITA_WEBHOOKS_RETRY_SCHEDULE", "PT2S,PT5S,PT10S,PT10S,PT10S,PT10S,PT10S,PT10S,PT10S");
    }

    @Override
    public void close() {
      platform.killIfAlive();
    }
  }
}
