package th.ita.assessment.event;

import jakarta.enterprise.context.ApplicationScoped;
import th.ita.assessment.domain.Agency;
import th.ita.platform.common.event.EventTypes;
import th.ita.platform.common.event.Topics;
import th.ita.platform.common.outbox.Outbox;

/** Announces registry changes on {@code ita.agencies}, through the outbox. */
@ApplicationScoped
public class AgencyEvents {

  private final Outbox outbox;

  public AgencyEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public void registered(Agency agency) {
    AgencySnapshot snapshot = AgencySnapshot.of(agency);
    outbox.enqueue(
        Topics.AGENCIES, snapshot.code(), EventTypes.AGENCY_REGISTERED, snapshot.code(), snapshot);
  }

  public void updated(Agency agency) {
    AgencySnapshot snapshot = AgencySnapshot.of(agency);
    outbox.enqueue(
        Topics.AGENCIES, snapshot.code(), EventTypes.AGENCY_UPDATED, snapshot.code(), snapshot);
  }
}
