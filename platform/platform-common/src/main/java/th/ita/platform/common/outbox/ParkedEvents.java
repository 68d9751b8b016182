package th.ita.platform.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import th.ita.platform.common.paging.PageRequest;

/** What an ita-admin does with parked events: look at them, send one again, or give it up. */
@ApplicationScoped
public class ParkedEvents {

  @Transactional
  public List<OutboxEvent> page(PageRequest page) {
    return OutboxEvent.find("status = ?1 order by seq", OutboxEvent.Status.FAILED)
        .page(page.page, page.size)
        .list();
  }

  @Transactional
  public long count() {
    return OutboxEvent.count("status", OutboxEvent.Status.FAILED);
  }

  /** Back in line, with its attempts reset; the relay sends it on its next tick. */
  @Transactional
  public Optional<OutboxEvent> retry(UUID id) {
    return parked(id)
        .map(
            event -> {
              event.status = OutboxEvent.Status.PENDING;
              event.attempts = 0;
              event.parkedAt = null;
              return event;
            });
  }

  /** Never sent, but kept for the record with its last error. */
  @Transactional
  public Optional<OutboxEvent> discard(UUID id) {
    return parked(id)
        .map(
            event -> {
              event.status = OutboxEvent.Status.DISCARDED;
              return event;
            });
  }

  private static Optional<OutboxEvent> parked(UUID id) {
    return OutboxEvent.<OutboxEvent>findByIdOptional(id)
        .filter(e -> e.status == OutboxEvent.Status.FAILED);
  }
}
