package th.ita.faults;

import java.util.ArrayList;
import java.util.List;

/** One scenario's figures, and what the page says about them. */
final class Figures {

  final String scenario;
  long requests;
  long acceptedWrites;

  /** Writes answered 503 problem+json during an outage. */
  long refused;

  /**
   * Non-503 5xx answers, 503s that are not problem+json, refused writes that were stored all the
   * same.
   */
  long failures;

  /** Of the failures: answers that were 5xx but not 503 problem+json. */
  long serverErrors;

  int eventsWritten;
  int eventsDelivered;
  int lost;
  int appliedTwice;

  /**
   * Seconds from the end of the fault until everything was back; null when there is nothing to
   * recover from.
   */
  Double recoverySeconds;

  /** Facts of the scenario, for the page (one sentence each). */
  final List<String> details = new ArrayList<>();

  /** Why a figure that should be 0 is not: each one is a finding. */
  final List<String> findings = new ArrayList<>();

  Figures(String scenario) {
    this.scenario = scenario;
  }

  void count(Tally tally) {
    requests += tally.requests.get();
    acceptedWrites += tally.accepted.get();
    refused += tally.refused.get();
    failures += tally.serverErrors.get();
    serverErrors += tally.serverErrors.get();
    tally.failureSamples.forEach(f -> detail("answered with a failure: %s", f));
  }

  void detail(String format, Object... args) {
    String text = String.format(format, args);
    details.add(text);
    FaultsMain.log("  " + text);
  }

  /** Records a finding when {@code value} is not {@code expected}. */
  void expect(String what, long value, long expected, String why) {
    if (value != expected) {
      String text = String.format("%s: %,d (expected %,d). %s", what, value, expected, why);
      findings.add(text);
      FaultsMain.log("  FINDING " + text);
    }
  }

  boolean clean() {
    return lost == 0 && appliedTwice == 0 && failures == 0 && findings.isEmpty();
  }
}
