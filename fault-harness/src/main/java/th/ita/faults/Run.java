package th.ita.faults;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/** What every scenario works with, and the steps they share. */
final class Run {

  final Cluster cluster;
  final Api api;
  final Census census;
  final Workload workload;

  Run(Cluster cluster, Api api, Census census, Workload workload) {
    this.cluster = cluster;
    this.api = api;
    this.census = census;
    this.workload = workload;
  }

  /** A fault that is injected and then taken away again. */
  interface Fault {
    void inject() throws Exception;

    void recover() throws Exception;
  }

  /**
   * Runs the load, injects the fault when a quarter of it is done, holds it for {@code outage},
   * takes it away, waits for the load to finish and for everything to arrive, and counts.
   */
  Figures loadWithFault(
      String scenario,
      String tag,
      List<Workload.ResultKey> keys,
      int changes,
      Duration outage,
      Fault fault)
      throws Exception {
    Figures figures = new Figures(scenario);
    Census.Mark mark = census.mark();
    Tally tally = new Tally();
    api.countInto(tally);
    Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
    Workload.Record record = new Workload.Record(tag);
    Future<Workload.Record> load = workload.start(record, keys, changes, deadline);
    await(
        () -> (record.total > 0 && record.progress() >= 0.25) || load.isDone(),
        Duration.ofMinutes(5));
    FaultsMain.log(
        String.format("  load %.0f%% done; injecting the fault", record.progress() * 100));
    Instant injected = Instant.now();
    fault.inject();
    Processes.sleep(outage.toMillis());
    fault.recover();
    Instant recovered = Instant.now();
    FaultsMain.log(
        String.format(
            "  fault taken away after %.1f s (load %.0f%% done)",
            Duration.between(injected, recovered).toMillis() / 1000.0, record.progress() * 100));
    double recovery = awaitRecovery(recovered, mark);
    load.get();
    FaultsMain.log(
        String.format(
            "  load done: %d publications and %d status changes accepted",
            record.publishesAccepted.get(), record.changesAccepted.get()));
    api.countInto(new Tally());
    figures.count(tally);
    figures.recoverySeconds = recovery;
    settle(figures, record, mark, Duration.ofMinutes(3));
    figures.expect(
        "Operations not done when the load's time ran out",
        record.gaveUp.get(),
        0,
        "The clients retried each of them until the deadline.");
    return figures;
  }

  /**
   * Seconds from {@code from} until every replica is ready and every event written until then has
   * reached every consumer that reads it.
   */
  double awaitRecovery(Instant from, Census.Mark mark) throws Exception {
    long assessmentUpTo = -1;
    long measuresUpTo = -1;
    Instant deadline = from.plus(Duration.ofMinutes(6));
    while (Instant.now().isBefore(deadline)) {
      try {
        if (assessmentUpTo < 0) {
          assessmentUpTo = census.maxSeq("assessment");
          measuresUpTo = census.maxSeq("measures");
        }
        boolean ready = cluster.allReady();
        Census.Events results =
            census.allEvents(
                "assessment", mark.assessment(), assessmentUpTo, List.of("measures", "reporting"));
        Census.Events measures =
            census.allEvents("measures", mark.measures(), measuresUpTo, List.of("reporting"));
        if (ready && results.missing() == 0 && measures.missing() == 0) {
          return Duration.between(from, Instant.now()).toMillis() / 1000.0;
        }
      } catch (SQLException e) {
        // the database is still coming back
      }
      Processes.sleep(500);
    }
    throw new IllegalStateException("The platform did not recover within 6 minutes");
  }

  /**
   * Waits until the read models hold what the sources hold (or the time is up), then fills in the
   * figures: events written and delivered, lost and applied twice.
   */
  void settle(Figures figures, Workload.Record record, Census.Mark mark, Duration timeout)
      throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    Census.Comparison comparison;
    Census.Events results;
    Census.Events changes;
    while (true) {
      comparison = census.compare(record, workload.measures());
      results =
          census.allEvents(
              "assessment", mark.assessment(), Long.MAX_VALUE, List.of("measures", "reporting"));
      changes = census.allEvents("measures", mark.measures(), Long.MAX_VALUE, List.of("reporting"));
      boolean complete = comparison.lost() == 0 && results.missing() == 0 && changes.missing() == 0;
      if (complete || Instant.now().isAfter(deadline)) {
        break;
      }
      Processes.sleep(1000);
    }
    Census.Events announced = census.resultEvents(mark);
    figures.eventsWritten = results.written() + changes.written();
    figures.eventsDelivered = results.delivered() + changes.delivered();
    figures.lost = comparison.lost() + results.missing() + changes.missing();
    figures.appliedTwice = comparison.twice() + announced.announcedTwice();
    figures.failures += comparison.refusedButStored();
    figures.detail(
        "%,d results published at the source (%,d publications accepted), %,d status changes stored "
            + "(%,d accepted)",
        comparison.publishedAtSource(),
        record.publishesAccepted.get(),
        comparison.changesAtSource(),
        record.changesAccepted.get());
    figures.detail(
        "events: %,d ResultPublished and agency events, %,d measure and plan events; delivered to every"
            + " consumer that reads them: %,d and %,d",
        results.written(), changes.written(), results.delivered(), changes.delivered());
    figures.expect(
        "Published results missing from reporting's report_result",
        comparison.resultsMissing(),
        0,
        "The newest published revision did not reach the read model.");
    figures.expect(
        "Published FINAL results missing from measures' gap lists",
        comparison.gapListsMissing(),
        0,
        "The newest published revision did not reach the gap list.");
    figures.expect(
        "Status changes missing from reporting's report_measure_change",
        comparison.changesMissing(),
        0,
        "A stored status change never reached the read model.");
    figures.expect(
        "Measures whose status or version differs in report_measure",
        comparison.measuresDiffering(),
        0,
        "The read model does not hold the measure's latest state.");
    figures.expect(
        "Accepted writes not stored at the source",
        comparison.acceptedNotStored(),
        0,
        "A write answered 2xx is not in the service's own database.");
    figures.expect(
        "Status changes applied more than once in report_measure_change",
        comparison.changesTwice(),
        0,
        "One stored change appears twice in the read model's history.");
    figures.expect(
        "History rows in reporting without a change at the source",
        comparison.changesPhantom(),
        0,
        "The read model holds a change the source does not.");
    figures.expect(
        "Refused writes (503) that were stored all the same",
        comparison.refusedButStored(),
        0,
        "A client told that nothing happened would repeat a change that happened.");
    comparison.refusedButStoredSamples().forEach(s -> figures.detail("refused but stored: %s", s));
    figures.expect(
        "Publications announced by more than one ResultPublished event",
        announced.announcedTwice(),
        0,
        "One revision was written to the outbox twice.");
    figures.expect(
        "Events not delivered",
        results.missing() + changes.missing(),
        0,
        "Events written to an outbox did not reach every consumer's inbox.");
  }

  static void await(BooleanSupplier condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new IllegalStateException("Timed out after " + timeout);
      }
      Processes.sleep(200);
    }
  }
}
