package th.ita.measures.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** How reminders behave ({@code ita.reminders.*}). */
@ConfigMapping(prefix = "ita.reminders")
public interface ReminderSettings {

  /** How many days before a milestone's quarter ends a reminder goes out, one per number. */
  @WithDefault("14,3")
  List<Integer> daysBefore();

  /**
   * Where the people who read the messages reach this service; the links to a measure and to
   * unsubscribe start with it.
   */
  @WithDefault("http://localhost:8082")
  String linkBase();

  /**
   * A milestone overdue for longer than this gets no notice of its own (a contact added today is
   * not flooded with last year's); the ministries' weekly digest lists it.
   */
  @WithDefault("30")
  int overdueNoticeDays();

  /** How often the job runs ({@code off} in tests); read by its {@code @Scheduled}. */
  @WithDefault("1h")
  String every();

  /** How long after start-up the job first runs; read by its {@code @Scheduled}. */
  @WithDefault("60s")
  String initialDelay();

  /**
   * How many messages one transaction sends at most. One by default: a transaction that waits on a
   * slow mail server must end well inside its timeout, since a rollback would send again what the
   * server had already accepted.
   */
  @WithDefault("1")
  int batchSize();

  /** The ministries' weekly digest of their agencies' overdue milestones. */
  Digest digest();

  /** When the weekly digest goes out ({@code ita.reminders.digest.*}). */
  interface Digest {

    /** The day of the week (Thai time) from which the week's digest goes out. */
    @WithDefault("MONDAY")
    DayOfWeek day();

    /** The time of that day (Thai time) from which it goes out. */
    @WithDefault("08:00")
    LocalTime time();

    /**
     * How often the job looks whether a digest is due and sends what a failed run left pending
     * ({@code off} in tests); read by its {@code @Scheduled}.
     */
    @WithDefault("1h")
    String every();

    /** How long after start-up the job first runs; read by its {@code @Scheduled}. */
    @WithDefault("90s")
    String initialDelay();
  }
}
