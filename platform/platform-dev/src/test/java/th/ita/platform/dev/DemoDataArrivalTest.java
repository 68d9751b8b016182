package th.ita.platform.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The run command's wait for its demo data, against one HTTP server playing both services: it waits
 * out a 404 and an approved report that is not yet published, leaves a plan a user left as a draft
 * alone, and ends at once on a fault.
 */
class DemoDataArrivalTest {

  private HttpServer server;
  private String url;

  /** Answers by path; a path without one answers 404. */
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();

  private final List<String> asked = new CopyOnWriteArrayList<>();

  /** An answer of the server. */
  private record Reply(int status, String body) {}

  /** What a path answers, request after request; the last reply is repeated. */
  private static final class Answer {
    private final List<Reply> replies;
    private final AtomicInteger count = new AtomicInteger();

    private Answer(Reply... replies) {
      this.replies = List.of(replies);
    }

    Reply next() {
      return replies.get(Math.min(count.getAndIncrement(), replies.size() - 1));
    }
  }

  private static final Reply NOT_YET = new Reply(404, "{\"status\":404}");
  private static final Reply OK = new Reply(200, "{}");
  private static final Reply PUBLISHED = new Reply(200, "{\"published\":true}");
  private static final Reply PLAN_PUBLISHED = new Reply(200, "{\"status\":\"PUBLISHED\"}");

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::answer);
    server.start();
    url = "http://127.0.0.1:" + server.getAddress().getPort();
    // Everything the run command's demo data leaves behind, arrived.
    for (String gapList :
        List.of(
            "TCEB/gap-lists/2565",
            "TCEB/gap-lists/2566",
            "DITP/gap-lists/2567",
            "MFA-ASEAN/gap-lists/2568",
            "MU-IRD/gap-lists/2568")) {
      answers.put("/api/v1/agencies/" + gapList, new Answer(OK));
    }
    for (String plan :
        List.of("MFA-ASEAN/%s/2568", "TCEB/%s/2566", "DITP/%s/2567", "MU-IRD/%s/2568")) {
      answers.put("/api/v1/agencies/" + plan.formatted("plans"), new Answer(PLAN_PUBLISHED));
      answers.put(
          "/api/v1/agencies/" + plan.formatted("reports") + "/progress", new Answer(PUBLISHED));
    }
    answers.put("/api/v1/agencies/ICC/plans/2569", new Answer(PLAN_PUBLISHED));
    answers.put("/api/v1/agencies/ICC/reports/2569/progress", new Answer(PUBLISHED));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void waitsForAGapListAndForAPublishedReportThatCameApprovedFirst() throws Exception {
    answers.put("/api/v1/agencies/DITP/gap-lists/2567", new Answer(NOT_YET, NOT_YET, OK));
    // PlanApproved has been applied, PlanPublished not yet: an administrator reads the report.
    answers.put(
        "/api/v1/agencies/ICC/reports/2569/progress",
        new Answer(NOT_YET, new Reply(200, "{\"published\":false}"), PUBLISHED));

    arrival(Duration.ofSeconds(30)).await(url, url, "token");

    assertThat(timesAsked("/api/v1/agencies/DITP/gap-lists/2567")).isEqualTo(3);
    assertThat(timesAsked("/api/v1/agencies/ICC/reports/2569/progress")).isEqualTo(3);
  }

  @Test
  void aPlanLeftAsADraftHasNoReportToWaitFor() throws Exception {
    answers.put(
        "/api/v1/agencies/ICC/plans/2569", new Answer(new Reply(200, "{\"status\":\"DRAFT\"}")));
    answers.remove("/api/v1/agencies/ICC/reports/2569/progress");

    arrival(Duration.ofSeconds(30)).await(url, url, "token");

    assertThat(asked).doesNotContain("/api/v1/agencies/ICC/reports/2569/progress");
  }

  @Test
  void aFaultEndsTheWaitAtOnceAndIsNamed() {
    answers.put(
        "/api/v1/agencies/MU-IRD/gap-lists/2568",
        new Answer(new Reply(500, "{\"title\":\"Internal error\"}")));

    assertThatThrownBy(() -> arrival(Duration.ofSeconds(30)).await(url, url, "token"))
        .hasMessage(
            "Waiting for the demo data: "
                + url
                + "/api/v1/agencies/MU-IRD/gap-lists/2568 answered 500 {\"title\":\"Internal error\"}");
    assertThat(timesAsked("/api/v1/agencies/MU-IRD/gap-lists/2568")).isEqualTo(1);
  }

  @Test
  void whatNeverArrivesIsNamedWithTheServiceLog() {
    answers.remove("/api/v1/agencies/TCEB/gap-lists/2565");

    assertThatThrownBy(() -> arrival(Duration.ZERO).await(url, url, "token"))
        .hasMessageStartingWith(
            "The demo data did not reach measures-service within 0 s ("
                + url
                + "/api/v1/agencies/TCEB/gap-lists/2565 answered 404 ")
        .hasMessageEndingWith("; see " + Path.of("logs", "measures-service.log"));
  }

  private DemoDataArrival arrival(Duration within) {
    return new DemoDataArrival(new DemoData(), Path.of("logs"), within);
  }

  private long timesAsked(String path) {
    return asked.stream().filter(path::equals).count();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    asked.add(path);
    Answer answer = answers.get(path);
    Reply reply = answer == null ? NOT_YET : answer.next();
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(reply.status(), bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
