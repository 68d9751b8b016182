package th.ita.measures.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The record of every reminder claimed and sent (table {@code reminder_sent}). Its primary key
 * (milestone, kind, recipient) is what makes each reminder go out once across runs, restarts and
 * replicas: a claim is an insert that does nothing when the row exists, and a sender works only on
 * the pending rows it has locked, skipping those another replica holds.
 */
@ApplicationScoped
public class ReminderLedger {

  /** A claimed reminder that has not gone out yet. */
  public record Pending(UUID milestoneId, String kind, String email, String agencyCode) {}

  private final EntityManager em;

  public ReminderLedger(EntityManager em) {
    this.em = em;
  }

  /** Records the reminder as due unless it already is; true when this call recorded it. */
  public boolean claim(
      UUID milestoneId,
      String kind,
      String email,
      String agencyCode,
      LocalDate today,
      OffsetDateTime now) {
    return em.createNativeQuery(
                "INSERT INTO reminder_sent (milestone_id, kind, email, agency_code, status,"
                    + " claimed_on, claimed_at) VALUES (?1, ?2, ?3, ?4, 'PENDING', ?5, ?6)"
                    + " ON CONFLICT DO NOTHING")
            .setParameter(1, milestoneId)
            .setParameter(2, kind)
            .setParameter(3, email.toLowerCase())
            .setParameter(4, agencyCode)
            .setParameter(5, today)
            .setParameter(6, now)
            .executeUpdate()
        == 1;
  }

  /**
   * Up to {@code limit} pending reminders, oldest first, locked until the transaction ends; rows
   * another replica has locked are skipped, not waited for.
   */
  @SuppressWarnings("unchecked")
  public List<Pending> lockPending(int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT milestone_id, kind, email, agency_code FROM reminder_sent"
                    + " WHERE status = 'PENDING' ORDER BY attempts, claimed_at, milestone_id, kind, email"
                    + " LIMIT ?1 FOR UPDATE SKIP LOCKED")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(r -> new Pending((UUID) r[0], (String) r[1], (String) r[2], (String) r[3]))
        .toList();
  }

  public void sent(Pending p, OffsetDateTime now) {
    em.createNativeQuery(
            "UPDATE reminder_sent SET status = 'SENT', sent_at = ?4, attempts = attempts + 1,"
                + " last_error = NULL WHERE milestone_id = ?1 AND kind = ?2 AND email = ?3")
        .setParameter(1, p.milestoneId())
        .setParameter(2, p.kind())
        .setParameter(3, p.email())
        .setParameter(4, now)
        .executeUpdate();
  }

  /** The reminder no longer applies (milestone done or gone, contact unsubscribed or removed). */
  public void dropped(Pending p, String why) {
    em.createNativeQuery(
            "UPDATE reminder_sent SET status = 'DROPPED', last_error = ?4"
                + " WHERE milestone_id = ?1 AND kind = ?2 AND email = ?3")
        .setParameter(1, p.milestoneId())
        .setParameter(2, p.kind())
        .setParameter(3, p.email())
        .setParameter(4, shorten(why))
        .executeUpdate();
  }

  /** The send failed: the row stays pending for the next run, with what went wrong. */
  public void failed(Pending p, String error) {
    em.createNativeQuery(
            "UPDATE reminder_sent SET attempts = attempts + 1, last_error = ?4"
                + " WHERE milestone_id = ?1 AND kind = ?2 AND email = ?3")
        .setParameter(1, p.milestoneId())
        .setParameter(2, p.kind())
        .setParameter(3, p.email())
        .setParameter(4, shorten(error))
        .executeUpdate();
  }

  public long pendingCount() {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM reminder_sent WHERE status = 'PENDING'")
                .getSingleResult())
        .longValue();
  }

  private static String shorten(String text) {
    return text == null || text.length() <= 500 ? text : text.substring(0, 500);
  }
}
