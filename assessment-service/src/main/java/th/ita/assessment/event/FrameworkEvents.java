package th.ita.assessment.event;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.assessment.domain.Framework;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/**
 * Announces each framework version on {@code ita.frameworks} through the outbox, keyed by fiscal
 * year, so that consumers have its labels and texts before (or, on another topic, soon after) the
 * results that name it.
 */
@ApplicationScoped
public class FrameworkEvents {

  private final Outbox outbox;

  public FrameworkEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void published(Framework framework, long version) {
    String year = String.valueOf(framework.fiscalYear());
    outbox.enqueue(
        Topics.FRAMEWORKS,
        year,
        EventTypes.FRAMEWORK_PUBLISHED,
        year,
        FrameworkPublished.of(framework, version));
  }
}
