package th.ita.assessment.event;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/**
 * Announces published results on {@code ita.results} through the outbox, as version 2 of {@code
 * ResultPublished} (named by the CloudEvent {@code dataschema}).
 */
@ApplicationScoped
public class ResultEvents {

  private final Outbox outbox;

  public ResultEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void published(ResultPublishedV2 result) {
    outbox.enqueue(
        Topics.RESULTS,
        result.agencyCode(),
        EventTypes.RESULT_PUBLISHED,
        result.agencyCode(),
        ResultPublishedV2.SCHEMA,
        result);
  }
}
