package th.ita.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What a scenario's clients sent and what they were answered. */
final class Tally {

  final AtomicLong requests = new AtomicLong();
  final AtomicLong writes = new AtomicLong();

  /** Writes answered 2xx. */
  final AtomicLong accepted = new AtomicLong();

  /** Writes answered 503 problem+json: the outage, said properly. */
  final AtomicLong refused = new AtomicLong();

  /** Any other 5xx, or a 503 that is not problem+json: a failure of the platform. */
  final AtomicLong serverErrors = new AtomicLong();

  /** Writes without an answer (reset, timeout): the outcome is unknown to the client. */
  final AtomicLong noAnswer = new AtomicLong();

  /** Requests that could not connect to a replica and went to the other one. */
  final AtomicLong rerouted = new AtomicLong();

  final AtomicLong clientErrors = new AtomicLong();

  /** The first few failures, as "METHOD path: status detail", for the page. */
  final List<String> failureSamples = new CopyOnWriteArrayList<>();

  void answered(String method, String path, Api.Answer answer) {
    answered(!"GET".equals(method), answer);
    int status = answer.status();
    if (status >= 500 && !(status == 503 && answer.problem()) && failureSamples.size() < 5) {
      String detail =
          answer.body().length() > 300 ? answer.body().substring(0, 300) + "…" : answer.body();
      failureSamples.add(
          method + " " + path.replaceAll("\\?.*", "") + ": " + status + " " + detail);
    }
  }

  private void answered(boolean write, Api.Answer answer) {
    requests.incrementAndGet();
    int status = answer.status();
    if (write) {
      writes.incrementAndGet();
      if (answer.ok()) {
        accepted.incrementAndGet();
      } else if (status == 503 && answer.problem()) {
        refused.incrementAndGet();
      }
    }
    if (status >= 500 && !(status == 503 && answer.problem())) {
      serverErrors.incrementAndGet();
    } else if (status >= 400 && status < 500) {
      clientErrors.incrementAndGet();
    }
  }

  void noAnswer(boolean write) {
    requests.incrementAndGet();
    if (write) {
      writes.incrementAndGet();
      noAnswer.incrementAndGet();
    }
  }

  void notConnected() {
    rerouted.incrementAndGet();
  }
}
