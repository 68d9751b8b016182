package th.ita.measures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The record of every ministry digest claimed and sent (table {@code digest_sent}): one row per
 * ministry, ISO week and coordinator, so that each coordinator gets one digest a week whatever
 * restarts or replicas there are. Claimed, then sent, as {@link ReminderLedger} does.
 */
@ApplicationScoped
public class DigestLedger {

  /** A claimed digest that has not gone out yet. */
  public record Pending(String ministryCode, String week, String email) {}

  private final EntityManager em;
  private final SendQueue<Pending> queue;

  public DigestLedger(EntityManager em) {
    this.em = em;
    this.queue =
        new SendQueue<>(
            em,
            "digest_sent",
            List.of("ministry_code", "week", "email"),
            List.of(),
            r -> new Pending((String) r[0], (String) r[1], (String) r[2]),
            p -> List.of(p.ministryCode(), p.week(), p.email()));
  }

  /**
   * Records the week's digest for the coordinator unless it already is; true when this call did.
   */
  public boolean claim(String ministryCode, String week, String email, OffsetDateTime now) {
    return em.createNativeQuery(
                "INSERT INTO digest_sent (ministry_code, week, email, status, claimed_at)"
                    + " VALUES (?1, ?2, ?3, 'PENDING', ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, ministryCode)
            .setParameter(2, week)
            .setParameter(3, email.toLowerCase())
            .setParameter(4, now)
            .executeUpdate()
        == 1;
  }

  /** The digests claimed and not sent yet. */
  public SendQueue<Pending> queue() {
    return queue;
  }
}
