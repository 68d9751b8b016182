package th.ita.faults;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;

/**
 * The broker and the database fail under load: Kafka and PostgreSQL crash, one service loses its
 * connections.
 */
final class InfrastructureFaults {

  private final Run run;

  InfrastructureFaults(Run run) {
    this.run = run;
  }

  Figures kafkaCrash(List<Workload.ResultKey> keys, int changes) throws Exception {
    FaultsMain.log(
        "Scenario: Kafka killed with SIGKILL during "
            + keys.size()
            + " publications and "
            + changes
            + " status changes …");
    Census.Mark mark = run.census.mark();
    Figures figures =
        run.loadWithFault(
            "Kafka killed (SIGKILL) and restarted",
            "kafka",
            keys,
            changes,
            Duration.ofSeconds(15),
            new Run.Fault() {
              @Override
              public void inject() {
                run.cluster.crashKafka();
              }

              @Override
              public void recover() throws Exception {
                run.cluster.startKafka();
              }
            });
    figures.detail(
        "Kafka was down for 15 s plus its restart; the relays kept the events in their outboxes meanwhile");
    copies(figures, mark);
    return figures;
  }

  /**
   * Events sent more than once: harmless, since every consumer's inbox skips a copy, but worth
   * seeing.
   */
  private void copies(Figures figures, Census.Mark mark) throws Exception {
    int resultCopies =
        run.census.copiesOnTopic(
            Topics.RESULTS,
            run.census.eventIds("assessment", mark.assessment(), EventTypes.RESULT_PUBLISHED));
    int changeCopies =
        run.census.copiesOnTopic(
            Topics.MEASURES,
            run.census.eventIds("measures", mark.measures(), EventTypes.MEASURE_STATUS_CHANGED));
    figures.detail(
        "events on their topic more than once (sent again because the relay could not record the first"
            + " send; the consumers' inbox skips the copy): %,d ResultPublished, %,d MeasureStatusChanged",
        resultCopies, changeCopies);
  }

  Figures postgresCrash(List<Workload.ResultKey> keys, int changes) throws Exception {
    FaultsMain.log(
        "Scenario: PostgreSQL killed with SIGKILL during "
            + keys.size()
            + " publications and "
            + changes
            + " status changes …");
    Census.Mark mark = run.census.mark();
    Figures figures =
        run.loadWithFault(
            "PostgreSQL killed (SIGKILL) and restarted",
            "postgres",
            keys,
            changes,
            Duration.ofSeconds(10),
            new Run.Fault() {
              @Override
              public void inject() {
                run.cluster.crashPostgres();
              }

              @Override
              public void recover() throws Exception {
                run.cluster.startPostgres();
              }
            });
    figures.detail(
        "the postmaster and every backend were killed at once and PostgreSQL started again 10 s later,"
            + " recovering from its WAL; the services were not restarted");
    expectRefusalsOnly(figures);
    copies(figures, mark);
    return figures;
  }

  /**
   * Every connection of measures-service terminated with pg_terminate_backend, and new ones refused
   * for 8 s ({@code ALLOW_CONNECTIONS false}): measures-service writes and consumes meanwhile.
   */
  Figures connectionsTerminated(List<Workload.ResultKey> keys, int changes) throws Exception {
    FaultsMain.log(
        "Scenario: every connection of measures-service terminated during "
            + keys.size()
            + " publications and "
            + changes
            + " status changes …");
    Census.Mark mark = run.census.mark();
    Figures figures =
        run.loadWithFault(
            "Every connection of measures-service terminated",
            "terminate",
            keys,
            changes,
            Duration.ofSeconds(8),
            new Run.Fault() {
              @Override
              public void inject() throws Exception {
                try (Connection c = run.cluster.connect("postgres");
                    Statement s = c.createStatement()) {
                  s.execute("ALTER DATABASE measures ALLOW_CONNECTIONS false");
                  s.execute(
                      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'measures'");
                }
              }

              @Override
              public void recover() throws Exception {
                try (Connection c = run.cluster.connect("postgres");
                    Statement s = c.createStatement()) {
                  s.execute("ALTER DATABASE measures ALLOW_CONNECTIONS true");
                }
              }
            });
    figures.detail(
        "pg_terminate_backend on every connection to the measures database, new connections refused for"
            + " 8 s (ALLOW_CONNECTIONS false); assessment-service and reporting-service kept their connections");
    expectRefusalsOnly(figures);
    copies(figures, mark);
    return figures;
  }

  private static void expectRefusalsOnly(Figures figures) {
    figures.detail("writes refused during the outage with 503 problem+json: %,d", figures.refused);
    figures.expect(
        "Answers that were 5xx but not 503 problem+json",
        figures.serverErrors,
        0,
        "During an outage a write must be refused with 503 problem+json, which tells the client to try again later.");
  }
}
