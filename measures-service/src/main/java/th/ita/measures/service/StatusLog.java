package th.ita.measures.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import th.ita.measures.domain.StatusChange;
import th.ita.platform.common.time.Stamps;

/** Keeps who changed a status, when, from what, to what and why, and says it for the event. */
@ApplicationScoped
public class StatusLog {

  private final Clock clock;

  public StatusLog(Clock clock) {
    this.clock = clock;
  }

  public Map<String, Object> record(
      UUID measureId, UUID milestoneId, Enum<?> from, Enum<?> to, String note, String user) {
    StatusChange change = new StatusChange();
    change.id = UUID.randomUUID();
    change.measureId = measureId;
    change.milestoneId = milestoneId;
    change.fromStatus = from == null ? null : from.name();
    change.toStatus = to.name();
    change.note = note;
    change.changedBy = user;
    change.changedAt = Stamps.now(clock);
    change.persist();
    Map<String, Object> event = new HashMap<>();
    event.put("from", change.fromStatus);
    event.put("to", change.toStatus);
    event.put("changedBy", user);
    event.put("changedAt", change.changedAt.toString());
    if (milestoneId != null) {
      event.put("milestoneId", milestoneId.toString());
    }
    if (note != null) {
      event.put("note", note);
    }
    return event;
  }
}
