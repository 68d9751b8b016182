package th.ita.assessment.event;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/** Announces registry changes on {@code ita.agencies}, through the outbox. */
@ApplicationScoped
public class AgencyEvents {

  public static final String REGISTERED = "AgencyRegistered";
  public static final String UPDATED = "AgencyUpdated";

  private final Outbox outbox;

  public AgencyEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void registered(AgencySnapshot agency) {
    outbox.enqueue(Topics.AGENCIES, agency.code(), REGISTERED, agency.code(), agency);
  }

  public void updated(AgencySnapshot agency) {
    outbox.enqueue(Topics.AGENCIES, agency.code(), UPDATED, agency.code(), agency);
  }
}
