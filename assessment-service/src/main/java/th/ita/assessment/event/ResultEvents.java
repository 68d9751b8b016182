package th.ita.assessment.event;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.assessment.rest.ResultView;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/**
 * Announces published results on {@code ita.results} through the outbox. The data is the whole
 * scored result with the framework's labels (schema: {@code src/main/resources/events/}), so
 * consumers never call back.
 */
@ApplicationScoped
public class ResultEvents {

  public static final String PUBLISHED = "ResultPublished";

  private final Outbox outbox;

  public ResultEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void published(ResultView result) {
    outbox.enqueue(Topics.RESULTS, result.agencyCode(), PUBLISHED, result.agencyCode(), result);
  }
}
