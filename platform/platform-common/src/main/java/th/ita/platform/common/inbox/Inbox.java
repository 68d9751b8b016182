package th.ita.platform.common.inbox;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Makes consumers idempotent. Kafka delivers at least once, and the outbox relay may send an event
 * twice after a crash; recording the event id in the same transaction as the projection's write
 * means a redelivered event is recognised and skipped.
 */
@ApplicationScoped
public class Inbox {

  /** True the first time {@code eventId} is seen; false for every redelivery. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean firstDelivery(String eventId, String type, String source) {
    int inserted =
        Panache.getEntityManager()
            .createNativeQuery(
                "INSERT INTO inbox_event (event_id, event_type, source) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING")
            .setParameter(1, eventId)
            .setParameter(2, type)
            .setParameter(3, source)
            .executeUpdate();
    return inserted == 1;
  }
}
