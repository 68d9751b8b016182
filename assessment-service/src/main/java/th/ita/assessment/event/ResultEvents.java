package th.ita.assessment.event;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/** Announces published results on {@code ita.results} through the outbox. */
@ApplicationScoped
public class ResultEvents {

  private final Outbox outbox;

  public ResultEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void published(ResultPublished result) {
    outbox.enqueue(
        Topics.RESULTS,
        result.agencyCode(),
        EventTypes.RESULT_PUBLISHED,
        result.agencyCode(),
        result);
  }
}
