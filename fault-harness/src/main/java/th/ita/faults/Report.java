package th.ita.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * docs/reliability.md: how the harness ran, the figures of each scenario and what they mean. The
 * part of the file after {@link #ANALYSIS} is written by people and kept as it is.
 */
final class Report {

  static final String ANALYSIS = "<!-- Written by hand below; ./faults keeps it. -->";

  private static final String METHOD =
      """
      ## How the figures are counted

      - **requests**: every HTTP request the scenario's clients sent to the public APIs, reads included. Requests go
        to the two replicas of a service in turn; one that cannot connect (its replica is down) goes to the other, as
        a load balancer would send it.
      - **accepted writes**: writes answered 2xx. A client that gets a 503 or no answer reads the resource again and
        carries on from what is stored (with the ETag it read as If-Match), so the client itself never makes a change
        twice.
      - **refused (503)**: writes answered 503 problem+json while a database was unavailable. Each must have stored
        nothing: a refused status change is looked for by its note in `status_change`, a refused publication by reading
        the result after the outage.
      - **failures**: answers that were 5xx but not 503 problem+json, plus refused writes that were stored all the same.
      - **events written**: rows written to assessment-service's and measures-service's `outbox_event` during the
        scenario; **events delivered**: those found in the `inbox_event` of every consumer that reads their type
        (measures-service reads agencies and results, reporting-service everything). An event parked by the relay is
        counted as written, not as delivered, and named in the scenario's details.
      - **lost**: a fact at the source that is missing from a read model once everything has settled: a result's newest
        published revision not in reporting-service's `report_result` or (FINAL round) not in measures-service's
        `gap_list` for the next year; a status change in `status_change` not in `report_measure_change`; a measure
        whose status or version in `report_measure` is not the source's; an accepted write not stored at the source;
        an event written but not in a consumer's inbox; a valid event in the dead-letter topic.
      - **applied twice**: the inbox makes a second application of one event impossible by its id, so this counts what
        would show a change applied twice in spite of it: one status change (found by its unique note) with more than
        one row in `report_measure_change`, or a history row with no change at the source; one published revision
        announced by more than one `ResultPublished`; in the job scenario an agency with more than one revision, more
        than one `ResultPublished` or more than one `AgencyRegistered`; in the rebuild a row the traffic did not make.
        Copies of an event on a topic (a send retried after a broker crash) are not applied twice: they are counted in
        the details, and the inbox skips them.
      - **time to recover**: from the end of the fault (the process started again, connections allowed again, the
        poison or oversized event written) until every replica answers ready and every event written until then is in
        every consumer's inbox.
      """;

  private final String arguments;

  Report(String arguments) {
    this.arguments = arguments;
  }

  void write(Path file, List<Figures> scenarios, Duration wall) throws IOException {
    String analysis =
        "\n" + ANALYSIS + "\n\n## Analysis\n\n(To be written after looking at the figures.)\n";
    if (Files.exists(file)) {
      String old = Files.readString(file);
      int at = old.indexOf(ANALYSIS);
      if (at >= 0) {
        analysis = "\n" + old.substring(at);
      }
    }
    StringBuilder text =
        new StringBuilder("# Reliability under faults\n\n")
            .append(
                "Figures from the fault harness (`fault-harness/`, run by `./faults`): the platform runs with two replicas of each service on one")
            .append(
                " PostgreSQL and one Kafka broker, real traffic goes through the public APIs, and each scenario injects")
            .append(
                " a fault and then counts what arrived, comparing every read model with its source of truth.")
            .append(" The goal for every scenario is **0 lost and 0 applied twice**.\n\n")
            .append("Run it with `./faults")
            .append(arguments.isBlank() ? "" : " " + arguments)
            .append("` (see the README). Generated ")
            .append(
                ZonedDateTime.now(ZoneId.of("Asia/Bangkok"))
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
            .append(
                String.format(
                    ", in %.1f minutes on %d cores (%s, Java %s).%n%n",
                    wall.toSeconds() / 60.0,
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("os.name"),
                    System.getProperty("java.version")));

    text.append("## Figures\n\n")
        .append(
            "| scenario | requests | accepted writes | refused (503) | failures | events written | events delivered")
        .append(
            " | lost | applied twice | time to recover |\n|---|---|---|---|---|---|---|---|---|---|\n");
    for (Figures f : scenarios) {
      text.append(
          String.format(
              "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %s | %s | %s |%n",
              f.scenario,
              f.requests,
              f.acceptedWrites,
              f.refused,
              f.failures,
              f.eventsWritten,
              f.eventsDelivered,
              bold(f.lost),
              bold(f.appliedTwice),
              f.recoverySeconds == null ? "–" : String.format("%.1f s", f.recoverySeconds)));
    }
    List<Figures> unclean = scenarios.stream().filter(f -> !f.clean()).toList();
    text.append('\n')
        .append(
            unclean.isEmpty()
                ? "Every scenario: **0 lost, 0 applied twice, no failures**, and every check below held.\n"
                : "**Not every figure is 0.** "
                    + String.join("; ", unclean.stream().map(f -> f.scenario).toList())
                    + ": see the findings under each, and the analysis at the end.\n");

    for (Figures f : scenarios) {
      text.append("\n## ").append(f.scenario).append("\n\n");
      f.details.forEach(d -> text.append("- ").append(d).append('\n'));
      if (!f.findings.isEmpty()) {
        text.append(
            "\n**Findings** (a figure that is not what it must be, and why it matters):\n\n");
        f.findings.forEach(d -> text.append("- ").append(d).append('\n'));
      }
    }
    text.append('\n').append(METHOD);
    Files.writeString(file, text + analysis, StandardCharsets.UTF_8);
  }

  private static String bold(int n) {
    return n == 0 ? "0" : "**" + n + "**";
  }
}
